package org.ember.ast;

/** One {@code expr [as target]} of a {@code with}; {@code optionalVars} may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
