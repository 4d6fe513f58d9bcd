package org.ember.ast;

import java.util.List;

/** {@code case pattern [if guard]: body}; {@code guard} may be null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
