package org.ember.ast;

import java.util.List;

/** One {@code for ... in ... if ...} clause of a comprehension, as CPython's {@code comprehension}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}
