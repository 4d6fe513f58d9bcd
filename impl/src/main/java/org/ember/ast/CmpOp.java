package org.ember.ast;

/** Comparison operators, as CPython's {@code cmpop}. */
public enum CmpOp {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"),
    IN("in"), NOT_IN("not in");

    /** The operator as written in source. */
    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
