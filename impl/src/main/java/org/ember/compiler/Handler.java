package org.ember.compiler;

/**
 * A protected region's handler, as a SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH pseudo
 * instruction opens it. Instructions emitted while it is the innermost handler are covered by it
 * in the exception table. Its stack depth is only known once {@link Assembler} walks the stack.
 */
final class Handler {
    final Label target;
    final int kind;
    /** Items kept on the stack when the handler is entered (set by the stack-depth walk). */
    int depth = -1;
    final boolean pushLasti;

    Handler(Label target, int kind) {
        this.target = target;
        this.kind = kind;
        this.pushLasti = kind != Instr.SETUP_FINALLY;
    }
}
