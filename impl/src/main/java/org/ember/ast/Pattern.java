package org.ember.ast;

import java.util.List;

/** {@code match} patterns, as CPython 3.11's {@code pattern}. */
public sealed interface Pattern {
    Span span();

    /** A literal or dotted-name value pattern, compared with {@code ==}. */
    record MatchValue(Expr value, Span span) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}; value is {@link Expr.Constant#NONE} or a Boolean. */
    record MatchSingleton(Object value, Span span) implements Pattern {}

    /** {@code [p1, p2, *rest]} or {@code (p1, p2)}. */
    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {}

    /** {@code {k1: p1, **rest}}; {@code rest} may be null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Span span) implements Pattern {}

    /** {@code Cls(p1, attr=p2)}. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                      Span span) implements Pattern {}

    /** {@code *name} inside a sequence pattern; {@code name} null for {@code *_}. */
    record MatchStar(String name, Span span) implements Pattern {}

    /** {@code pattern as name}, a capture {@code name} (pattern null) or the wildcard {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, Span span) implements Pattern {}

    /** {@code p1 | p2}. */
    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {}
}
