package org.ember.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code arguments}. {@code defaults} belong to the last
 * positional parameters (positional-only then ordinary); {@code kwDefaults} is parallel to
 * {@code kwonlyargs} with {@code null} where a keyword-only parameter has no default.
 */
public record Arguments(
        List<Arg> posonlyargs,
        List<Arg> args,
        Arg vararg,
        List<Arg> kwonlyargs,
        List<Expr> kwDefaults,
        Arg kwarg,
        List<Expr> defaults) {

    /** The empty parameter list {@code ()}. */
    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** One parameter, as CPython's {@code arg}; {@code annotation} may be null. */
    public record Arg(String arg, Expr annotation, Span span) {}
}
