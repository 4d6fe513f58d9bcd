package org.ember.parser;

/** What {@link Parser#parse} expects, as the {@code mode} argument of Python's {@code compile()}. */
public enum Mode {
    /** A module: gives {@link org.ember.ast.Mod.Module}. */
    EXEC,
    /** A single expression: gives {@link org.ember.ast.Mod.Expression}. */
    EVAL,
    /** One interactive statement: gives {@link org.ember.ast.Mod.Interactive}. */
    SINGLE
}
