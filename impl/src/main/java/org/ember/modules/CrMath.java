package org.ember.modules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Correctly rounded elementary functions. Each is evaluated in double-double arithmetic (about
 * 100 significant bits, with {@link Math#fma}) and rounded once; when that value is too close to
 * a rounding boundary to decide (probability about 2**-37 for arbitrary arguments, but certain
 * for some exact cases of pow), the result is recomputed with {@link BigMath} or, for the
 * trigonometric family, left to {@link StrictMath} (less than one ulp off).
 *
 * <p>The forward functions (exp, expm1, sin, cos) use table-free range reduction and Taylor
 * series; the inverse functions (log, log1p, asin, acos, atan, atan2, cbrt) take StrictMath's
 * result as a first guess and refine it with one Newton step evaluated in double-double.
 */
final class CrMath {
    private CrMath() {}

    /** A double-double value hi + lo with |lo| <= ulp(hi)/2. */
    static final class DD {
        final double hi;
        final double lo;

        DD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }
    }

    // ---- double-double arithmetic ------------------------------------------------------------------

    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double e = (a - (s - bb)) + (b - bb);
        return new DD(s, e);
    }

    static DD fastTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        DD t = twoSum(a.lo, b.lo);
        double lo = s.lo + t.hi;
        DD u = fastTwoSum(s.hi, lo);
        return fastTwoSum(u.hi, u.lo + t.lo);
    }

    static DD add(DD a, double b) {
        DD s = twoSum(a.hi, b);
        return fastTwoSum(s.hi, s.lo + a.lo);
    }

    static DD mul(DD a, DD b) {
        double p = a.hi * b.hi;
        double e = Math.fma(a.hi, b.hi, -p);
        e += a.hi * b.lo + a.lo * b.hi;
        return fastTwoSum(p, e);
    }

    static DD mul(DD a, double b) {
        double p = a.hi * b;
        double e = Math.fma(a.hi, b, -p);
        e += a.lo * b;
        return fastTwoSum(p, e);
    }

    static DD mul(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        DD r = add(a, neg(mul(b, q1)));
        double q2 = r.hi / b.hi;
        r = add(r, neg(mul(b, q2)));
        double q3 = r.hi / b.hi;
        DD q = fastTwoSum(q1, q2);
        return add(q, q3);
    }

    static DD neg(DD a) {
        return new DD(-a.hi, -a.lo);
    }

    static DD sqrt(DD a) {
        double s = Math.sqrt(a.hi);
        DD s2 = mul(s, s);
        double corr = ((a.hi - s2.hi) - s2.lo + a.lo) / (2 * s);
        return fastTwoSum(s, corr);
    }

    static DD dd(BigDecimal v) {
        double hi = v.doubleValue();
        double lo = v.subtract(new BigDecimal(hi)).doubleValue();
        return new DD(hi, lo);
    }

    // ---- constants --------------------------------------------------------------------------------

    private static final MathContext MC = new MathContext(50);
    private static final BigDecimal LN2_BD = BigMath.ln(BigDecimal.valueOf(2), MC);
    static final DD LN2 = dd(LN2_BD);
    static final DD INV_LN2 = dd(BigDecimal.ONE.divide(LN2_BD, MC));
    static final DD INV_LN10 = dd(BigDecimal.ONE.divide(BigMath.ln(BigDecimal.TEN, MC), MC));
    /** ln(2)/64 in three pieces, the first two with trailing zero bits so k * piece is exact. */
    private static final double[] L64 = split(LN2_BD.divide(BigDecimal.valueOf(64), MC), 3, 32);
    /** pi/2 in four pieces with trailing zero bits. */
    private static final BigDecimal PIO2_BD = BigMath.pi(new MathContext(80)).divide(BigDecimal.valueOf(2));
    private static final double[] PIO2 = split(PIO2_BD, 5, 30);
    static final DD PIO2_DD = dd(PIO2_BD);
    private static final DD[] EXP_TABLE = new DD[64];
    private static final DD[] INV_FACT = new DD[30];

    static {
        for (int j = 0; j < 64; j++) {
            EXP_TABLE[j] = dd(BigMath.exp(LN2_BD.multiply(BigDecimal.valueOf(j)).divide(BigDecimal.valueOf(64), MC), MC));
        }
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < INV_FACT.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            INV_FACT[n] = dd(BigDecimal.ONE.divide(f, MC));
        }
    }

    /** v as a sum of {@code parts} doubles, each but the last holding only {@code bits} significant bits. */
    private static double[] split(BigDecimal v, int parts, int bits) {
        double[] r = new double[parts];
        BigDecimal rest = v;
        for (int i = 0; i < parts; i++) {
            double d = rest.doubleValue();
            if (i < parts - 1 && d != 0) {
                long b = Double.doubleToRawLongBits(d);
                b &= -1L << (52 - bits);
                d = Double.longBitsToDouble(b);
            }
            r[i] = d;
            rest = rest.subtract(new BigDecimal(d));
        }
        return r;
    }

    // ---- rounding ---------------------------------------------------------------------------------

    /** Relative error bound of the double-double evaluations. */
    private static final double ERR = 0x1p-90;

    /**
     * The double nearest to the exact value v, given v's approximation a with |a - v| <= ERR *
     * |a|, or NaN when a is too close to a rounding boundary to tell.
     */
    static double round(DD a) {
        return round(a, 0);
    }

    /** As {@link #round(DD)} with the error bound max(ERR * |a|, absErr). */
    static double round(DD a, double absErr) {
        DD n = fastTwoSum(a.hi, a.lo);
        double s = n.hi;
        double e = n.lo;
        if (s == 0 || Double.isInfinite(s) || Double.isNaN(s)) {
            return absErr > 0 && s == 0 ? Double.NaN : s;
        }
        if (Math.abs(s) < 0x1p-1000) {
            return Double.NaN; // near the subnormal range the error bound is not relative any more
        }
        if (s < 0) {
            s = -s;
            e = -e;
        }
        double ulp = Math.ulp(s);
        double below = s == Math.scalb(1.0, Math.getExponent(s)) ? ulp / 4 : ulp / 2;
        double err = Math.max(s * ERR, absErr);
        if (e - err > -below && e + err < ulp / 2) {
            return n.hi;
        }
        return Double.NaN;
    }

    // ---- exp ----------------------------------------------------------------------------------------

    /** e**(x + xl) as a double-double; |x| <= 746. Returns null when the result leaves the normal range. */
    static DD expDD(double x, double xl) {
        double kd = Math.rint(x * (64 / LN2.hi));
        int k = (int) kd;
        int j = k & 63;
        int m = (k - j) / 64;
        // r = x + xl - k * ln2/64, in double-double
        DD p = mul(kd, L64[0]);
        DD r = twoSum(x - p.hi, -p.lo); // x - p.hi is exact (Sterbenz)
        r = add(r, neg(mul(kd, L64[1])));
        r = add(r, -kd * L64[2]);
        r = add(r, xl);
        DD e = expSmall(r);
        DD v = mul(EXP_TABLE[j], e);
        if (m > 1020 || m < -1020) {
            return null;
        }
        return new DD(Math.scalb(v.hi, m), Math.scalb(v.lo, m));
    }

    /** e**r - 1 for |r| <= ~0.006 (Taylor series, relative accuracy). */
    private static DD expm1Small(DD r) {
        DD s = INV_FACT[13];
        for (int n = 12; n >= 1; n--) {
            s = add(mul(s, r), INV_FACT[n]);
        }
        return mul(s, r);
    }

    private static DD expSmall(DD r) {
        return add(expm1Small(r), 1.0);
    }

    static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        DD v = expDD(x, 0);
        double r = v == null ? Double.NaN : round(v);
        return Double.isNaN(r) ? bigExp(new BigDecimal(x)) : r;
    }

    private static double bigExp(BigDecimal x) {
        return BigMath.exp(x, new MathContext(60)).doubleValue();
    }

    static double exp2(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == Math.rint(x) && Math.abs(x) < 2000) {
            return Math.scalb(1.0, (int) x);
        }
        if (x >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1080) {
            return 0.0;
        }
        DD t = mul(LN2, x);
        DD v = expDD(t.hi, t.lo);
        double r = v == null ? Double.NaN : round(v);
        return Double.isNaN(r) ? bigExp(new BigDecimal(x).multiply(LN2_BD, new MathContext(70))) : r;
    }

    /** e**x - 1 as a double-double, relatively accurate; null outside the normal range. */
    static DD expm1DD(double x) {
        if (Math.abs(x) < 0.0054) {
            return expm1Small(new DD(x, 0));
        }
        DD e = expDD(x, 0);
        return e == null ? null : add(e, -1.0);
    }

    static double expm1(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -40) {
            return -1.0 + 0x1p-60; // rounds to -1.0 after adding the tiny e**x
        }
        if (Math.abs(x) < 0x1p-60) {
            return x; // x + x*x/2 rounds to x
        }
        DD v = expm1DD(x);
        double r = v == null ? Double.NaN : round(v);
        if (Double.isNaN(r)) {
            MathContext mc = new MathContext(60 + (int) Math.max(0, -Math.log10(Math.abs(x))));
            return BigMath.exp(new BigDecimal(x), mc).subtract(BigDecimal.ONE, mc).doubleValue();
        }
        return r;
    }

    // ---- logarithms ---------------------------------------------------------------------------------

    /** ln(1 + u) for a double-double u > -1, relatively accurate (Newton step from StrictMath). */
    static DD log1pDD(DD u) {
        double y0 = StrictMath.log1p(u.hi);
        if (y0 == 0) {
            return u;
        }
        DD e = expm1DD(y0);
        if (e == null) {
            return null;
        }
        // y = y0 + log1p(d), d = (u - e) / (1 + e)
        DD num = add(u, neg(e));
        double d = num.hi / (1 + e.hi);
        double corr = d - d * d / 2;
        return fastTwoSum(y0, corr);
    }

    /** ln(x) for a finite x > 0 as a double-double. */
    static DD logDD(double x) {
        if (x > 0.5 && x < 2) {
            return log1pDD(new DD(x - 1, 0));
        }
        int ex = Math.getExponent(x);
        double m = x;
        int k = 0;
        if (ex < -1000) {
            m = x * 0x1p100;
            k = -100;
        } else if (ex > 1000) {
            m = x * 0x1p-100;
            k = 100;
        }
        double y0 = StrictMath.log(m);
        DD e = expDD(y0, 0);
        if (e == null) {
            return null;
        }
        DD num = add(new DD(m, 0), neg(e));
        double d = num.hi / e.hi;
        DD y = fastTwoSum(y0, d - d * d / 2);
        if (k != 0) {
            y = add(y, mul(LN2, k));
        }
        return y;
    }

    static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        DD v = logDD(x);
        double r = v == null ? Double.NaN : round(v);
        return Double.isNaN(r) ? BigMath.ln(new BigDecimal(x), new MathContext(60)).doubleValue() : r;
    }

    static double log1p(double x) {
        if (Double.isNaN(x) || x == 0 || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= -1) {
            return x == -1 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Math.abs(x) < 0x1p-60) {
            return x;
        }
        DD v = log1pDD(new DD(x, 0));
        double r = v == null ? Double.NaN : round(v);
        if (Double.isNaN(r)) {
            MathContext mc = new MathContext(60);
            return BigMath.ln(BigDecimal.ONE.add(new BigDecimal(x)), mc).doubleValue();
        }
        return r;
    }

    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        DD v = logDD(x);
        double r = v == null ? Double.NaN : round(mul(v, INV_LN2));
        if (Double.isNaN(r)) {
            MathContext mc = new MathContext(60);
            return BigMath.ln(new BigDecimal(x), mc).divide(LN2_BD, mc).doubleValue();
        }
        return r;
    }

    static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        DD v = logDD(x);
        double r = v == null ? Double.NaN : round(mul(v, INV_LN10));
        if (Double.isNaN(r)) {
            MathContext mc = new MathContext(60);
            return BigMath.ln(new BigDecimal(x), mc).divide(BigMath.ln(BigDecimal.TEN, mc), mc).doubleValue();
        }
        return r;
    }

    // ---- pow ------------------------------------------------------------------------------------------

    /** x**y for finite x != 0 and finite y, when the result is a finite nonzero real. */
    static double pow(double x, double y) {
        boolean negResult = false;
        if (x < 0) {
            // y is an integer here (else the caller reports a domain error)
            negResult = Math.abs(y) < 0x1p53 && Math.abs(y) % 2 == 1;
            x = -x;
        }
        if (y == 1) {
            return negResult ? -x : x;
        }
        if (y == 2) {
            double r = x * x;
            return negResult ? -r : r;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        DD l = logDD(x);
        double r = Double.NaN;
        if (l != null) {
            DD t = mul(l, y);
            if (t.hi > 709.8) {
                r = Double.POSITIVE_INFINITY;
            } else if (t.hi < -745.2) {
                r = 0.0;
            } else {
                DD v = expDD(t.hi, t.lo);
                r = v == null ? Double.NaN : round(v);
            }
        }
        if (Double.isNaN(r)) {
            r = bigPow(x, y);
        }
        return negResult ? -r : r;
    }

    private static double bigPow(double x, double y) {
        BigDecimal bx = new BigDecimal(x);
        if (y == Math.rint(y) && Math.abs(y) <= 2000) {
            int n = (int) y;
            if (n >= 0) {
                return bx.pow(n).doubleValue();
            }
            return BigDecimal.ONE.divide(bx.pow(-n), new MathContext(80)).doubleValue();
        }
        MathContext mc = new MathContext(70);
        return BigMath.exp(BigMath.ln(bx, mc).multiply(new BigDecimal(y), mc), new MathContext(60)).doubleValue();
    }

    // ---- trigonometric ----------------------------------------------------------------------------------

    /** sin(r) and cos(r) for a double-double |r| <= ~pi/4, as {sin, cos}. */
    private static DD[] sinCosSmall(DD r) {
        DD r2 = mul(r, r);
        // sin r = r (1 - r^2/3! + r^4/5! - ...), cos r = 1 - r^2/2! + r^4/4! - ...
        DD s = INV_FACT[27];
        for (int n = 25; n >= 1; n -= 2) {
            s = add(neg(mul(s, r2)), INV_FACT[n]);
        }
        s = mul(s, r);
        DD c = INV_FACT[28];
        for (int n = 26; n >= 0; n -= 2) {
            c = add(neg(mul(c, r2)), INV_FACT[n]);
        }
        return new DD[] {s, c};
    }

    private static volatile BigDecimal pio2Wide;

    /** {sin x, cos x} as double-doubles for finite x. */
    static DD[] sinCosDD(double x) {
        if (!Double.isFinite(x)) {
            return null;
        }
        double kd = Math.rint(x / PIO2_DD.hi);
        DD r;
        if (!(Math.abs(x) < 0x1p24)) {
            // reduce exactly: r = x - k pi/2 with pi to 400 digits (x has at most 309 integer digits)
            BigDecimal p = pio2Wide;
            if (p == null) {
                p = BigMath.pi(new MathContext(420)).divide(BigDecimal.valueOf(2));
                pio2Wide = p;
            }
            BigDecimal bx = new BigDecimal(x);
            java.math.BigInteger k = bx.divide(p, new MathContext(330)).setScale(0, java.math.RoundingMode.HALF_EVEN)
                    .toBigIntegerExact();
            BigDecimal rb = bx.subtract(p.multiply(new BigDecimal(k)));
            r = dd(rb);
            kd = k.testBit(0) ? (k.testBit(1) ? 3 : 1) : (k.testBit(1) ? 2 : 0);
        } else if (kd == 0) {
            r = new DD(x, 0);
        } else {
            DD p = mul(kd, PIO2[0]);
            r = twoSum(x - p.hi, -p.lo);
            r = add(r, neg(mul(kd, PIO2[1])));
            r = add(r, neg(mul(kd, PIO2[2])));
            r = add(r, neg(mul(kd, PIO2[3])));
            r = add(r, -kd * PIO2[4]);
        }
        DD[] sc = sinCosSmall(r);
        int q = (int) ((long) kd & 3);
        switch (q) {
            case 0: return sc;
            case 1: return new DD[] {sc[1], neg(sc[0])};
            case 2: return new DD[] {neg(sc[0]), neg(sc[1])};
            default: return new DD[] {neg(sc[1]), sc[0]};
        }
    }

    static double sin(double x) {
        if (Math.abs(x) < 0x1p-26 || !Double.isFinite(x)) {
            return Double.isFinite(x) ? (x == 0 ? x : StrictMath.sin(x)) : Double.NaN;
        }
        DD[] sc = sinCosDD(x);
        double r = sc == null ? Double.NaN : round(sc[0]);
        return Double.isNaN(r) ? StrictMath.sin(x) : r;
    }

    static double cos(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return 1.0;
        }
        DD[] sc = sinCosDD(x);
        double r = sc == null ? Double.NaN : round(sc[1]);
        return Double.isNaN(r) ? StrictMath.cos(x) : r;
    }

    static double tan(double x) {
        if (Math.abs(x) < 0x1p-26 || !Double.isFinite(x)) {
            return Double.isFinite(x) ? (x == 0 ? x : StrictMath.tan(x)) : Double.NaN;
        }
        DD[] sc = sinCosDD(x);
        double r = sc == null ? Double.NaN : round(div(sc[0], sc[1]));
        return Double.isNaN(r) ? StrictMath.tan(x) : r;
    }

    static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x == 0 ? x : StrictMath.asin(x);
        }
        double y0 = StrictMath.asin(x);
        if (ax == 1) {
            return y0;
        }
        // Newton on sin(y) - x = 0
        DD[] sc = sinCosDD(y0);
        DD f = add(sc[0], -x);
        double d = -f.hi / sc[1].hi;
        double r = round(fastTwoSum(y0, d + d * d * (sc[0].hi / sc[1].hi) / 2));
        return Double.isNaN(r) ? y0 : r;
    }

    static double acos(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1) {
            return Double.NaN;
        }
        double y0 = StrictMath.acos(x);
        if (ax == 1 || x == 0) {
            return y0;
        }
        // Newton on cos(y) - x = 0
        DD[] sc = sinCosDD(y0);
        DD f = add(sc[1], -x);
        double d = f.hi / sc[0].hi;
        d -= d * d * (sc[1].hi / sc[0].hi) / 2;
        double r = round(fastTwoSum(y0, d));
        return Double.isNaN(r) ? y0 : r;
    }

    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x == 0 ? x : StrictMath.atan(x);
        }
        if (ax > 0x1p60) {
            return StrictMath.atan(x);
        }
        double y0 = StrictMath.atan(x);
        // Newton on sin(y) - x cos(y) = 0; f'(y) = cos(y) + x sin(y)
        DD[] sc = sinCosDD(y0);
        DD f = add(sc[0], neg(mul(sc[1], x)));
        double fp = sc[1].hi + x * sc[0].hi;
        double d = -f.hi / fp;
        double r = round(fastTwoSum(y0, d));
        return Double.isNaN(r) ? y0 : r;
    }

    static double atan2(double y, double x) {
        double t0 = StrictMath.atan2(y, x);
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return t0;
        }
        // scale both by the same power of two so the larger is near 1 (exact unless the smaller underflows)
        int e = Math.max(Math.getExponent(x), Math.getExponent(y));
        double xs = Math.scalb(x, -e);
        double ys = Math.scalb(y, -e);
        if (Math.abs(xs) < 0x1p-900) {
            // |y| >> |x|: +-pi/2 - x/y
            DD h = y > 0 ? PIO2_DD : neg(PIO2_DD);
            double r = round(add(h, -(x / y)));
            return Double.isNaN(r) ? t0 : r;
        }
        if (Math.abs(ys) < 0x1p-900) {
            if (x > 0) {
                return y / x; // atan(t) = t to far below half an ulp
            }
            DD pi = new DD(2 * PIO2_DD.hi, 2 * PIO2_DD.lo);
            double r = round(y > 0 ? add(pi, y / x) : add(neg(pi), y / x));
            return Double.isNaN(r) ? t0 : r;
        }
        // Newton on x sin(t) - y cos(t) = 0; f'(t) = x cos(t) + y sin(t)
        DD[] sc = sinCosDD(t0);
        DD f = add(mul(sc[0], xs), neg(mul(sc[1], ys)));
        double fp = xs * sc[1].hi + ys * sc[0].hi;
        double d = -f.hi / fp;
        double r = round(fastTwoSum(t0, d));
        return Double.isNaN(r) ? t0 : r;
    }

    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        int k = 0;
        if (ax < 0x1p-900 || ax > 0x1p900) {
            int e = Math.getExponent(ax);
            k = e / 3;
            ax = Math.scalb(ax, -3 * k);
        }
        double y0 = StrictMath.cbrt(ax);
        // Newton: y = y0 - (y0^3 - a) / (3 y0^2)
        DD y3 = mul(mul(y0, y0), y0);
        DD f = add(y3, -ax);
        double d = -f.hi / (3 * y0 * y0);
        double r = round(fastTwoSum(y0, d));
        if (Double.isNaN(r)) {
            r = y0;
        }
        r = Math.scalb(r, k);
        return x < 0 ? -r : r;
    }

    // ---- gamma, lgamma, erf -----------------------------------------------------------------------

    private static final DD[] STIRLING_DD = new DD[14];
    private static final DD HALF_LN_2PI = dd(BigMath.ln(BigMath.pi(MC).multiply(BigDecimal.valueOf(2)), MC)
            .divide(BigDecimal.valueOf(2), MC));
    private static final DD TWO_OVER_SQRT_PI = dd(BigDecimal.valueOf(2).divide(BigMath.pi(MC).sqrt(MC), MC));

    static {
        for (int k = 0; k < STIRLING_DD.length; k++) {
            STIRLING_DD[k] = dd(BigMath.STIRLING[k]);
        }
    }

    private static DD logOf(DD v) {
        DD l = logDD(v.hi);
        return l == null ? null : add(l, v.lo / v.hi);
    }

    /** ln(Gamma(z)) for a double-double z >= 40 (Stirling's series). */
    private static DD lnGammaLarge(DD z) {
        DD lz = logOf(z);
        if (lz == null) {
            return null;
        }
        DD r = add(add(mul(add(z, -0.5), lz), neg(z)), HALF_LN_2PI);
        DD zi = div(new DD(1, 0), z);
        DD zi2 = mul(zi, zi);
        DD p = zi;
        for (DD c : STIRLING_DD) {
            DD t = mul(c, p);
            r = add(r, t);
            if (Math.abs(t.hi) < Math.abs(r.hi) * 0x1p-110) {
                break;
            }
            p = mul(p, zi2);
        }
        return r;
    }

    /** {ln|Gamma(x)| of x + n, the product x (x+1) ... (x+n-1)} for -100 < x, or null. */
    private static DD[] shifted(double x) {
        if (x >= 40) {
            return new DD[] {lnGammaLarge(new DD(x, 0)), new DD(1, 0)};
        }
        if (!(x > -100)) {
            return null;
        }
        int n = (int) Math.ceil(40 - x);
        DD prod = new DD(1, 0);
        for (int i = 0; i < n; i++) {
            prod = mul(prod, twoSum(x, i));
        }
        DD z = twoSum(x, n);
        return new DD[] {lnGammaLarge(z), prod};
    }

    /** Gamma(x) for a finite non-integer (or large integer) x in the double-double fast path, else BigMath. */
    static double gamma(double x) {
        DD[] s = shifted(x);
        if (s != null && s[0] != null && s[0].hi < 700) {
            DD e = expDD(s[0].hi, s[0].lo);
            if (e != null) {
                double r = round(div(e, s[1]));
                if (!Double.isNaN(r)) {
                    return r;
                }
            }
        }
        return BigMath.gamma(x);
    }

    /** ln|Gamma(x)| for a finite x that is not a non-positive integer. */
    static double lgamma(double x) {
        DD[] s = shifted(x);
        if (s != null && s[0] != null) {
            DD lp = logOf(s[1].hi < 0 ? neg(s[1]) : s[1]);
            if (lp != null) {
                DD v = add(s[0], neg(lp));
                double absErr = (Math.abs(s[0].hi) + Math.abs(lp.hi)) * 0x1p-98;
                double r = round(v, absErr);
                if (!Double.isNaN(r)) {
                    return r;
                }
            }
        }
        return ((BigDecimal) BigMath.lnGamma(x)[0]).doubleValue();
    }

    /** erf(x) for 0 < |x| < 6 in double-double: 2/sqrt(pi) e**(-x^2) sum 2^n x^(2n+1) / (2n+1)!!. */
    static DD erfDD(double x) {
        DD x2 = mul(x, x);
        DD t = new DD(x, 0);
        DD sum = t;
        DD twoX2 = new DD(2 * x2.hi, 2 * x2.lo);
        for (int n = 0; n < 400; n++) {
            t = div(mul(t, twoX2), new DD(2 * n + 3, 0));
            sum = add(sum, t);
            if (n > x2.hi && Math.abs(t.hi) < Math.abs(sum.hi) * 0x1p-110) {
                break;
            }
        }
        DD e = expDD(-x2.hi, -x2.lo);
        if (e == null) {
            return null;
        }
        return mul(mul(sum, e), TWO_OVER_SQRT_PI);
    }

    static double erf(double x) {
        double ax = Math.abs(x);
        if (ax > 0x1p-60 && ax < 6) {
            DD v = erfDD(x);
            double r = v == null ? Double.NaN : round(v);
            if (!Double.isNaN(r)) {
                return r;
            }
        }
        return BigMath.erf(x);
    }

    static double erfc(double x) {
        if (x > -6 && x < 2 && x != 0 && Math.abs(x) > 0x1p-60) {
            DD v = erfDD(x);
            if (v != null) {
                DD c = add(neg(v), 1.0);
                double r = round(c, 0x1p-100);
                if (!Double.isNaN(r)) {
                    return r;
                }
            }
        }
        return BigMath.erfc(x);
    }
}
