package org.ember.interpreter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a helper of {@code Interpreter.fastPath} that stays a real call on purpose: its own work
 * (allocating and copying a slice, say) costs far more than the call, and leaving the fast path
 * for the general one would cost more again. {@code EvalLoopSizeTest}, which asks every other
 * callee of the fast path to be small enough for C2 to inline, neither measures it nor follows
 * its calls. Keep it for operations like that, not for a hot form that is merely large.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface OutOfLine {}
