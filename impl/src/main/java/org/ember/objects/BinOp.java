package org.ember.objects;

/**
 * The binary number operators, indexing {@link PyType}'s forward, reflected and in-place slot
 * arrays. Order matches the {@code BINARY_OP} instruction's argument (in-place forms add
 * {@link #INPLACE}), as CPython's {@code NB_*} numbering does.
 */
public enum BinOp {
    ADD("+", "__add__", "__radd__", "__iadd__"),
    AND("&", "__and__", "__rand__", "__iand__"),
    FLOOR_DIVIDE("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    MATRIX_MULTIPLY("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    MULTIPLY("*", "__mul__", "__rmul__", "__imul__"),
    REMAINDER("%", "__mod__", "__rmod__", "__imod__"),
    OR("|", "__or__", "__ror__", "__ior__"),
    POWER("**", "__pow__", "__rpow__", "__ipow__"),
    RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
    SUBTRACT("-", "__sub__", "__rsub__", "__isub__"),
    TRUE_DIVIDE("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    XOR("^", "__xor__", "__rxor__", "__ixor__");

    /** Added to an operator's ordinal in {@code BINARY_OP}'s argument for the in-place form. */
    public static final int INPLACE = 13;
    public static final int COUNT = 13;
    private static final BinOp[] VALUES = values();

    public final String symbol;
    public final String dunder;
    public final String rdunder;
    public final String idunder;

    BinOp(String symbol, String dunder, String rdunder, String idunder) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.rdunder = rdunder;
        this.idunder = idunder;
    }

    public static BinOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
