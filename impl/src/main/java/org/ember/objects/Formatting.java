package org.ember.objects;

import java.math.BigInteger;
import org.ember.objects.format.ComplexFormat;
import org.ember.objects.format.FloatFormat;
import org.ember.objects.format.FloatParse;
import org.ember.objects.format.FormatException;
import org.ember.objects.format.FormatSpec;
import org.ember.objects.format.IntFormat;
import org.ember.objects.format.IntParse;
import org.ember.objects.format.PercentFormat;
import org.ember.objects.format.StrFormat;
import org.ember.objects.format.StrRepr;

/**
 * The bridge between the object model and text: reprs, {@code format()} specs, {@code %} and
 * {@code str.format}, and number parsing. The algorithms live in {@code org.ember.objects.format};
 * this class adapts Python objects to them and converts their errors to Python exceptions.
 */
public final class Formatting {
    private Formatting() {}

    /** Runs a format-library call, turning its errors into Python exceptions. */
    private interface Call<T> {
        T run();
    }

    private static <T> T guard(Call<T> c) {
        try {
            return c.run();
        } catch (FormatException e) {
            throw Errors.fromFormat(e.pythonType(), e.getMessage());
        }
    }

    /** {@code repr(float)}: the shortest string that round-trips, in CPython's layout. */
    public static String floatRepr(double d) {
        return FloatFormat.repr(d);
    }

    /** {@code repr(complex)}. */
    public static String complexRepr(double re, double im) {
        return ComplexFormat.repr(re, im);
    }

    /** {@code repr(str)}. */
    public static String strRepr(String s) {
        return StrRepr.repr(s);
    }

    /** Python's notion of a printable character (str.isprintable, repr). */
    public static boolean isPrintable(int cp) {
        return StrRepr.isPrintable(cp);
    }

    /** {@code str(int)} of a big value, with CPython's 4300-digit limit. */
    public static String bigToDecimal(BigInteger v) {
        return guard(() -> IntFormat.toDecimalString(v));
    }

    public static PyObj formatInt(PyInt v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(v.toDecimal());
        }
        return PyStr.of(guard(() -> v.fitsLong()
                ? IntFormat.format(v.longValue(), FormatSpec.parse(spec, "int"), "int")
                : IntFormat.format(v.bigValue(), FormatSpec.parse(spec, "int"), "int")));
    }

    public static PyObj formatFloat(double v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(floatRepr(v));
        }
        return PyStr.of(guard(() -> FloatFormat.format(v, FormatSpec.parse(spec, "float"), "float")));
    }

    public static PyObj formatComplex(double re, double im, String spec) {
        return PyStr.of(guard(() -> ComplexFormat.format(re, im, FormatSpec.parse(spec, "complex"))));
    }

    public static PyObj formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(v);
        }
        return PyStr.of(guard(() -> StrFormat.format(v, FormatSpec.parse(spec, "str"), "str")));
    }

    public static double parseFloat(String s) {
        return guard(() -> FloatParse.parse(s));
    }

    public static PyInt parseInt(String s, int base, PyObj original) {
        return PyInt.of(guard(() -> IntParse.parse(s, base)));
    }

    public static PyObj parseComplex(String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        try {
            if (t.endsWith("j") || t.endsWith("J")) {
                String body = t.substring(0, t.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1.0 : body.equals("-") ? -1.0 : parseFloat(body);
                    return new PyComplex(0.0, im);
                }
                String imS = body.substring(split);
                double im = imS.equals("+") ? 1.0 : imS.equals("-") ? -1.0 : parseFloat(imS);
                return new PyComplex(parseFloat(body.substring(0, split)), im);
            }
            return new PyComplex(parseFloat(t), 0.0);
        } catch (PyRaise e) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
    }

    public static String floatHex(double d) {
        return FloatFormat.hex(d);
    }

    public static double floatFromHex(String s) {
        return guard(() -> FloatParse.fromHex(s));
    }

    /** {@code round(x, n)} on a float: correctly rounded (half-even on the exact binary value). */
    public static PyObj roundFloat(double x, PyObj nd) {
        if (nd == null || nd == PyNone.NONE) {
            return PyInt.of(guard(() -> FloatFormat.roundToInteger(x)));
        }
        PyInt n = Abstract.index(nd);
        long digits = n.fitsLong() ? n.longValue() : (n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new PyFloat(guard(() -> FloatFormat.round(x, digits)));
    }

    /** {@code fmt % args}. */
    public static PyObj percent(PyStr fmt, PyObj args) {
        java.util.List<PercentFormat.Arg> list = new java.util.ArrayList<>();
        if (args instanceof PyTuple) {
            for (PyObj a : ((PyTuple) args).items()) {
                list.add(new ObjArg(a));
            }
        } else {
            list.add(new ObjArg(args));
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().getitem != null;
        PercentFormat.Mapping m = mapping ? key -> new ObjArg(Abstract.getItem(args, PyStr.of(key))) : null;
        return PyStr.of(guard(() -> PercentFormat.format(fmt.value(), list, m)));
    }

    /** A Python object as an operand of {@code %} (extended for {@code bytes % args} by {@link BytesFormat}). */
    static class ObjArg implements PercentFormat.Arg {
        private final PyObj o;

        ObjArg(PyObj o) {
            this.o = o;
        }

        @Override
        public String typeName() {
            return o.type().name();
        }

        @Override
        public boolean isInt() {
            return o instanceof PyInt;
        }

        @Override
        public boolean hasIndex() {
            return o instanceof PyInt || o.type().index != null;
        }

        @Override
        public BigInteger asBigInteger() {
            return Abstract.index(o).bigValue();
        }

        @Override
        public boolean isNumber() {
            PyType t = o.type();
            return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || t.int_ != null
                    || t.float_ != null || t.index != null;
        }

        @Override
        public BigInteger toInt() {
            return Abstract.toIntConstructor(o).bigValue();
        }

        @Override
        public double toDouble() {
            if (!(o instanceof PyFloat || o instanceof PyInt || o.type().float_ != null || o.type().index != null)) {
                throw new FormatException("TypeError", "must be real number, not " + o.type().name());
            }
            return Abstract.toDouble(o);
        }

        @Override
        public String str() {
            return Abstract.str(o).value();
        }

        @Override
        public String repr() {
            return Abstract.repr(o).value();
        }

        @Override
        public int singleChar() {
            return o instanceof PyStr && ((PyStr) o).length() == 1 ? ((PyStr) o).codePointAt(0) : -1;
        }
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    public static PyObj strFormat(String fmt, PyObj[] args, String[] kw) {
        return PyStr.of(StrFormatter.format(fmt, args, kw));
    }
}
