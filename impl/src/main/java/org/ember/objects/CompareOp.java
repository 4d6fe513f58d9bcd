package org.ember.objects;

/** The six rich comparisons, with their dunder names and reflections. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"),
    GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    private static final CompareOp[] VALUES = values();

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operation with operands swapped: {@code a < b} is {@code b > a}. */
    public CompareOp reflected() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** Whether {@code cmp} (a Java three-way comparison result) satisfies this operation. */
    public boolean test(int cmp) {
        switch (this) {
            case LT: return cmp < 0;
            case LE: return cmp <= 0;
            case EQ: return cmp == 0;
            case NE: return cmp != 0;
            case GT: return cmp > 0;
            default: return cmp >= 0;
        }
    }

    public static CompareOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
