package org.ember.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arbitrary-precision helpers behind the {@code math} functions that Java's libraries lack
 * ({@code erf}, {@code erfc}, {@code gamma}, {@code lgamma}): each is evaluated with far more
 * digits than a double holds and rounded once, so the result is correctly rounded.
 */
final class BigMath {
    private BigMath() {}

    /** Working precision (decimal digits) of gamma/lgamma/erf. */
    static final int DIGITS = 60;
    static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    /** The most precise pi computed so far (immutable, replaced whole). */
    private static volatile BigDecimal piCache = BigDecimal.ZERO;

    /** The Stirling-series coefficients B(2k) / (2k (2k-1)), k = 1..STIRLING_TERMS. */
    private static final int STIRLING_TERMS = 24;
    static final BigDecimal[] STIRLING = stirlingCoefficients();

    /** pi to at least mc's precision (Machin's formula). */
    static BigDecimal pi(MathContext mc) {
        BigDecimal cached = piCache;
        if (cached.precision() >= mc.getPrecision() + 5) {
            return cached.round(mc);
        }
        MathContext w = new MathContext(mc.getPrecision() + 15);
        BigDecimal p = atanInverse(5, w).multiply(BigDecimal.valueOf(16)).subtract(atanInverse(239, w).multiply(BigDecimal.valueOf(4)), w);
        if (p.precision() > piCache.precision()) {
            piCache = p;
        }
        return p.round(mc);
    }

    /** atan(1/n) for an integer n > 1. */
    private static BigDecimal atanInverse(int n, MathContext mc) {
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        BigDecimal nn = BigDecimal.valueOf((long) n * n);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal sum = power;
        for (int k = 1; ; k++) {
            power = power.divide(nn, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            if (term.compareTo(eps) < 0) {
                break;
            }
            sum = (k & 1) == 1 ? sum.subtract(term, mc) : sum.add(term, mc);
        }
        return sum;
    }

    /** e**x. */
    static BigDecimal exp(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (x.signum() < 0) {
            MathContext w = new MathContext(mc.getPrecision() + 5);
            return BigDecimal.ONE.divide(exp(x.negate(), w), mc);
        }
        // Halve the argument k times until it is below 1/2, sum the series, square k times.
        int k = x.compareTo(BigDecimal.ONE) < 0 ? 1 : x.toBigInteger().bitLength() + 1;
        k += 4;
        MathContext w = new MathContext(mc.getPrecision() + k / 3 + 10);
        BigDecimal y = x.divide(BigDecimal.valueOf(2).pow(k), w);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(y, w).divide(BigDecimal.valueOf(n), w);
            sum = sum.add(term, w);
            if (term.compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, w);
        }
        return sum.round(mc);
    }

    /** The natural logarithm of x > 0 (Newton's method on exp from a double first guess). */
    static BigDecimal ln(BigDecimal x, MathContext mc) {
        if (x.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        // x = m * 10**e with m in a double-friendly range
        int e = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(e);
        MathContext w = new MathContext(mc.getPrecision() + 10);
        BigDecimal ln10 = e == 0 ? BigDecimal.ZERO : ln10(w);
        BigDecimal y = new BigDecimal(Math.log(m.doubleValue()));
        for (int i = 0; i < 6; i++) {
            BigDecimal ey = exp(y, w);
            BigDecimal delta = m.subtract(ey, w).multiply(BigDecimal.valueOf(2), w).divide(m.add(ey, w), w);
            y = y.add(delta, w);
            if (delta.signum() == 0 || delta.abs().compareTo(BigDecimal.ONE.movePointLeft(w.getPrecision() - 2)) < 0) {
                break;
            }
        }
        return y.add(ln10.multiply(BigDecimal.valueOf(e), w), mc);
    }

    private static BigDecimal ln10(MathContext w) {
        BigDecimal y = new BigDecimal(Math.log(10));
        BigDecimal ten = BigDecimal.TEN;
        for (int i = 0; i < 6; i++) {
            BigDecimal ey = exp(y, w);
            y = y.add(ten.subtract(ey, w).multiply(BigDecimal.valueOf(2), w).divide(ten.add(ey, w), w), w);
        }
        return y;
    }

    /** sin(pi * r) for |r| <= 1/2 (Taylor series). */
    static BigDecimal sinPi(BigDecimal r, MathContext mc) {
        MathContext w = new MathContext(mc.getPrecision() + 10);
        BigDecimal x = pi(w).multiply(r, w);
        BigDecimal x2 = x.multiply(x, w);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = sum.abs().movePointLeft(w.getPrecision() + 2);
        for (int n = 1; ; n++) {
            term = term.multiply(x2, w).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), w).negate();
            sum = sum.add(term, w);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.round(mc);
    }

    private static BigDecimal[] stirlingCoefficients() {
        // Bernoulli numbers as fractions from sum_{j<=m} C(m+1, j) B_j = 0.
        int n = 2 * STIRLING_TERMS;
        BigInteger[] num = new BigInteger[n + 1];
        BigInteger[] den = new BigInteger[n + 1];
        num[0] = BigInteger.ONE;
        den[0] = BigInteger.ONE;
        for (int m = 1; m <= n; m++) {
            BigInteger sn = BigInteger.ZERO;
            BigInteger sd = BigInteger.ONE;
            BigInteger binom = BigInteger.ONE; // C(m+1, j)
            for (int j = 0; j < m; j++) {
                // sn/sd += binom * num[j]/den[j]
                BigInteger tn = binom.multiply(num[j]);
                BigInteger td = den[j];
                sn = sn.multiply(td).add(tn.multiply(sd));
                sd = sd.multiply(td);
                BigInteger g = sn.gcd(sd);
                if (g.signum() != 0) {
                    sn = sn.divide(g);
                    sd = sd.divide(g);
                }
                binom = binom.multiply(BigInteger.valueOf(m + 1 - j)).divide(BigInteger.valueOf(j + 1));
            }
            // B_m = -(sn/sd) / (m+1)
            num[m] = sn.negate();
            den[m] = sd.multiply(BigInteger.valueOf(m + 1));
            if (den[m].signum() < 0) {
                num[m] = num[m].negate();
                den[m] = den[m].negate();
            }
        }
        MathContext w = new MathContext(DIGITS + 20);
        BigDecimal[] c = new BigDecimal[STIRLING_TERMS];
        for (int k = 1; k <= STIRLING_TERMS; k++) {
            BigInteger d = den[2 * k].multiply(BigInteger.valueOf((2L * k) * (2L * k - 1)));
            c[k - 1] = new BigDecimal(num[2 * k]).divide(new BigDecimal(d), w);
        }
        return c;
    }

    /** ln(Gamma(z)) for z >= 40 (Stirling's series). */
    private static BigDecimal lnGammaLarge(BigDecimal z, MathContext w) {
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal lnz = ln(z, w);
        BigDecimal lnTwoPi = ln(pi(w).multiply(BigDecimal.valueOf(2), w), w);
        BigDecimal r = z.subtract(half, w).multiply(lnz, w).subtract(z, w).add(lnTwoPi.multiply(half, w), w);
        BigDecimal zinv = BigDecimal.ONE.divide(z, w);
        BigDecimal zinv2 = zinv.multiply(zinv, w);
        BigDecimal p = zinv;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(w.getPrecision() + 5);
        for (BigDecimal c : STIRLING) {
            BigDecimal t = c.multiply(p, w);
            r = r.add(t, w);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
            p = p.multiply(zinv2, w);
        }
        return r;
    }

    /**
     * ln|Gamma(x)| and the sign of Gamma(x) for a finite x that is not a non-positive integer,
     * as {value, sign}.
     */
    static Object[] lnGamma(double x) {
        MathContext w = MC;
        BigDecimal bx = new BigDecimal(x);
        if (x >= 40) {
            return new Object[] {lnGammaLarge(bx, w), 1};
        }
        if (x > -200) {
            // Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)) with x + n >= 40
            int n = (int) Math.ceil(40 - x);
            BigDecimal prod = BigDecimal.ONE;
            for (int i = 0; i < n; i++) {
                prod = prod.multiply(bx.add(BigDecimal.valueOf(i)), w);
            }
            int sign = prod.signum();
            BigDecimal r = lnGammaLarge(bx.add(BigDecimal.valueOf(n)), w).subtract(ln(prod.abs(), w), w);
            return new Object[] {r, sign};
        }
        // Reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x)
        double r = x - Math.rint(x); // exact, |r| <= 1/2
        BigDecimal s = sinPi(new BigDecimal(r), w);
        // sin(pi x) = sin(pi r) * (-1)**rint(x)
        boolean odd = Math.rint(x) % 2 != 0;
        int sinSign = s.signum() * (odd ? -1 : 1);
        BigDecimal lg = pi(w).divide(s.abs(), w);
        BigDecimal v = ln(lg, w).subtract(lnGammaLarge(BigDecimal.ONE.subtract(bx), w), w);
        return new Object[] {v, sinSign};
    }

    /** Gamma(x) as a double (infinite on overflow, signed zero on underflow). */
    static double gamma(double x) {
        Object[] lg = lnGamma(x);
        BigDecimal v = (BigDecimal) lg[0];
        int sign = (Integer) lg[1];
        if (v.compareTo(BigDecimal.valueOf(710)) > 0) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (v.compareTo(BigDecimal.valueOf(-760)) < 0) {
            return sign * 0.0;
        }
        double d = exp(v, MC).doubleValue();
        return sign < 0 ? -d : d;
    }

    /** erf(x) to the given precision, for |x| < 30. */
    private static BigDecimal erf(double x, MathContext mc) {
        // erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_n 2^n x^(2n+1) / (2n+1)!!  (all terms positive)
        MathContext w = new MathContext(mc.getPrecision() + 10);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx);
        BigDecimal twoX2 = x2.multiply(BigDecimal.valueOf(2));
        BigDecimal term = bx;
        BigDecimal sum = bx;
        for (int n = 0; ; n++) {
            term = term.multiply(twoX2, w).divide(BigDecimal.valueOf(2L * n + 3), w);
            sum = sum.add(term, w);
            if (n > x * x && term.abs().compareTo(sum.abs().movePointLeft(w.getPrecision() + 2)) < 0) {
                break;
            }
        }
        BigDecimal sqrtPi = pi(w).sqrt(w);
        return sum.multiply(BigDecimal.valueOf(2), w).multiply(exp(x2.negate(), w), w).divide(sqrtPi, mc);
    }

    /** Correctly rounded erf(x). */
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) >= 6) {
            return Math.copySign(1.0, x);
        }
        if (x == 0) {
            return x;
        }
        return erf(x, MC).doubleValue();
    }

    /** Correctly rounded erfc(x). */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= 28) {
            return 0.0;
        }
        if (x <= -6) {
            return 2.0;
        }
        if (x == 0) {
            return 1.0;
        }
        // 1 - erf(x) cancels about x^2 / ln(10) digits for large positive x
        int digits = DIGITS + (x > 0 ? (int) (x * x / 2.3) + 5 : 0);
        MathContext mc = new MathContext(digits);
        return BigDecimal.ONE.subtract(erf(x, mc), mc).doubleValue();
    }
}
