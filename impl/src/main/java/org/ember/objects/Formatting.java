package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The bridge between the object model and text: reprs, {@code format()} specs, {@code %} and
 * {@code str.format}, and number parsing. The algorithms live in {@code org.ember.objects.format};
 * this class adapts Python objects to them and converts their errors to Python exceptions.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code repr(float)}: the shortest string that round-trips, in CPython's layout. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        // Shortest digits: the smallest precision whose rounding reads back as d.
        BigDecimal exact = new BigDecimal(d);
        String digits = null;
        int exp10 = 0;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                BigDecimal s = r.stripTrailingZeros();
                digits = s.unscaledValue().abs().toString();
                exp10 = digits.length() - 1 - s.scale();
                break;
            }
        }
        String sign = d < 0 ? "-" : "";
        if (exp10 < -4 || exp10 >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp10 < 0 ? "-" : "+") + (Math.abs(exp10) < 10 ? "0" : "") + Math.abs(exp10);
        }
        StringBuilder sb = new StringBuilder(sign);
        if (exp10 < 0) {
            sb.append("0.").append("0".repeat(-exp10 - 1)).append(digits);
        } else if (digits.length() <= exp10 + 1) {
            sb.append(digits).append("0".repeat(exp10 + 1 - digits.length())).append(".0");
        } else {
            sb.append(digits, 0, exp10 + 1).append('.').append(digits.substring(exp10 + 1));
        }
        return sb.toString();
    }

    /** {@code repr(complex)}. */
    public static String complexRepr(double re, double im) {
        String imS = floatShort(im) + "j";
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
            return imS;
        }
        String reS = floatShort(re);
        String sign = im < 0 || (im == 0.0 && Double.doubleToRawLongBits(im) < 0) || Double.isNaN(im) && false ? "" : "+";
        if (Double.isNaN(im)) {
            sign = "+";
        }
        return "(" + reS + sign + imS + ")";
    }

    private static String floatShort(double d) {
        String r = floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** {@code repr(str)}: quotes chosen as CPython does, escapes for non-printables. */
    public static String strRepr(String s) {
        boolean single = s.indexOf('\'') >= 0;
        boolean dbl = s.indexOf('"') >= 0;
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }

    /** Python's notion of a printable character (str.isprintable, repr). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    // ---- format specs ---------------------------------------------------------------------------------

    public static PyObj formatInt(PyInt v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(v.toDecimal());
        }
        return PyStr.of(SimpleSpec.parse(spec, "int").formatInt(v.bigValue()));
    }

    public static PyObj formatFloat(double v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(floatRepr(v));
        }
        return PyStr.of(SimpleSpec.parse(spec, "float").formatFloat(v));
    }

    public static PyObj formatStr(String v, String spec) {
        if (spec.isEmpty()) {
            return PyStr.of(v);
        }
        return PyStr.of(SimpleSpec.parse(spec, "str").formatStr(v));
    }

    // ---- parsing ----------------------------------------------------------------------------------------

    public static double parseFloat(String s) {
        String t = s.strip().replace("_", "");
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan": case "+nan": case "-nan": return Double.NaN;
            default: break;
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") || s.contains("__")
                || s.strip().startsWith("_") || s.strip().endsWith("_")) {
            throw Errors.valueError("could not convert string to float: " + strRepr(s));
        }
        return Double.parseDouble(t);
    }

    public static PyInt parseInt(String s, int base, PyObj original) {
        String t = s.strip();
        boolean neg = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            neg = t.startsWith("-");
            t = t.substring(1);
        }
        int b = base;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (b == 0 || b == 16 || b == 8 || b == 2) {
            if (lower.startsWith("0x") && (b == 0 || b == 16)) {
                b = 16;
                t = t.substring(2);
                if (t.startsWith("_")) {
                    t = t.substring(1);
                }
            } else if (lower.startsWith("0o") && (b == 0 || b == 8)) {
                b = 8;
                t = t.substring(2);
                if (t.startsWith("_")) {
                    t = t.substring(1);
                }
            } else if (lower.startsWith("0b") && (b == 0 || b == 2)) {
                b = 2;
                t = t.substring(2);
                if (t.startsWith("_")) {
                    t = t.substring(1);
                }
            } else if (b == 0) {
                b = 10;
                if (t.length() > 1 && t.chars().allMatch(c -> c == '0' || c == '_') == false && t.startsWith("0")) {
                    throw invalidInt(original, base);
                }
            }
        }
        if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
            throw invalidInt(original, base);
        }
        t = t.replace("_", "");
        try {
            BigInteger v = new BigInteger(t, b);
            if (t.length() > 4300 && b == 10) {
                throw Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                        + t.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalidInt(original, base);
        }
    }

    private static PyRaise invalidInt(PyObj original, int base) {
        return Errors.valueError("invalid literal for int() with base " + base + ": " + Abstract.repr(original).value());
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
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return Double.doubleToRawLongBits(d) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        }
        String h = Double.toHexString(d);
        // Java: 0x1.8p1 ; Python: 0x1.8000000000000p+1
        boolean neg = h.startsWith("-");
        if (neg) {
            h = h.substring(1);
        }
        int p = h.indexOf('p');
        String mant = h.substring(2, p);
        String exp = h.substring(p + 1);
        String[] parts = mant.split("\\.");
        String frac = parts.length > 1 ? parts[1] : "0";
        frac = (frac + "0000000000000").substring(0, 13);
        int e = Integer.parseInt(exp);
        if (parts[0].equals("0")) {
            // subnormal: Java prints 0x0.xxxp-1022
            return (neg ? "-" : "") + "0x0." + frac + "p" + (e >= 0 ? "+" : "") + e;
        }
        return (neg ? "-" : "") + "0x" + parts[0] + "." + frac + "p" + (e >= 0 ? "+" : "") + e;
    }

    public static double floatFromHex(String s) {
        String t = s.strip();
        try {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (lower.matches("[+-]?(inf|infinity)")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (lower.matches("[+-]?nan")) {
                return Double.NaN;
            }
            if (!lower.contains("p")) {
                lower = lower + "p0";
            }
            if (!lower.matches("[+-]?(0x)?[0-9a-f]*\\.?[0-9a-f]*p[+-]?\\d+")) {
                throw new NumberFormatException();
            }
            if (!lower.contains("0x")) {
                lower = lower.startsWith("-") || lower.startsWith("+") ? lower.charAt(0) + "0x" + lower.substring(1) : "0x" + lower;
            }
            return Double.parseDouble(lower);
        } catch (NumberFormatException e) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
    }

    /** {@code round(x, n)} on a float: correctly rounded (half-even on the exact binary value). */
    public static PyObj roundFloat(double x, PyObj nd) {
        if (nd == null || nd == PyNone.NONE) {
            double r = Math.rint(x);
            return PyFloat.toInt(r);
        }
        long n = Abstract.index(nd).longValueExact();
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return new PyFloat(x);
        }
        if (n > 400) {
            return new PyFloat(x);
        }
        if (n < -400) {
            return new PyFloat(Math.copySign(0.0, x));
        }
        BigDecimal r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        double out = r.doubleValue();
        if (Double.isInfinite(out)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return new PyFloat(out == 0.0 ? Math.copySign(0.0, x) : out);
    }

    // ---- %-formatting and str.format ---------------------------------------------------------------------

    /** {@code fmt % args}. */
    public static PyObj percent(PyStr fmt, PyObj args) {
        return PyStr.of(PercentFormatter.format(fmt.value(), args));
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    public static PyObj strFormat(String fmt, PyObj[] args, String[] kw) {
        return PyStr.of(StrFormatter.format(fmt, args, kw));
    }
}
