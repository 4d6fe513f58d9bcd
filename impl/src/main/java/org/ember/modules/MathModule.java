package org.ember.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BinOp;
import org.ember.objects.Errors;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyTuple;
import org.ember.objects.SlotFns.CallFn;

/**
 * The {@code math} module. sqrt, fmod, remainder and friends are exact or correctly rounded by
 * IEEE 754; exp, exp2, log, log2, the trigonometric functions, pow, cbrt, erf, erfc, gamma and
 * lgamma are correctly rounded by {@link CrMath} (CPython on glibc is correctly rounded almost
 * everywhere for the first group, so results agree); expm1, log1p and log10 are
 * {@link StrictMath}'s fdlibm, which is what glibc uses for them; the hyperbolic functions are
 * built from those. fsum is exact (Shewchuk's partials), hypot and dist are correctly rounded.
 */
public final class MathModule {
    private MathModule() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final double LN2 = 0.6931471805599453;

    /** A one-argument double function. */
    private interface D1 {
        double apply(double x);
    }

    /** A two-argument double function. */
    private interface D2 {
        double apply(double x, double y);
    }

    public static PyModule create() {
        PyModule m = PyModule.create("math");
        PyDict d = m.dict();
        d.setStr("pi", PyFloat.of(Math.PI));
        d.setStr("e", PyFloat.of(Math.E));
        d.setStr("tau", PyFloat.of(2 * Math.PI));
        d.setStr("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        d.setStr("nan", PyFloat.of(Double.NaN));

        // acos(x, /)
        unary(d, "acos", CrMath::acos, false);
        // acosh(x, /)
        unary(d, "acosh", MathModule::acosh, false);
        // asin(x, /)
        unary(d, "asin", CrMath::asin, false);
        // asinh(x, /)
        unary(d, "asinh", MathModule::asinh, false);
        // atan(x, /)
        unary(d, "atan", CrMath::atan, false);
        // atanh(x, /)
        unary(d, "atanh", MathModule::atanh, false);
        // cbrt(x, /)
        unary(d, "cbrt", CrMath::cbrt, false);
        // cos(x, /)
        unary(d, "cos", CrMath::cos, false);
        // cosh(x, /)
        unary(d, "cosh", MathModule::cosh, true);
        // erf(x, /)
        unary(d, "erf", CrMath::erf, false);
        // erfc(x, /)
        unary(d, "erfc", CrMath::erfc, false);
        // exp(x, /)
        unary(d, "exp", CrMath::exp, true);
        // exp2(x, /)
        unary(d, "exp2", CrMath::exp2, true);
        // expm1(x, /)
        unary(d, "expm1", StrictMath::expm1, true);
        // fabs(x, /)
        unary(d, "fabs", Math::abs, false);
        // sin(x, /)
        unary(d, "sin", CrMath::sin, false);
        // sinh(x, /)
        unary(d, "sinh", MathModule::sinh, true);
        // sqrt(x, /)
        unary(d, "sqrt", Math::sqrt, false);
        // tan(x, /)
        unary(d, "tan", CrMath::tan, false);
        // tanh(x, /)
        unary(d, "tanh", MathModule::tanh, false);
        // log1p(x, /)
        unary(d, "log1p", StrictMath::log1p, false);
        // gamma(x, /)
        unary(d, "gamma", MathModule::gamma, true);
        // lgamma(x, /)
        unary(d, "lgamma", MathModule::lgamma, true);
        // degrees(x, /)
        unary(d, "degrees", x -> x * (180.0 / Math.PI), true);
        // radians(x, /)
        unary(d, "radians", x -> x * (Math.PI / 180.0), true);
        // ulp(x, /)
        unary(d, "ulp", Math::ulp, false);

        // atan2(y, x, /)
        binary(d, "atan2", CrMath::atan2);
        // copysign(x, y, /)
        binary(d, "copysign", Math::copySign);
        // fmod(x, y, /)
        binary(d, "fmod", (x, y) -> Double.isInfinite(y) && !Double.isInfinite(x) ? x : x % y);
        // remainder(x, y, /)
        binary(d, "remainder", (x, y) -> Double.isInfinite(y) && !Double.isInfinite(x) ? x : Math.IEEEremainder(x, y));
        // nextafter(x, y, /)
        binary(d, "nextafter", Math::nextAfter);

        // pow(x, y, /)
        fn(d, "pow", (s, a, kw) -> {
            check("pow", a, kw, 2, 2);
            return PyFloat.of(pow(Abstract.toDouble(a[0]), Abstract.toDouble(a[1])));
        });
        // ceil(x, /)
        fn(d, "ceil", (s, a, kw) -> {
            ArgParser.exactlyOne("math.ceil", a, kw);
            return rounding(a[0], "__ceil__", true);
        });
        // floor(x, /)
        fn(d, "floor", (s, a, kw) -> {
            ArgParser.exactlyOne("math.floor", a, kw);
            return rounding(a[0], "__floor__", false);
        });
        // trunc(x, /)
        fn(d, "trunc", (s, a, kw) -> {
            ArgParser.exactlyOne("math.trunc", a, kw);
            PyObj x = a[0];
            if (x.getClass() == PyFloat.class) {
                return PyFloat.toInt(((PyFloat) x).value);
            }
            PyObj t = Abstract.lookupSpecial(x, "__trunc__");
            if (t == null) {
                throw Errors.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
            }
            return Abstract.call(t, new PyObj[0], null);
        });
        // isfinite(x, /)
        fn(d, "isfinite", (s, a, kw) -> {
            ArgParser.exactlyOne("math.isfinite", a, kw);
            return PyBool.of(Double.isFinite(Abstract.toDouble(a[0])));
        });
        // isinf(x, /)
        fn(d, "isinf", (s, a, kw) -> {
            ArgParser.exactlyOne("math.isinf", a, kw);
            return PyBool.of(Double.isInfinite(Abstract.toDouble(a[0])));
        });
        // isnan(x, /)
        fn(d, "isnan", (s, a, kw) -> {
            ArgParser.exactlyOne("math.isnan", a, kw);
            return PyBool.of(Double.isNaN(Abstract.toDouble(a[0])));
        });
        // frexp(x, /)
        fn(d, "frexp", (s, a, kw) -> {
            ArgParser.exactlyOne("math.frexp", a, kw);
            double x = Abstract.toDouble(a[0]);
            if (x == 0 || !Double.isFinite(x)) {
                return PyTuple.of(PyFloat.of(x), PyInt.of(0));
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
            }
            double mant = Math.scalb(x, -Math.getExponent(x) - 1);
            return PyTuple.of(PyFloat.of(mant), PyInt.of(e + 1));
        });
        // ldexp(x, i, /)
        fn(d, "ldexp", (s, a, kw) -> {
            check("ldexp", a, kw, 2, 2);
            double x = Abstract.toDouble(a[0]);
            if (!(a[1] instanceof PyInt)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt i = (PyInt) a[1];
            if (x == 0 || !Double.isFinite(x)) {
                return PyFloat.of(x);
            }
            int exp;
            if (!i.fitsLong()) {
                exp = i.signum() > 0 ? 5000 : -5000;
            } else {
                exp = (int) Math.max(-5000, Math.min(5000, i.longValue()));
            }
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
            return PyFloat.of(r);
        });
        // modf(x, /)
        fn(d, "modf", (s, a, kw) -> {
            ArgParser.exactlyOne("math.modf", a, kw);
            double x = Abstract.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            }
            if (Double.isNaN(x)) {
                return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Math.copySign(x - ip, x)), PyFloat.of(ip));
        });
        // log(x, [base=math.e])
        fn(d, "log", (s, a, kw) -> {
            ArgParser.noKeywords("log", kw);
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("math.log requires 1 to 2 arguments");
            }
            double num = logOf(a[0], CrMath::log);
            if (a.length == 1) {
                return PyFloat.of(num);
            }
            double den = logOf(a[1], CrMath::log);
            if (den == 0) {
                throw Errors.zeroDivision("float division by zero");
            }
            return PyFloat.of(num / den);
        });
        // log2(x, /)
        fn(d, "log2", (s, a, kw) -> {
            ArgParser.exactlyOne("math.log2", a, kw);
            return PyFloat.of(logOf(a[0], CrMath::log2));
        });
        // log10(x, /)
        fn(d, "log10", (s, a, kw) -> {
            ArgParser.exactlyOne("math.log10", a, kw);
            return PyFloat.of(logOf(a[0], StrictMath::log10));
        });
        // fsum(seq, /)
        fn(d, "fsum", (s, a, kw) -> {
            ArgParser.exactlyOne("math.fsum", a, kw);
            return PyFloat.of(fsum(a[0]));
        });
        // hypot(*coordinates)
        fn(d, "hypot", (s, a, kw) -> {
            ArgParser.noKeywords("math.hypot", kw);
            double[] v = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                v[i] = Abstract.toDouble(a[i]);
            }
            return PyFloat.of(norm(v));
        });
        // dist(p, q, /)
        fn(d, "dist", (s, a, kw) -> {
            ArgParser.noKeywords("math.dist", kw);
            ArgParser.checkRange("dist", a.length, 2, 2);
            PyObj[] p = a[0] instanceof PyTuple ? ((PyTuple) a[0]).items() : Abstract.toArray(a[0]);
            PyObj[] q = a[1] instanceof PyTuple ? ((PyTuple) a[1]).items() : Abstract.toArray(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Math.abs(Abstract.toDouble(p[i]) - Abstract.toDouble(q[i]));
            }
            return PyFloat.of(norm(v));
        });
        // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
        ArgParser iscloseArgs = new ArgParser("isclose", 0, 2, 2, "a", "b", "rel_tol", "abs_tol");
        fn(d, "isclose", (s, args, kw) -> {
            int npos = ArgParser.npos(args, kw);
            if (npos > 2) {
                throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
            }
            PyObj[] a = iscloseArgs.parse(args, kw);
            double x = Abstract.toDouble(a[0]);
            double y = Abstract.toDouble(a[1]);
            double rel = a[2] == null ? 1e-9 : Abstract.toDouble(a[2]);
            double abs = a[3] == null ? 0.0 : Abstract.toDouble(a[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        // prod(iterable, /, *, start=1)
        ArgParser prodArgs = new ArgParser("prod", 1, 1, 1, "iterable", "start");
        fn(d, "prod", (s, args, kw) -> {
            PyObj[] a = prodArgs.parse(args, kw);
            PyObj result = a[1] == null ? PyInt.of(1) : a[1];
            for (PyObj item : Abstract.iterate(a[0])) {
                result = Abstract.binaryOp(result, item, BinOp.MULTIPLY);
            }
            return result;
        });
        // factorial(n, /)
        fn(d, "factorial", (s, a, kw) -> {
            ArgParser.exactlyOne("math.factorial", a, kw);
            return factorial(a[0]);
        });
        // comb(n, k, /)
        fn(d, "comb", (s, a, kw) -> {
            check("comb", a, kw, 2, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger nk = n.subtract(k);
            BigInteger kk = nk.min(k);
            if (kk.compareTo(LONG_MAX) > 0) {
                throw Errors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            long r = kk.longValue();
            if (r == 0) {
                return PyInt.of(1);
            }
            return PyInt.of(product(n.subtract(BigInteger.valueOf(r - 1)), r).divide(product(BigInteger.ONE, r)));
        });
        // perm(n, k=None, /)
        fn(d, "perm", (s, a, kw) -> {
            check("perm", a, kw, 1, 2);
            if (a.length == 1 || a[1] == PyNone.NONE) {
                return factorial(a[0]);
            }
            BigInteger n = nonNegative(a[0], "n");
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            if (k.compareTo(LONG_MAX) > 0) {
                throw Errors.overflowError("k must not exceed " + Long.MAX_VALUE);
            }
            long r = k.longValue();
            if (r == 0) {
                return PyInt.of(1);
            }
            return PyInt.of(product(n.subtract(BigInteger.valueOf(r - 1)), r));
        });
        // gcd(*integers)
        fn(d, "gcd", (s, a, kw) -> {
            ArgParser.noKeywords("math.gcd", kw);
            if (a.length == 1) {
                return Abstract.absolute(Abstract.index(a[0]));
            }
            BigInteger g = BigInteger.ZERO;
            for (PyObj x : a) {
                g = g.gcd(Abstract.index(x).bigValue());
            }
            return PyInt.of(g);
        });
        // lcm(*integers)
        fn(d, "lcm", (s, a, kw) -> {
            ArgParser.noKeywords("math.lcm", kw);
            if (a.length == 1) {
                return Abstract.absolute(Abstract.index(a[0]));
            }
            BigInteger l = BigInteger.ONE;
            boolean zero = false;
            for (PyObj x : a) {
                BigInteger v = Abstract.index(x).bigValue().abs();
                if (zero) {
                    continue;
                }
                if (v.signum() == 0) {
                    zero = true;
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        // isqrt(n, /)
        fn(d, "isqrt", (s, a, kw) -> {
            ArgParser.exactlyOne("math.isqrt", a, kw);
            PyInt n = Abstract.index(a[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            if (n.fitsLong()) {
                long v = n.longValue();
                long r = (long) Math.sqrt((double) v);
                while (r * r > v || r > 3037000499L) {
                    r--;
                }
                while ((r + 1) * (r + 1) <= v && r + 1 <= 3037000499L) {
                    r++;
                }
                return PyInt.of(r);
            }
            return PyInt.of(n.bigValue().sqrt());
        });
        return m;
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private static void fn(PyDict d, String name, CallFn impl) {
        d.setStr(name, new PyBuiltinFunction(name, "math", null, impl));
    }

    /** Argument checks of a positional-only, fixed-arity ("FASTCALL") function. */
    private static void check(String name, PyObj[] a, String[] kw, int min, int max) {
        ArgParser.noKeywords("math." + name, kw);
        ArgParser.checkRange(name, a.length, min, max);
    }

    static org.ember.objects.PyRaise domainError() {
        return Errors.valueError("math domain error");
    }

    static org.ember.objects.PyRaise rangeError() {
        return Errors.overflowError("math range error");
    }

    /**
     * A function of one float: a NaN from a non-NaN argument is a domain error; an infinity from
     * a finite argument is a range error when the function can overflow, else a domain error.
     */
    private static void unary(PyDict d, String name, D1 f, boolean canOverflow) {
        String qual = "math." + name;
        fn(d, name, (s, a, kw) -> {
            ArgParser.exactlyOne(qual, a, kw);
            double x = Abstract.toDouble(a[0]);
            return PyFloat.of(checked(f.apply(x), x, canOverflow));
        });
    }

    static double checked(double r, double x, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** A function of two floats; a NaN from non-NaN arguments is a domain error. */
    private static void binary(PyDict d, String name, D2 f) {
        fn(d, name, (s, a, kw) -> {
            check(name, a, kw, 2, 2);
            double x = Abstract.toDouble(a[0]);
            double y = Abstract.toDouble(a[1]);
            double r = f.apply(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError();
            }
            return PyFloat.of(r);
        });
    }

    /** ceil/floor: floats directly, then {@code __ceil__}/{@code __floor__}, then via float. */
    private static PyObj rounding(PyObj x, String special, boolean up) {
        if (x.getClass() != PyFloat.class) {
            PyObj m = Abstract.lookupSpecial(x, special);
            if (m != null) {
                return Abstract.call(m, new PyObj[0], null);
            }
        }
        double v = Abstract.toDouble(x);
        return PyFloat.toInt(up ? Math.ceil(v) : Math.floor(v));
    }

    // ---- float functions --------------------------------------------------------------------------

    static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 0x1p28) {
            return CrMath.log(x) + LN2;
        }
        if (x > 2) {
            return CrMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x) || ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax > 0x1p28) {
            r = CrMath.log(ax) + LN2;
        } else if (ax > 2) {
            r = CrMath.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double x2 = x * x;
            r = StrictMath.log1p(ax + x2 / (1 + Math.sqrt(1 + x2)));
        }
        return Math.copySign(r, x);
    }

    /** cosh from exp and expm1, the forms that stay accurate near 0 and up to overflow. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * LN2) {
            double t = StrictMath.expm1(a);
            double w = 1 + t;
            return a < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = CrMath.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * CrMath.exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = CrMath.exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** sinh from expm1 (small arguments) and exp (large ones). */
    static double sinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (a < 709.782712893384) {
            return h * CrMath.exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = CrMath.exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * Double.POSITIVE_INFINITY;
    }

    /** tanh from expm1 of twice the argument. */
    static double tanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        double z;
        if (a < 22) {
            if (a < 0x1p-55) {
                return x;
            }
            if (a >= 1) {
                double t = StrictMath.expm1(2 * a);
                z = 1 - 2 / (t + 2);
            } else {
                double t = StrictMath.expm1(-2 * a);
                z = -t / (t + 2);
            }
        } else {
            z = 1;
        }
        return x < 0 ? -z : z;
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double r;
        if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * StrictMath.log1p(t + t * ax / (1 - ax));
        } else {
            r = 0.5 * StrictMath.log1p((ax + ax) / (1 - ax));
        }
        return Math.copySign(r, x);
    }

    static double pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else {
                double ax = Math.abs(x);
                if (ax == 1.0) {
                    r = 1.0;
                } else if (y > 0 && ax > 1.0 || y < 0 && ax < 1.0) {
                    r = Double.POSITIVE_INFINITY;
                } else {
                    r = 0.0;
                }
            }
            return r;
        }
        if (x == 1.0 || y == 0) {
            return 1.0;
        }
        boolean oddY = Math.abs(y) < 0x1p53 && Math.abs(y) % 2.0 == 1.0;
        if (x == 0) {
            if (y < 0) {
                throw domainError();
            }
            return oddY ? x : 0.0;
        }
        if (x < 0 && y != Math.rint(y)) {
            throw domainError();
        }
        r = CrMath.pow(x, y);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : Double.NaN;
        }
        if (x == Math.rint(x)) {
            if (x <= 0) {
                return Double.NaN;
            }
            if (x <= 23) {
                return product(BigInteger.ONE, (long) x - 1).doubleValue(); // (x-1)!, rounded once
            }
        }
        if (x > 172) {
            return Double.POSITIVE_INFINITY;
        }
        if (Math.abs(x) < 1e-300) {
            return 1 / x; // 1/x - Euler's gamma + ..., dominated by 1/x; infinite below 2**-1024
        }
        if (x < -200) {
            double k = Math.floor(x);
            return Math.abs(k) % 2 == 1 ? -0.0 : 0.0;
        }
        return CrMath.gamma(x);
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.rint(x) && x <= 2) {
            if (x <= 0) {
                throw domainError(); // a pole
            }
            return 0.0;
        }
        if (Math.abs(x) < 1e-300) {
            return -StrictMath.log(Math.abs(x));
        }
        if (x > 0x1p1000) {
            return x * (StrictMath.log(x) - 1);
        }
        return CrMath.lgamma(x);
    }

    /** log, log2, log10 of a float or an int of any size (never converted to a float first). */
    private static double logOf(PyObj o, D1 f) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (i.signum() <= 0) {
                throw domainError();
            }
            BigInteger b = i.bigValue();
            double dv = b.doubleValue();
            if (!Double.isInfinite(dv)) {
                return f.apply(dv);
            }
            // x = m * 2**e with m in [0.5, 1) rounded to 53 bits: log(x) = log(m) + e * log(2)
            int bits = b.bitLength();
            int shift = bits - 55;
            BigInteger top = b.shiftRight(shift);
            long t = top.longValue();
            if (b.getLowestSetBit() < shift) {
                t |= 1; // sticky bit, so the rounding to 53 bits below is correct
            }
            double m = Math.scalb((double) t, -55);
            long e = bits;
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.apply(m) + f.apply(2.0) * e;
        }
        double x = Abstract.toDouble(o);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw domainError();
        }
        return f.apply(x);
    }

    // ---- fsum -----------------------------------------------------------------------------------

    /** The correctly rounded sum (Shewchuk's exact partials, then one rounding, half-even). */
    static double fsum(PyObj iterable) {
        double[] partials = new double[32];
        int n = 0;
        double special = 0.0;
        double infSum = 0.0;
        for (PyObj item : Abstract.iterate(iterable)) {
            double x = Abstract.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    special += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return special;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half to even when the rest of the partials tip a tie the other way.
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0)) {
                double y = lo * 2;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ---- hypot / dist -----------------------------------------------------------------------------

    /** The correctly rounded Euclidean norm of the (absolute) values. */
    static double norm(double[] v) {
        boolean nan = false;
        boolean safe = true;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            double ax = Math.abs(x);
            safe &= ax == 0 || ax > 0x1p-450 && ax < 0x1p450;
        }
        if (nan) {
            return Double.NaN;
        }
        if (v.length == 0) {
            return 0.0;
        }
        if (v.length == 1) {
            return Math.abs(v[0]);
        }
        if (safe) {
            // sum of squares as a double-double, then sqrt with one Newton correction
            double sh = 0;
            double sl = 0;
            for (double x : v) {
                double p = x * x;
                double pe = Math.fma(x, x, -p);
                double t = sh + p;
                double bv = t - sh;
                double err = (sh - (t - bv)) + (p - bv);
                sh = t;
                sl += err + pe;
            }
            double t = sh + sl;
            sl = sl - (t - sh);
            sh = t;
            if (sh == 0) {
                return 0.0;
            }
            double h = Math.sqrt(sh);
            double c = (Math.fma(-h, h, sh) + sl) / (2 * h);
            double u = Math.ulp(h);
            double frac = Math.abs(c) / u;
            boolean nearTie = Math.abs(frac - 0.5) < 1e-6 || Math.abs(frac - 1.5) < 1e-6;
            boolean binade = h == Math.scalb(1.0, Math.getExponent(h));
            if (!nearTie && !binade) {
                return h + c;
            }
        }
        BigDecimal s = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            s = s.add(b.multiply(b));
        }
        return s.sqrt(new MathContext(40)).doubleValue();
    }

    // ---- integers ---------------------------------------------------------------------------------

    /** from * (from+1) * ... * (from+count-1), by binary splitting. */
    static BigInteger product(BigInteger from, long count) {
        if (count <= 0) {
            return BigInteger.ONE;
        }
        if (count <= 16) {
            if (from.bitLength() < 40 && count <= 16) {
                long f = from.longValue();
                BigInteger r = BigInteger.ONE;
                long acc = 1;
                for (long i = 0; i < count; i++) {
                    long v = f + i;
                    if (Math.abs(acc) < (1L << 22)) {
                        acc *= v;
                    } else {
                        r = r.multiply(BigInteger.valueOf(acc));
                        acc = v;
                    }
                }
                return r.multiply(BigInteger.valueOf(acc));
            }
            BigInteger r = from;
            for (long i = 1; i < count; i++) {
                r = r.multiply(from.add(BigInteger.valueOf(i)));
            }
            return r;
        }
        long half = count / 2;
        return product(from, half).multiply(product(from.add(BigInteger.valueOf(half)), count - half));
    }

    private static PyInt factorial(PyObj o) {
        PyInt n = Abstract.index(o);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (!n.fitsLong()) {
            throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(product(BigInteger.ONE, n.longValue()));
    }

    private static BigInteger nonNegative(PyObj o, String what) {
        PyInt i = Abstract.index(o);
        if (i.signum() < 0) {
            throw Errors.valueError(what + " must be a non-negative integer");
        }
        return i.bigValue();
    }

}
