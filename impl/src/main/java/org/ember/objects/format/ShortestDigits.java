package org.ember.objects.format;

import java.math.BigInteger;

/**
 * The shortest decimal digits that read back as a given double, nearest to it among equally
 * short ones (what CPython's {@code repr} prints), by exact integer arithmetic.
 *
 * <p>Write the double as {@code x = c * 2**q}. For a candidate length L pick the decimal
 * exponent {@code k} so that {@code x / 10**k} has L digits before the point, and express that
 * quotient as a fraction {@code N / M} of integers. The nearest L-digit decimal is
 * {@code D = round(N / M)} (half-even), and it reads back as x exactly when
 * {@code |D*M - N|} is within half a unit in the last place, which scaled the same way is
 * {@code U / 2} with {@code U = N / c}. Everything is exact, so no error analysis is needed;
 * for ordinary magnitudes M is a power of two and the division is a shift.
 */
final class ShortestDigits {

    private static final long MANTISSA_MASK = (1L << 52) - 1;
    private static final int MAX_POW10 = 400;
    private static final BigInteger[] POW10 = new BigInteger[MAX_POW10];
    private static final long[] LONG_POW10 = new long[19];

    static {
        POW10[0] = BigInteger.ONE;
        for (int i = 1; i < MAX_POW10; i++) {
            POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
        }
        LONG_POW10[0] = 1;
        for (int i = 1; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = LONG_POW10[i - 1] * 10;
        }
    }

    private final long c;
    private final int q;
    private final boolean asymmetric;
    private final boolean evenSignificand;
    private final BigInteger bigC;
    private int e10;

    private ShortestDigits(double ax, int e10Guess) {
        long bits = Double.doubleToRawLongBits(ax);
        int biased = (int) (bits >>> 52);
        long m = bits & MANTISSA_MASK;
        if (biased == 0) {
            c = m;
            q = -1074;
        } else {
            c = m | (1L << 52);
            q = biased - 1075;
        }
        // Above the smallest normal, a power of two has a gap below half the gap above.
        asymmetric = m == 0 && biased > 1;
        evenSignificand = (c & 1) == 0;
        bigC = BigInteger.valueOf(c);
        e10 = e10Guess;
    }

    /**
     * The shortest digits of a positive finite double.
     *
     * @param ax the value, {@code > 0}
     * @param e10Guess an estimate of floor(log10(ax)), off by at most one
     * @param startLength a length at which some decimal reads back (e.g. from Double.toString)
     */
    static DecimalDigits of(double ax, int e10Guess, int startLength) {
        ShortestDigits s = new ShortestDigits(ax, e10Guess);
        int start = Math.max(1, Math.min(17, startLength));
        DecimalDigits best = s.tryLength(start);
        if (best == null) {
            // Cannot happen when startLength came from a read-back string, but stay total.
            for (int p = start + 1; p <= 17 && best == null; p++) {
                best = s.tryLength(p);
            }
            return best;
        }
        // Reading back is monotone in the length: go down until it fails.
        for (int p = start - 1; p >= 1; p--) {
            DecimalDigits d = s.tryLength(p);
            if (d == null) {
                break;
            }
            best = d;
        }
        return best;
    }

    /** The nearest decimal of {@code len} significant digits if it reads back, else null. */
    private DecimalDigits tryLength(int len) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int k = e10 - len + 1;
            // x / 10**k = N / M; U = N / c is one unit in the last place of x, scaled.
            BigInteger u = BigInteger.ONE;
            if (q > 0) {
                u = u.shiftLeft(q);
            }
            if (k < 0) {
                u = u.multiply(pow10(-k));
            }
            BigInteger n = u.multiply(bigC);
            BigInteger floor;
            BigInteger rem;
            BigInteger mDen;
            if (k <= 0) {
                int shift = Math.max(-q, 0);
                floor = n.shiftRight(shift);
                rem = n.subtract(floor.shiftLeft(shift));
                mDen = BigInteger.ONE.shiftLeft(shift);
            } else {
                mDen = pow10(k);
                if (q < 0) {
                    mDen = mDen.shiftLeft(-q);
                }
                BigInteger[] qr = n.divideAndRemainder(mDen);
                floor = qr[0];
                rem = qr[1];
            }
            // The exponent guess must give exactly len digits before the point.
            if (floor.bitLength() > 63 || floor.longValue() >= LONG_POW10[len]) {
                e10++;
                continue;
            }
            if (floor.longValue() < LONG_POW10[len - 1]) {
                e10--;
                continue;
            }
            long d = floor.longValue();
            int cmpHalf = rem.shiftLeft(1).compareTo(mDen);
            long nearest = (cmpHalf > 0 || (cmpHalf == 0 && (d & 1) == 1)) ? d + 1 : d;
            if (readsBack(nearest, n, mDen, u)) {
                return digits(nearest, k);
            }
            if (asymmetric) {
                // The nearest missed on one side; the neighbour on the other side may hit.
                long other = nearest == d ? d + 1 : d;
                if (readsBack(other, n, mDen, u)) {
                    return digits(other, k);
                }
            }
            return null;
        }
        throw new IllegalStateException("decimal exponent search did not settle");
    }

    /** Whether {@code cand * 10**k} lies in the interval of decimals that read back as x. */
    private boolean readsBack(long cand, BigInteger n, BigInteger mDen, BigInteger u) {
        BigInteger err = BigInteger.valueOf(cand).multiply(mDen).subtract(n);
        int sign = err.signum();
        if (sign == 0) {
            return true;
        }
        // Above x the half-gap is U/2; below it is U/2 too, or U/4 for a power of two.
        BigInteger scaled = err.abs().shiftLeft(sign < 0 && asymmetric ? 2 : 1);
        int cmp = scaled.compareTo(u);
        // On the boundary itself, reading back rounds ties to the even significand.
        return cmp < 0 || (cmp == 0 && evenSignificand);
    }

    private static DecimalDigits digits(long value, int k) {
        String s = Long.toString(value);
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(s.substring(0, end), k + s.length());
    }

    private static BigInteger pow10(int n) {
        return n < MAX_POW10 ? POW10[n] : BigInteger.TEN.pow(n);
    }
}
