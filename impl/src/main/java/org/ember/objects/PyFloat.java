package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.ember.objects.SlotFns.Fn1;
import org.ember.objects.SlotFns.Fn2;

/** {@code float}: an IEEE 754 double. Compare CPython {@code Objects/floatobject.c}. */
public class PyFloat extends PyObj {
    public static final PyType TYPE = PyType.builtin("float", PyBaseObject.TYPE, null);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyFloat && ((PyFloat) o).value == value;
    }

    @Override
    public int hashCode() {
        return Hashing.toJava(Hashing.hashDouble(value, this));
    }

    /** The double value of an int or float operand, or NaN-tagged null when not a number. */
    static Double toDouble(PyObj o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).doubleValue();
        }
        return null;
    }

    private interface DOp {
        PyObj apply(double a, double b);
    }

    private static Fn2 op(DOp f) {
        return (a, b) -> {
            Double x = toDouble(a);
            Double y = toDouble(b);
            if (x == null || y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return f.apply(x, y);
        };
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float modulo");
        }
        return divmod(a, b)[1];
    }

    /** Python's float divmod: the remainder takes the divisor's sign; the quotient is floored exactly. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static PyObj pow(double a, double b) {
        PyFloat common = powOfPositive(a, b);
        if (common != null) {
            return common;
        }
        if (a == 0.0 && b < 0.0 && !Double.isInfinite(b)) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0.0 && b != Math.floor(b) && !Double.isInfinite(b) && !Double.isNaN(b)) {
            return PyComplex.pow(a, 0.0, b, 0.0);
        }
        if (a == 1.0) {
            return new PyFloat(1.0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /**
     * {@code a ** b} for the common case that can neither raise nor turn complex: a positive
     * base other than 1 and a finite result (or one the operands make infinite); else null, and
     * {@link #pow} decides. The eval loop's fast path uses it on its own.
     */
    public static PyFloat powOfPositive(double a, double b) {
        if (a > 0.0 && a != 1.0) {
            double r = Math.pow(a, b);
            if (!Double.isInfinite(r) || Double.isInfinite(a) || Double.isInfinite(b)) {
                return new PyFloat(r);
            }
        }
        return null;
    }

    /** Compares a double with an int exactly, as CPython does (no rounding of big ints). */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isNaN(d)) {
            return 2; // unordered
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 53)) {
            double v = (double) i.longValue();
            return d < v ? -1 : d > v ? 1 : 0;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    static PyObj richCompare(PyObj a, PyObj b, CompareOp op) {
        double x = ((PyFloat) a).value;
        if (b instanceof PyFloat) {
            double y = ((PyFloat) b).value;
            boolean r;
            switch (op) {
                case LT: r = x < y; break;
                case LE: r = x <= y; break;
                case EQ: r = x == y; break;
                case NE: r = x != y; break;
                case GT: r = x > y; break;
                default: r = x >= y; break;
            }
            return PyBool.of(r);
        }
        if (b instanceof PyInt) {
            int c = compareWithInt(x, (PyInt) b);
            if (c == 2) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(c));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code int(x)} of a float: truncation, with CPython's errors for inf and nan. */
    public static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static PyObj asIntegerRatio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (bd.scale() > 0) {
            den = BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    static {
        TYPE.binop(BinOp.ADD, op((a, b) -> new PyFloat(a + b)))
                .binop(BinOp.SUBTRACT, op((a, b) -> new PyFloat(a - b)))
                .binop(BinOp.MULTIPLY, op((a, b) -> new PyFloat(a * b)))
                .binop(BinOp.TRUE_DIVIDE, op((a, b) -> {
                    if (b == 0.0) {
                        throw Errors.zeroDivision("float division by zero");
                    }
                    return new PyFloat(a / b);
                }))
                .binop(BinOp.FLOOR_DIVIDE, op((a, b) -> new PyFloat(floorDiv(a, b))))
                .binop(BinOp.REMAINDER, op((a, b) -> new PyFloat(mod(a, b))))
                .binop(BinOp.POWER, op(PyFloat::pow))
                .slot(Slot.REPR, (Fn1) self -> PyStr.of(Formatting.floatRepr(((PyFloat) self).value)))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> Hashing.hashDouble(((PyFloat) self).value, self))
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> ((PyFloat) self).value != 0.0)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) PyFloat::richCompare)
                .slot(Slot.NEG, (Fn1) self -> new PyFloat(-((PyFloat) self).value))
                .slot(Slot.POS, (Fn1) self -> new PyFloat(((PyFloat) self).value))
                .slot(Slot.ABS, (Fn1) self -> new PyFloat(Math.abs(((PyFloat) self).value)))
                .slot(Slot.INT, (Fn1) self -> toInt(((PyFloat) self).value))
                .slot(Slot.FLOAT, (Fn1) self -> self.getClass() == PyFloat.class ? self : new PyFloat(((PyFloat) self).value));
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("float() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("float expected at most 1 argument, got " + args.length);
            }
            if (cls == TYPE && args.length == 1 && args[0].getClass() == PyFloat.class) {
                return args[0]; // float(x) of an exact float is x itself, as in CPython
            }
            double v = args.length == 0 ? 0.0 : Abstract.toDoubleConstructor(args[0]);
            return cls == TYPE ? new PyFloat(v) : new Derived((PyType) cls, v);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.method(PyMethodDescr.of0(TYPE, "is_integer", self -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "as_integer_ratio", self -> asIntegerRatio(((PyFloat) self).value)));
        TYPE.method(PyMethodDescr.of0(TYPE, "conjugate", self -> new PyFloat(((PyFloat) self).value)));
        TYPE.method(PyMethodDescr.of0(TYPE, "__trunc__", self -> toInt(((PyFloat) self).value)));
        TYPE.method(PyMethodDescr.of0(TYPE, "__floor__", self -> toInt(Math.floor(((PyFloat) self).value))));
        TYPE.method(PyMethodDescr.of0(TYPE, "__ceil__", self -> toInt(Math.ceil(((PyFloat) self).value))));
        TYPE.method(PyMethodDescr.of0(TYPE, "hex", self -> PyStr.of(Formatting.floatHex(((PyFloat) self).value))));
        TYPE.method(PyMethodDescr.ofRange(TYPE, "__round__", 0, 1, (self, a) -> Formatting.roundFloat(((PyFloat) self).value, a[0])));
        TYPE.method(PyMethodDescr.of1(TYPE, "__format__", (self, spec) -> {
            String sp = Abstract.strArg(spec, "format() argument 2").value();
            return sp.isEmpty() && self.getClass() != PyFloat.class ? Abstract.str(self)
                    : Formatting.formatFloat(((PyFloat) self).value, sp);
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "__divmod__", (a, b) -> divmodObj(a, b)));
        TYPE.method(PyMethodDescr.of1(TYPE, "__rdivmod__", (a, b) -> divmodObj(b, a)));
        TYPE.attr("real", new PyGetSet("real", self -> new PyFloat(((PyFloat) self).value), null));
        TYPE.attr("imag", new PyGetSet("imag", self -> new PyFloat(0.0), null));
        TYPE.attr("fromhex", new PyClassMethod(PyBuiltinFunction.of("fromhex", (s, args, kw) -> {
            PyMethodDescr.checkRange("fromhex", args.length - 1, 1, 1);
            return Abstract.call(args[0], new PyObj[] {new PyFloat(Formatting.floatFromHex(Abstract.strArg(args[1], "fromhex() argument").value()))}, null);
        })));
    }

    static PyObj divmodObj(PyObj a, PyObj b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (y == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double[] r = divmod(x, y);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    /** An instance of a Python subclass of {@code float}. */
    static final class Derived extends PyFloat {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public InstanceAttrs attrs() {
            return attrs;
        }
    }
}
