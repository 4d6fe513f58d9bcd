package org.ember.compiler;

import org.ember.ast.Span;
import org.ember.bytecode.Opcode;

/** One instruction of a unit under construction, possibly a pseudo instruction that assembly removes. */
final class Instr {
    /** Opens a handler entered with the exception pushed ({@code +1}). */
    static final int SETUP_FINALLY = 256;
    /** Opens a handler entered with lasti and the exception pushed ({@code +2}). */
    static final int SETUP_CLEANUP = 257;
    /** Opens a with-handler: the enter result is dropped, then lasti and the exception pushed. */
    static final int SETUP_WITH = 258;
    /** An unconditional jump, resolved to JUMP_FORWARD or JUMP_BACKWARD by direction. */
    static final int JUMP = 259;

    final int op;
    final int arg;
    final Label target;
    final Handler handler;
    final Span loc;
    /** For SETUP_* pseudo instructions: the handler they open. */
    Handler opens;

    Instr(int op, int arg, Label target, Handler handler, Span loc) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.handler = handler;
        this.loc = loc;
    }

    boolean isPseudoSetup() {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /** Whether control never falls through to the next instruction. */
    boolean isTerminal() {
        switch (op) {
            case Opcode.RETURN_VALUE: case Opcode.RETURN_CONST: case Opcode.RERAISE:
            case Opcode.RAISE_VARARGS: case Opcode.JUMP_FORWARD: case Opcode.JUMP_BACKWARD: case JUMP:
                return true;
            default:
                return false;
        }
    }
}
