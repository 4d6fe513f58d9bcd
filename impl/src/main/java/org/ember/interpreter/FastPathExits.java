package org.ember.interpreter;

import java.util.Arrays;
import org.ember.bytecode.Opcode;

/**
 * A developer diagnostic: with the JVM property {@code ember.fastPathExits=true}, counts by opcode
 * the instructions {@link Interpreter}'s fast path hands to the general path, and prints the
 * commonest on stderr when the JVM exits. It says what to move into the fast path next. Off, the
 * counter array is a null constant and HotSpot drops the check.
 */
final class FastPathExits {
    private FastPathExits() {}

    /** Counts per opcode, or null when not counting. Shared by every interpreter of the process. */
    static final long[] COUNTS = Boolean.getBoolean("ember.fastPathExits") ? new long[256] : null;

    static {
        if (COUNTS != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(FastPathExits::print, "ember-fast-path-exits"));
        }
    }

    private static void print() {
        long total = Arrays.stream(COUNTS).sum();
        Integer[] ops = new Integer[COUNTS.length];
        Arrays.setAll(ops, i -> i);
        Arrays.sort(ops, (a, b) -> Long.compare(COUNTS[b], COUNTS[a]));
        System.err.printf("fast path exits: %d%n", total);
        for (int i = 0; i < 20 && COUNTS[ops[i]] > 0; i++) {
            System.err.printf("  %-28s %12d %5.1f%%%n", Opcode.name(ops[i]), COUNTS[ops[i]], 100.0 * COUNTS[ops[i]] / total);
        }
    }
}
