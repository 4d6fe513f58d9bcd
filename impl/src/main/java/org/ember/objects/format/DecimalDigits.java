package org.ember.objects.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digit strings of a non-negative finite double, correctly rounded from its exact
 * binary value. The value is {@code 0.DIGITS × 10^decpt} (so {@code decpt} is the position
 * of the decimal point after the first digit run, as in dtoa); zero is {@code ("0", 1)}.
 *
 * @param digits the significant digits, no leading zeros
 * @param decpt position of the decimal point relative to the start of {@code digits}
 */
record DecimalDigits(String digits, int decpt) {

    private static final long MANTISSA_MASK = (1L << 52) - 1;
    private static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /**
     * The digits of {@code ax} rounded half-even to {@code n} significant digits; padded with
     * zeros to exactly {@code n} digits when {@code pad}, else without trailing zeros.
     */
    static DecimalDigits significant(double ax, int n, boolean pad) {
        if (ax == 0) {
            return new DecimalDigits(pad ? "0".repeat(n) : "0", 1);
        }
        BigDecimal r = new BigDecimal(ax).round(new MathContext(n, RoundingMode.HALF_EVEN));
        DecimalDigits d = of(r);
        if (!pad) {
            return d;
        }
        String s = d.digits;
        if (s.length() > n) {
            // A carry (9.99 -> 10.0) can leave an extra trailing zero.
            s = s.substring(0, n);
        } else if (s.length() < n) {
            s = s + "0".repeat(n - s.length());
        }
        return new DecimalDigits(s, d.decpt);
    }

    /**
     * The shortest digit string that reads back as {@code ax}; among equally short ones, the
     * one nearest to the exact value (what CPython's repr gives).
     */
    static DecimalDigits shortest(double ax) {
        if (ax == 0) {
            return ZERO;
        }
        String js = Double.toString(ax);
        DecimalDigits java = fromJavaString(js);
        // Fast path, exact by a counting argument: for a normal double the read-back interval
        // is at most ulp(x) <= x * 2**-52 wide, while decimals of at most 15 significant
        // digits near x are more than x * 1e-15 apart. So at most one such decimal reads back
        // as x. Java's (always read-back) string, when it has <= 15 digits, is therefore the
        // unique shortest one, and also the nearest. (Subnormals have wider intervals.)
        if (ax >= Double.MIN_NORMAL && java.digits.length() <= 15) {
            return java;
        }
        // Java 17's string may be one digit too long, so search from its length downwards.
        return ShortestDigits.of(ax, java.decpt - 1, java.digits.length());
    }

    /**
     * Reference implementation of {@link #shortest(double)} by BigDecimal rounding at each
     * length, kept for cross-checking in tests (slower).
     */
    static DecimalDigits shortestReference(double ax) {
        if (ax == 0) {
            return ZERO;
        }
        String js = Double.toString(ax);
        BigDecimal exact = new BigDecimal(ax);
        long bits = Double.doubleToRawLongBits(ax);
        boolean asymmetric = (bits & MANTISSA_MASK) == 0 && (bits >>> 52) > 1;
        int start = Math.min(17, significantLength(js));
        DecimalDigits best = tryLength(exact, ax, start, asymmetric);
        if (best == null) {
            for (int p = start + 1; p <= 17 && best == null; p++) {
                best = tryLength(exact, ax, p, asymmetric);
            }
            return best;
        }
        for (int p = start - 1; p >= 1; p--) {
            DecimalDigits d = tryLength(exact, ax, p, asymmetric);
            if (d == null) {
                break;
            }
            best = d;
        }
        return best;
    }

    private static DecimalDigits tryLength(BigDecimal exact, double ax, int p,
            boolean asymmetric) {
        BigDecimal r = exact.round(HALF_EVEN[p]);
        if (toDouble(r) == ax) {
            return of(r);
        }
        if (asymmetric) {
            RoundingMode other = r.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
            BigDecimal r2 = exact.round(new MathContext(p, other));
            if (toDouble(r2) == ax) {
                return of(r2);
            }
        }
        return null;
    }

    private static final MathContext[] HALF_EVEN = new MathContext[18];
    private static final double[] POW10 = new double[23];

    static {
        for (int i = 1; i < HALF_EVEN.length; i++) {
            HALF_EVEN[i] = new MathContext(i, RoundingMode.HALF_EVEN);
        }
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10**i = 2**i * 5**i and 5**22 < 2**53
            p *= 10;
        }
    }

    /**
     * The double nearest to r. When the unscaled value has at most 53 bits and the scale is
     * at most 22 in magnitude, both operands below are exact doubles, so one IEEE operation
     * rounds correctly (Clinger's fast path); otherwise BigDecimal does it (slowly).
     */
    private static double toDouble(BigDecimal r) {
        BigInteger u = r.unscaledValue();
        int scale = r.scale();
        if (u.bitLength() <= 53 && scale >= -22 && scale <= 22) {
            double d = u.longValue();
            return scale >= 0 ? d / POW10[scale] : d * POW10[-scale];
        }
        return r.doubleValue();
    }

    /** Counts the significant digits in a Java double string like "1.2345E-5". */
    private static int significantLength(String javaString) {
        int e = javaString.indexOf('E');
        String m = e >= 0 ? javaString.substring(0, e) : javaString;
        m = m.replace(".", "");
        int a = 0;
        while (a < m.length() - 1 && m.charAt(a) == '0') {
            a++;
        }
        int b = m.length();
        while (b > a + 1 && m.charAt(b - 1) == '0') {
            b--;
        }
        return Math.max(1, b - a);
    }

    /** Parses a positive Java double string ("123.45", "1.0E-5") into digits and decpt. */
    private static DecimalDigits fromJavaString(String js) {
        int e = js.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(js.substring(e + 1));
        String mant = e < 0 ? js : js.substring(0, e);
        int dot = mant.indexOf('.');
        String all = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp10;
        int a = 0;
        while (a < all.length() - 1 && all.charAt(a) == '0') {
            a++;
        }
        decpt -= a;
        int b = all.length();
        while (b > a + 1 && all.charAt(b - 1) == '0') {
            b--;
        }
        return new DecimalDigits(all.substring(a, b), decpt);
    }

    /** Digits of a positive BigDecimal without trailing zeros. */
    private static DecimalDigits of(BigDecimal r) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(u.substring(0, end), decpt);
    }
}
