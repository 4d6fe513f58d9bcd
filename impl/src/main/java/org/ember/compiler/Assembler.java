package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Span;
import org.ember.bytecode.ExceptionEntry;
import org.ember.bytecode.Opcode;

/**
 * Turns a unit's instruction list into code words: computes the maximum stack depth (and each
 * handler's depth) by walking every path, removes pseudo instructions, resolves labels to word
 * offsets, and builds the exception table and the per-word position tables.
 */
final class Assembler {
    int[] code;
    int[] lines;
    int[] cols;
    int[] endLines;
    int[] endCols;
    int stacksize;
    ExceptionEntry[] table;

    static Assembler assemble(List<Instr> instrs) {
        Assembler a = new Assembler();
        a.stacksize = stackDepth(instrs);
        a.layout(instrs);
        return a;
    }

    /** The maximum depth over all reachable paths; also fixes every reached handler's depth. */
    static int stackDepth(List<Instr> instrs) {
        int n = instrs.size();
        int[] depth = new int[n + 1];
        java.util.Arrays.fill(depth, -1);
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int max = 0;
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int i = w[0];
            int d = w[1];
            while (i < n) {
                if (depth[i] >= 0) {
                    if (depth[i] != d) {
                        throw new IllegalStateException("inconsistent stack depth at instruction " + i
                                + " (" + name(instrs.get(i).op) + "): " + depth[i] + " vs " + d);
                    }
                    break;
                }
                depth[i] = d;
                Instr in = instrs.get(i);
                if (in.isPseudoSetup()) {
                    Handler h = in.opens;
                    h.depth = in.op == Instr.SETUP_WITH ? d - 1 : d;
                    int entry = d + StackEffect.of(in.op, in.arg, true);
                    max = Math.max(max, entry);
                    work.push(new int[] {h.target.index, entry});
                    i++;
                    continue;
                }
                if (in.target != null) {
                    int jd = d + StackEffect.of(in.op, in.arg, true);
                    if (jd < 0) {
                        throw new IllegalStateException("stack underflow at " + i + " " + name(in.op));
                    }
                    max = Math.max(max, jd);
                    work.push(new int[] {in.target.index, jd});
                }
                if (in.isTerminal()) {
                    break;
                }
                d += StackEffect.of(in.op, in.arg, false);
                if (d < 0) {
                    throw new IllegalStateException("stack underflow at " + i + " " + name(in.op));
                }
                max = Math.max(max, d);
                i++;
            }
        }
        return max;
    }

    private static String name(int op) {
        switch (op) {
            case Instr.SETUP_FINALLY: return "SETUP_FINALLY";
            case Instr.SETUP_CLEANUP: return "SETUP_CLEANUP";
            case Instr.SETUP_WITH: return "SETUP_WITH";
            case Instr.JUMP: return "JUMP";
            default: return Opcode.name(op);
        }
    }

    private void layout(List<Instr> instrs) {
        int n = instrs.size();
        int[] offset = new int[n + 1];
        int pc = 0;
        for (int i = 0; i < n; i++) {
            offset[i] = pc;
            Instr in = instrs.get(i);
            if (!in.isPseudoSetup()) {
                pc += 1 + Opcode.cacheSize(in.op == Instr.JUMP ? Opcode.JUMP_FORWARD : in.op);
            }
        }
        offset[n] = pc;
        code = new int[pc];
        lines = new int[pc];
        cols = new int[pc];
        endLines = new int[pc];
        endCols = new int[pc];
        List<ExceptionEntry> rows = new ArrayList<>();
        Handler runHandler = null;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            Instr in = instrs.get(i);
            if (in.isPseudoSetup()) {
                continue;
            }
            int at = offset[i];
            int op = in.op;
            int arg = in.arg;
            if (in.target != null) {
                arg = offset[in.target.index];
                if (op == Instr.JUMP) {
                    op = arg > at ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                }
            }
            code[at] = Opcode.word(op, arg);
            Span s = in.loc;
            int size = 1 + Opcode.cacheSize(op);
            for (int k = 0; k < size; k++) {
                if (s == null || s.line() == 0) {
                    lines[at + k] = 0;
                    cols[at + k] = -1;
                    endLines[at + k] = 0;
                    endCols[at + k] = -1;
                } else {
                    lines[at + k] = s.line();
                    cols[at + k] = s.col();
                    endLines[at + k] = s.endLine();
                    endCols[at + k] = s.endCol();
                }
            }
            if (in.handler != runHandler) {
                if (runHandler != null) {
                    rows.add(row(runStart, at, runHandler, offset));
                }
                runHandler = in.handler;
                runStart = at;
            }
        }
        if (runHandler != null) {
            rows.add(row(runStart, pc, runHandler, offset));
        }
        table = rows.toArray(new ExceptionEntry[0]);
    }

    private static ExceptionEntry row(int start, int end, Handler h, int[] offset) {
        return new ExceptionEntry(start, end, offset[h.target.index], Math.max(h.depth, 0), h.pushLasti);
    }
}
