package org.ember.ast;

/** Unary operators, as CPython's {@code unaryop}. */
public enum UnaryOpKind { INVERT, NOT, UADD, USUB }
