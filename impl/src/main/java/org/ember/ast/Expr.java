package org.ember.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * Expressions, as CPython 3.11's {@code expr}, fields in camelCase. Optional fields are
 * {@code null} when absent; lists are never null.
 */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> v);

    /** {@code a and b and c}: {@code values} has at least two items. */
    record BoolOp(BoolOpKind op, List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** {@code target := value}; target is a {@link Name} in STORE context. */
    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    record UnaryOp(UnaryOpKind op, Expr operand, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** A dict display; a {@code null} key means {@code **value}. */
    record Dict(List<Expr> keys, List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDict(this); }
    }

    record Set(List<Expr> elts, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    record ListComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    record SetComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetComp(this); }
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictComp(this); }
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitGeneratorExp(this); }
    }

    record Await(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** {@code yield [value]}. */
    record Yield(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    record YieldFrom(Expr value, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYieldFrom(this); }
    }

    /** {@code left op1 c1 op2 c2 ...}; {@code ops} and {@code comparators} have the same length. */
    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code func(args, keywords)}; {@code args} may contain {@link Starred}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /**
     * A replacement field of an f-string. {@code conversion} is -1 (none) or the code point of
     * 's', 'r' or 'a'; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    /** An f-string: {@link Constant} str parts and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> values, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * A literal. {@code value} is one of: {@link #NONE}, {@link #ELLIPSIS}, {@link Boolean},
     * {@link Long} or {@link BigInteger} (ints; Long whenever it fits), {@link Double},
     * {@link Imaginary}, {@link String} (str), {@link Bytes}. {@code kind} is "u" for a
     * u-prefixed string, else null.
     */
    record Constant(Object value, String kind, Span span) implements Expr {
        /** The {@code None} literal. */
        public static final Object NONE = new Object() { public String toString() { return "None"; } };
        /** The {@code ...} literal. */
        public static final Object ELLIPSIS = new Object() { public String toString() { return "Ellipsis"; } };

        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    /** An imaginary literal such as {@code 2j}: the value of the imaginary part. */
    record Imaginary(double imag) {}

    /** A bytes literal's value. */
    record Bytes(byte[] value) {}

    record Attribute(Expr value, String attr, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code value[slice]}; a tuple of indexes is a {@link Tuple}, {@code a:b} a {@link Slice}. */
    record Subscript(Expr value, Expr slice, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    record Starred(Expr value, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    record Name(String id, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    record ListExpr(List<Expr> elts, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    record Tuple(List<Expr> elts, Ctx ctx, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    /** One method per expression kind. */
    interface Visitor<R> {
        R visitBoolOp(BoolOp e);
        R visitNamedExpr(NamedExpr e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitDict(Dict e);
        R visitSet(Set e);
        R visitListComp(ListComp e);
        R visitSetComp(SetComp e);
        R visitDictComp(DictComp e);
        R visitGeneratorExp(GeneratorExp e);
        R visitAwait(Await e);
        R visitYield(Yield e);
        R visitYieldFrom(YieldFrom e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitFormattedValue(FormattedValue e);
        R visitJoinedStr(JoinedStr e);
        R visitConstant(Constant e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitStarred(Starred e);
        R visitName(Name e);
        R visitList(ListExpr e);
        R visitTuple(Tuple e);
        R visitSlice(Slice e);
    }
}
