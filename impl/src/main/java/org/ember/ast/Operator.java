package org.ember.ast;

/** Binary operators of {@code BinOp} and {@code AugAssign}, as CPython's {@code operator}. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

    /** The operator as written in source, e.g. {@code "+"}; error messages use it. */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
