package org.ember.objects;

import java.math.BigInteger;

/**
 * {@code int}: a {@code long} when the value fits (overflow-checked arithmetic), a
 * {@link BigInteger} beyond. Exactly one representation is used for a given value
 * ({@code big == null} iff the value fits in a long), so equality checks stay cheap.
 * Small values are cached, as in CPython.
 */
public class PyInt extends PyObj {
    public static final PyType TYPE = PyType.builtin("int", PyBaseObject.TYPE, null);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    final long value;
    final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** For subclasses (bool, Python subclasses of int): copies a normalized value. */
    PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean fitsLong() {
        return big == null;
    }

    /** The value; only meaningful when {@link #fitsLong()}. */
    public final long longValue() {
        return value;
    }

    /** The value as a long, or OverflowError. */
    public final long longValueExact() {
        if (big != null) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return value;
    }

    /** The value as a Java int, or OverflowError with CPython's message for index-sized ints. */
    public final int intValueExact() {
        if (big != null || value != (int) value) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        if (big.bitLength() > 1024) {
            throw Errors.overflowError("int too large to convert to float");
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** The decimal digits, as {@code repr(int)}. */
    public String toDecimal() {
        return big == null ? Long.toString(value) : Formatting.bigToDecimal(big);
    }

    // ---- arithmetic (operands already known to be ints) ----------------------------------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) {
                return new PyInt(BigInteger.valueOf(a.value).add(BigInteger.valueOf(b.value)));
            }
            return of(r);
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) {
                return new PyInt(BigInteger.valueOf(a.value).subtract(BigInteger.valueOf(b.value)));
            }
            return of(r);
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
            return new PyInt(BigInteger.valueOf(a.value).multiply(BigInteger.valueOf(b.value)));
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return of(0);
            }
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return of(r);
    }

    public static PyObj trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        return new PyFloat(IntMath.trueDivide(a.bigValue(), b.bigValue()));
    }

    public static PyObj pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.doubleValue();
            if (base == 0.0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(base, b.doubleValue()));
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return of(b.big.testBit(0) ? -1 : 1);
            }
            throw Errors.memoryError("");
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            boolean overflow = false;
            long x = base;
            long n = e;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, x);
                    long lo = result * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(x, x);
                    long lo = x * x;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    x = lo;
                }
            }
            if (!overflow) {
                return of(result);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw Errors.memoryError("");
        }
        return of(a.bigValue().pow((int) e));
    }

    public static PyObj pow3(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        BigInteger absMod = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return of(0);
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw Errors.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        // Not Math.abs: it leaves Long.MIN_VALUE negative. The shift fits when it shifts back.
        if (a.big == null && n < 63 && ((a.value << n) >> n) == a.value) {
            return of(a.value << n);
        }
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return of(a.signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return of(a.big.shiftRight((int) b.value));
    }

    public static PyInt and(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value & b.value) : of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value | b.value) : of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return of(-a.value);
        }
        return of(a.bigValue().negate());
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyInt)) {
            return false;
        }
        PyInt b = (PyInt) o;
        return big == null ? b.big == null && value == b.value : big.equals(b.big);
    }

    @Override
    public int hashCode() {
        return Hashing.toJava(Hashing.hashInt(this));
    }

    /** Converts a slot operand to int, or null when it is not an int (the caller returns NotImplemented). */
    static PyInt asInt(PyObj o) {
        return o instanceof PyInt ? (PyInt) o : null;
    }

    static {
        IntType.define(TYPE);
        IntExtras.define(TYPE);
    }
}
