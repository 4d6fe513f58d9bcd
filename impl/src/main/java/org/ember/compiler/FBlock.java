package org.ember.compiler;

/**
 * A frame block: what a {@code break}, {@code continue} or {@code return} leaving this construct
 * must undo on the way out (pop an iterator, run a finally body, call {@code __exit__}, ...).
 */
final class FBlock {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    final Kind kind;
    /** Loop start (continue target). */
    final Label block;
    /** Loop exit (break target). */
    final Label exit;
    /** Finally body (List of Stmt), the with statement, or the except-as name. */
    final Object datum;

    FBlock(Kind kind, Label block, Label exit, Object datum) {
        this.kind = kind;
        this.block = block;
        this.exit = exit;
        this.datum = datum;
    }
}
