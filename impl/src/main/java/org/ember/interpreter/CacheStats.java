package org.ember.interpreter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ember.bytecode.Opcode;

/**
 * What the inline caches of one interpreter did, per cache kind (a kind is the generic instruction
 * a family of specialized forms belongs to: {@code LOAD_ATTR}, {@code CALL}...): how many sites
 * specialized, how many executions of a specialized form missed its guard, how many sites went
 * back to the generic form, and why a site could not specialize. Those are rare events and always
 * counted. Hits need a count per executed instruction, so the eval loop keeps one only when
 * {@link #countsExecutions()} (the {@code cache-stats} option); hits are then the executions of
 * specialized forms minus their misses.
 *
 * <p>Updated by the interpreter's own thread (one thread runs an interpreter at a time); readers on
 * other threads may see slightly stale numbers.
 */
public final class CacheStats {
    /** The cache kinds, named after their generic instruction. */
    static final int[] KIND_OPS = {
        Opcode.LOAD_GLOBAL, Opcode.LOAD_ATTR, Opcode.LOAD_METHOD, Opcode.STORE_ATTR, Opcode.BINARY_OP,
        Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR, Opcode.COMPARE_OP, Opcode.CONTAINS_OP, Opcode.CALL,
        Opcode.FOR_ITER, Opcode.UNPACK_SEQUENCE,
    };
    private static final int[] KIND_OF = new int[Opcode.COUNT];

    static {
        java.util.Arrays.fill(KIND_OF, -1);
        for (int op = 0; op < Opcode.COUNT; op++) {
            int fam = Opcode.family(op);
            for (int k = 0; k < KIND_OPS.length; k++) {
                if (KIND_OPS[k] == fam) {
                    KIND_OF[op] = k;
                }
            }
        }
    }

    private final long[] specializations = new long[KIND_OPS.length];
    private final long[] misses = new long[KIND_OPS.length];
    private final long[] deopts = new long[KIND_OPS.length];
    private final Map<String, Long>[] failures;
    /** Executions per opcode, or null when hits are not counted. */
    final long[] executions;

    /** Counters for one interpreter; {@code countExecutions} makes the eval loop count hits. */
    @SuppressWarnings("unchecked")
    public CacheStats(boolean countExecutions) {
        failures = new Map[KIND_OPS.length];
        for (int k = 0; k < failures.length; k++) {
            failures[k] = new TreeMap<>();
        }
        executions = countExecutions ? new long[Opcode.COUNT] : null;
    }

    /** Whether hits are counted (the eval loop counts every executed instruction). */
    public boolean countsExecutions() {
        return executions != null;
    }

    static int kindOf(int op) {
        return KIND_OF[op];
    }

    void specialized(int op) {
        int k = KIND_OF[op];
        if (k >= 0) {
            specializations[k]++;
        }
    }

    void missed(int op) {
        int k = KIND_OF[op];
        if (k >= 0) {
            misses[k]++;
        }
    }

    void deoptimized(int op) {
        int k = KIND_OF[op];
        if (k >= 0) {
            deopts[k]++;
        }
    }

    void failed(int op, String reason) {
        int k = KIND_OF[op];
        if (k >= 0) {
            failures[k].merge(reason, 1L, Long::sum);
        }
    }

    /** The counters of one cache kind. */
    public record Kind(long specializations, long hits, long misses, long deoptimizations,
                       Map<String, Long> failures) {}

    /** A snapshot per kind, in a fixed order; hits are -1 when not counted. */
    public Map<String, Kind> snapshot() {
        Map<String, Kind> out = new LinkedHashMap<>();
        for (int k = 0; k < KIND_OPS.length; k++) {
            long hits = -1;
            if (executions != null) {
                long specializedRuns = 0;
                for (int op = 0; op < Opcode.COUNT; op++) {
                    if (KIND_OF[op] == k && Opcode.isSpecialized(op)) {
                        specializedRuns += executions[op];
                    }
                }
                hits = Math.max(0, specializedRuns - misses[k]);
            }
            out.put(Opcode.name(KIND_OPS[k]), new Kind(specializations[k], hits, misses[k], deopts[k],
                    Map.copyOf(failures[k])));
        }
        return out;
    }
}
