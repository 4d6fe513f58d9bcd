package org.ember.ast;

/** {@code and} / {@code or}, as CPython's {@code boolop}. */
public enum BoolOpKind { AND, OR }
