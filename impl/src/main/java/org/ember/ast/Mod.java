package org.ember.ast;

import java.util.List;

/** The root of a parse, as CPython's {@code mod}: what {@code compile()} calls the mode. */
public sealed interface Mod {
    /** {@code exec} mode: a module or script. */
    record Module(List<Stmt> body) implements Mod {}

    /** {@code single} mode: one interactive statement; expression values are echoed. */
    record Interactive(List<Stmt> body) implements Mod {}

    /** {@code eval} mode: a single expression. */
    record Expression(Expr body) implements Mod {}
}
