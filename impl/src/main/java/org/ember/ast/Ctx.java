package org.ember.ast;

/** Expression context, as CPython's {@code expr_context}: where a name/attribute/subscript stands. */
public enum Ctx { LOAD, STORE, DEL }
