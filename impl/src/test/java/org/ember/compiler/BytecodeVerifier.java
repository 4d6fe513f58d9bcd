package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.ember.bytecode.CodeObject;
import org.ember.bytecode.ExceptionEntry;
import org.ember.bytecode.Opcode;
import org.ember.objects.PyObj;

/**
 * Checks assembled code independently of the assembler: every jump and handler target is in
 * range, every path reaches each instruction with one stack depth, and no path goes deeper than
 * {@code stacksize} or below zero. Throws {@link AssertionError} with the code's name otherwise.
 */
final class BytecodeVerifier {
    private BytecodeVerifier() {}

    static void verifyAll(CodeObject co) {
        verify(co);
        for (PyObj c : co.consts) {
            if (c instanceof CodeObject) {
                verifyAll((CodeObject) c);
            }
        }
    }

    static int verify(CodeObject co) {
        int[] code = co.code;
        int n = code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        for (ExceptionEntry e : co.exceptionTable) {
            check(co, e.start() >= 0 && e.start() < e.end() && e.end() <= n, "bad exception range " + e);
            check(co, e.target() >= 0 && e.target() < n, "bad handler target " + e);
        }
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int max = 0;
        boolean[] handlerQueued = new boolean[co.exceptionTable.length];
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int pc = w[0];
            int d = w[1];
            while (true) {
                check(co, pc >= 0 && pc < n, "control falls off the end at " + pc);
                if (depth[pc] >= 0) {
                    check(co, depth[pc] == d, "depth " + depth[pc] + " vs " + d + " at " + pc);
                    break;
                }
                depth[pc] = d;
                for (int i = 0; i < co.exceptionTable.length; i++) {
                    ExceptionEntry e = co.exceptionTable[i];
                    if (!handlerQueued[i] && pc >= e.start() && pc < e.end()) {
                        handlerQueued[i] = true;
                        int hd = e.depth() + 1 + (e.pushLasti() ? 1 : 0);
                        max = Math.max(max, hd);
                        work.push(new int[] {e.target(), hd});
                    }
                }
                int op = Opcode.op(code[pc]);
                int arg = Opcode.arg(code[pc]);
                if (Opcode.isJump(op)) {
                    check(co, arg >= 0 && arg < n, "jump target " + arg + " out of range at " + pc);
                    int jd = d + StackEffect.of(op, arg, true);
                    check(co, jd >= 0, "underflow on jump at " + pc);
                    max = Math.max(max, jd);
                    work.push(new int[] {arg, jd});
                }
                if (op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD || op == Opcode.RETURN_VALUE
                        || op == Opcode.RETURN_CONST || op == Opcode.RERAISE || op == Opcode.RAISE_VARARGS) {
                    break;
                }
                d += StackEffect.of(op, arg, false);
                check(co, d >= 0, "underflow at " + pc + " " + Opcode.name(op));
                max = Math.max(max, d);
                pc += 1 + Opcode.cacheSize(op);
            }
        }
        check(co, max <= co.stacksize, "stack reaches " + max + " but stacksize is " + co.stacksize);
        return max;
    }

    private static void check(CodeObject co, boolean ok, String msg) {
        if (!ok) {
            throw new AssertionError(co.qualname + " (" + co.filename + "): " + msg);
        }
    }
}
