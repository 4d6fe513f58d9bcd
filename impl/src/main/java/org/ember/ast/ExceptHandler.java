package org.ember.ast;

import java.util.List;

/** {@code except [type [as name]]: body}; {@code type} and {@code name} may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) {}
