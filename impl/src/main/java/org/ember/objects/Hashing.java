package org.ember.objects;

import java.math.BigInteger;

/**
 * CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1, so that equal numbers of
 * different types ({@code 1}, {@code 1.0}, {@code True}, {@code Fraction(1)}) hash equally, and
 * {@code -1} never appears (it becomes {@code -2}).
 */
public final class Hashing {
    private Hashing() {}

    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hashLong(long v) {
        if (v > -MODULUS && v < MODULUS) {
            // Already reduced (the common case): no division.
            return v == -1 ? -2 : v;
        }
        long r;
        if (v == Long.MIN_VALUE) {
            r = -hashBigAbs(BigInteger.valueOf(v).negate());
        } else if (v >= 0) {
            r = v % MODULUS;
        } else {
            r = -((-v) % MODULUS);
        }
        return r == -1 ? -2 : r;
    }

    private static long hashBigAbs(BigInteger abs) {
        return abs.mod(BIG_MODULUS).longValue();
    }

    public static long hashBig(BigInteger v) {
        long r = hashBigAbs(v.abs());
        if (v.signum() < 0) {
            r = -r;
        }
        return r == -1 ? -2 : r;
    }

    public static long hashInt(PyInt i) {
        return i.fitsLong() ? hashLong(i.longValue()) : hashBig(i.bigValue());
    }

    /** {@code hash(float)}; {@code nan} hashes by identity in CPython 3.10+, so the caller passes an identity value. */
    public static long hashDouble(double d, Object identity) {
        if (Double.isNaN(d)) {
            return System.identityHashCode(identity);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // Exact reduction of m * 2**e modulo 2**61 - 1, as CPython computes it.
        long bits = Double.doubleToLongBits(d);
        int sign = bits < 0 ? -1 : 1;
        int exp = (int) ((bits >> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        BigInteger m = BigInteger.valueOf(mant);
        long x;
        if (exp >= 0) {
            x = m.multiply(BigInteger.TWO.modPow(BigInteger.valueOf(exp), BIG_MODULUS)).mod(BIG_MODULUS).longValue();
        } else {
            BigInteger inv = BigInteger.TWO.modPow(BigInteger.valueOf(-exp), BIG_MODULUS).modInverse(BIG_MODULUS);
            x = m.multiply(inv).mod(BIG_MODULUS).longValue();
        }
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** Java's {@code hashCode} of a Python hash value, for Java collections. */
    public static int toJava(long h) {
        return (int) (h ^ (h >>> 32));
    }
}
