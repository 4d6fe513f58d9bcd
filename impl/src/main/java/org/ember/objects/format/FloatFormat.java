package org.ember.objects.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python's text forms of {@code float}: {@code repr}/{@code str}, {@code format(x, spec)},
 * {@code float.hex()} and {@code round(x, n)}, all bit-for-bit as CPython 3.11.
 *
 * <p>Rounding is always half-even on the exact binary value (via {@link BigDecimal}), which is
 * what CPython's dtoa does.
 */
public final class FloatFormat {

    private FloatFormat() {
    }

    /**
     * Python's {@code repr(x)} (and {@code str(x)}): the shortest digits that read back as
     * {@code x}, positional when the decimal exponent is in [-4, 16), else scientific.
     *
     * @param x the value
     * @return e.g. {@code "0.1"}, {@code "1e+16"}, {@code "-0.0"}, {@code "inf"}, {@code "nan"}
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        String body = Double.isInfinite(x) ? "inf" : body(Math.abs(x), 'r', 0, false, true);
        return isNegative(x) ? "-" + body : body;
    }

    /**
     * Python's {@code str(x)}, which in Python 3 is the same as {@link #repr(double)}.
     *
     * @param x the value
     * @return the text
     */
    public static String str(double x) {
        return repr(x);
    }

    /**
     * Python's {@code format(x, spec)} for a float.
     *
     * <p>As in CPython, an empty spec on a float subclass means {@code str(obj)}, which is the
     * caller's business. Type {@code 'n'} behaves as in the C locale (like {@code 'g'}, no
     * grouping), which is CPython's default.
     *
     * @param x the value
     * @param spec the parsed specification
     * @return the formatted text
     */
    public static String format(double x, FormatSpec spec) {
        return format(x, spec, "float");
    }

    /**
     * Python's {@code format(x, spec)} for a float (or a subclass, for error messages).
     *
     * @param x the value
     * @param spec the parsed specification
     * @param typeName Python type name used in "Unknown format code" messages
     * @return the formatted text
     */
    public static String format(double x, FormatSpec spec, String typeName) {
        int type = spec.typeOr(0);
        int groupSize = spec.checkGrouping(type);
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            case 0:
                break;
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        return formatChecked(x, spec, type, groupSize);
    }

    /**
     * Parses {@code spec} and formats, as {@code format(x, spec)}.
     *
     * @param x the value
     * @param spec the format specification text
     * @return the formatted text
     */
    public static String format(double x, String spec) {
        return format(x, FormatSpec.parse(spec, "float"), "float");
    }

    /** Formats after the type and grouping have been validated (also used for ints). */
    static String formatChecked(double x, FormatSpec spec, int type, int groupSize) {
        int precision = precision(spec);
        boolean negative = isNegative(x);
        String body;
        String suffix = "";
        if (type == '%') {
            x = x * 100;
            suffix = "%";
        }
        if (Double.isNaN(x)) {
            body = "nan";
            groupSize = 0;
        } else if (Double.isInfinite(x)) {
            body = "inf";
            groupSize = 0;
        } else {
            body = bodyFor(Math.abs(x), type, precision, spec.alternate(), true);
        }
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (negative && spec.noNegZero() && isZeroText(body)) {
            negative = false;
        }
        String sign = signText(negative, spec.sign());
        int split = Layout.leadingDigits(body);
        return Layout.number(sign, body.substring(0, split), body.substring(split) + suffix, spec,
                groupSize);
    }

    static int precision(FormatSpec spec) {
        if (spec.precision() > Integer.MAX_VALUE) {
            throw FormatException.valueError("precision too big");
        }
        return (int) spec.precision();
    }

    /** The magnitude text for a presentation type; {@code addDot0} for the no-type case. */
    static String bodyFor(double ax, int type, int precision, boolean alt, boolean addDot0) {
        switch (type) {
            case 'e': case 'E':
                return body(ax, 'e', precision < 0 ? 6 : precision, alt, false);
            case 'f': case 'F': case '%':
                return body(ax, 'f', precision < 0 ? 6 : precision, alt, false);
            case 'g': case 'G': case 'n':
                return body(ax, 'g', precision < 0 ? 6 : precision, alt, false);
            default:
                // No type: repr style without a precision, else 'g' with a digit after the
                // point for floats (addDot0); complex passes addDot0 = false.
                if (precision < 0) {
                    return body(ax, 'r', 0, alt, addDot0);
                }
                return body(ax, 'g', precision, alt, addDot0);
        }
    }

    static boolean isNegative(double x) {
        return !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
    }

    static String signText(boolean negative, char signOption) {
        if (negative) {
            return "-";
        }
        if (signOption == '+') {
            return "+";
        }
        if (signOption == ' ') {
            return " ";
        }
        return "";
    }

    /** True if the mantissa part of a formatted magnitude is all zeros. */
    static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'n' || c == 'N' || c == 'i' || c == 'I') {
                return false;
            }
        }
        return true;
    }

    /**
     * The magnitude of a finite non-negative double in one of the modes 'e' (precision digits
     * after the point), 'f' (precision digits after the point), 'g' (precision significant
     * digits) or 'r' (shortest round-trip digits).
     */
    static String body(double ax, char mode, int prec, boolean alt, boolean addDot0) {
        switch (mode) {
            case 'f': {
                String s = new BigDecimal(ax).setScale(prec, RoundingMode.HALF_EVEN)
                        .toPlainString();
                return (prec == 0 && alt) ? s + "." : s;
            }
            case 'e': {
                if (prec == Integer.MAX_VALUE) {
                    // CPython computes precision + 1 in a C int, which wraps; dtoa then gives a
                    // single digit and no padding, i.e. the same as precision 0.
                    prec = 0;
                }
                DecimalDigits d = DecimalDigits.significant(ax, prec + 1, true);
                String ds = d.digits();
                int exp = ax == 0 ? 0 : d.decpt() - 1;
                StringBuilder sb = new StringBuilder(ds.length() + 6);
                sb.append(ds.charAt(0));
                if (prec > 0) {
                    sb.append('.').append(ds, 1, ds.length());
                } else if (alt) {
                    sb.append('.');
                }
                appendExponent(sb, exp);
                return sb.toString();
            }
            case 'g': {
                int p = Math.max(prec, 1);
                DecimalDigits d = DecimalDigits.significant(ax, p, false);
                String ds = d.digits();
                return general(ds, d.decpt(), addDot0 ? p - 1 : p, alt ? p : 0, alt, addDot0);
            }
            default: {
                DecimalDigits d = DecimalDigits.shortest(ax);
                return general(d.digits(), d.decpt(), 16, 0, alt, addDot0);
            }
        }
    }

    /** 'g'-style layout: scientific when exp < -4 or exp >= threshold, else positional. */
    private static String general(String ds, int decpt, int threshold, int padTo, boolean alt,
            boolean addDot0) {
        if (ds.length() < padTo) {
            ds = ds + "0".repeat(padTo - ds.length());
        }
        int exp = decpt - 1;
        StringBuilder sb = new StringBuilder(ds.length() + 8);
        if (exp < -4 || exp >= threshold) {
            sb.append(ds.charAt(0));
            if (ds.length() > 1) {
                sb.append('.').append(ds, 1, ds.length());
            } else if (alt) {
                sb.append('.');
            }
            appendExponent(sb, exp);
            return sb.toString();
        }
        String frac;
        if (decpt <= 0) {
            sb.append('0');
            frac = "0".repeat(-decpt) + ds;
        } else if (decpt >= ds.length()) {
            sb.append(ds);
            for (int i = ds.length(); i < decpt; i++) {
                sb.append('0');
            }
            frac = "";
        } else {
            sb.append(ds, 0, decpt);
            frac = ds.substring(decpt);
        }
        if (!frac.isEmpty()) {
            sb.append('.').append(frac);
        } else if (addDot0) {
            sb.append(".0");
        } else if (alt) {
            sb.append('.');
        }
        return sb.toString();
    }

    private static void appendExponent(StringBuilder sb, int exp) {
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /**
     * Python's {@code float.hex()}, e.g. {@code "0x1.8000000000000p+0"}.
     *
     * @param x the value
     * @return the hexadecimal form
     */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = isNegative(x) ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int lead = biased == 0 ? 0 : 1;
        int exp = biased == 0 ? -1022 : biased - 1023;
        String m = Long.toHexString(mantissa);
        return sign + "0x" + lead + "." + "0".repeat(13 - m.length()) + m + "p"
                + (exp < 0 ? "" : "+") + exp;
    }

    /** Largest ndigits that can change a double (CPython's NDIGITS_MAX). */
    private static final int NDIGITS_MAX = 323;
    /** Smallest ndigits that can leave a nonzero result (CPython's NDIGITS_MIN). */
    private static final int NDIGITS_MIN = -308;

    /**
     * Python's {@code round(x, ndigits)} for a float: correctly rounded, ties to even on the
     * exact binary value.
     *
     * @param x the value
     * @param ndigits digits after the point (may be negative)
     * @return the rounded value
     * @throws FormatException OverflowError "rounded value too large to represent"
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double y = Double.parseDouble(r.toString());
        if (Double.isInfinite(y)) {
            throw FormatException.overflowError("rounded value too large to represent");
        }
        return y == 0 ? Math.copySign(0.0, x) : y;
    }

    /**
     * Python's {@code round(x)} with no ndigits: the nearest integer, ties to even.
     *
     * @param x the value
     * @return the rounded integer
     * @throws FormatException OverflowError for infinities, ValueError for NaN
     */
    public static BigInteger roundToInteger(double x) {
        return toInteger(Math.rint(x));
    }

    /**
     * Python's {@code int(x)} for a float: truncation toward zero.
     *
     * @param x the value
     * @return the integer part
     * @throws FormatException OverflowError for infinities, ValueError for NaN
     */
    public static BigInteger toInteger(double x) {
        if (Double.isNaN(x)) {
            throw FormatException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatException.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }
}
