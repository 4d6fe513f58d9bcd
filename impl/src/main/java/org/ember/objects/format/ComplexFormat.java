package org.ember.objects.format;

import java.util.Locale;

/** Python's {@code repr} and {@code format(z, spec)} for {@code complex}. */
public final class ComplexFormat {

    private ComplexFormat() {
    }

    /**
     * Python's {@code repr(complex(re, im))}: {@code "(1+2j)"}, {@code "2j"}, {@code "(-0-0j)"}.
     * The real part is left out only when it is a positive zero.
     *
     * @param re the real part
     * @param im the imaginary part
     * @return the repr
     */
    public static String repr(double re, double im) {
        String imBody = part(im);
        if (re == 0 && !FloatFormat.isNegative(re)) {
            return (FloatFormat.isNegative(im) ? "-" : "") + imBody + "j";
        }
        return "(" + (FloatFormat.isNegative(re) ? "-" : "") + part(re)
                + (FloatFormat.isNegative(im) ? "-" : "+") + imBody + "j)";
    }

    private static String part(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return "inf";
        }
        return FloatFormat.body(Math.abs(x), 'r', 0, false, false);
    }

    /**
     * Parses {@code spec} and formats, as {@code format(complex(re, im), spec)}.
     *
     * @param re the real part
     * @param im the imaginary part
     * @param spec the format specification text
     * @return the formatted text
     */
    public static String format(double re, double im, String spec) {
        return format(re, im, FormatSpec.parse(spec, "complex"));
    }

    /**
     * Python's {@code format(complex(re, im), spec)}.
     *
     * @param re the real part
     * @param im the imaginary part
     * @param spec the parsed specification
     * @return the formatted text
     */
    public static String format(double re, double im, FormatSpec spec) {
        int type = spec.typeOr(0);
        int groupSize = spec.checkGrouping(type);
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case 0:
                break;
            default:
                throw FormatSpec.unknownCode(type, "complex");
        }
        if (spec.fillChar() == '0') {
            throw FormatException.valueError(
                    "Zero padding is not allowed in complex format specifier");
        }
        if (spec.alignOr('>') == '=') {
            throw FormatException.valueError(
                    "'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = FloatFormat.precision(spec);
        // Without a type, complex looks like its repr: parentheses, and no real part when it
        // is a positive zero.
        boolean bare = type == 0;
        boolean skipRe = bare && re == 0 && !FloatFormat.isNegative(re);
        StringBuilder sb = new StringBuilder();
        if (bare && !skipRe) {
            sb.append('(');
        }
        if (!skipRe) {
            appendPart(sb, re, type, precision, spec, spec.sign(), groupSize);
        }
        appendPart(sb, im, type, precision, spec, skipRe ? spec.sign() : '+', groupSize);
        sb.append('j');
        if (bare && !skipRe) {
            sb.append(')');
        }
        return Layout.pad(sb.toString(), spec, '>');
    }

    private static void appendPart(StringBuilder sb, double x, int type, int precision,
            FormatSpec spec, char signOption, int groupSize) {
        String body;
        boolean finite = !Double.isNaN(x) && !Double.isInfinite(x);
        if (Double.isNaN(x)) {
            body = "nan";
        } else if (Double.isInfinite(x)) {
            body = "inf";
        } else {
            body = FloatFormat.bodyFor(Math.abs(x), type, precision, spec.alternate(), false);
        }
        if (type == 'E' || type == 'F' || type == 'G') {
            body = body.toUpperCase(Locale.ROOT);
        }
        boolean negative = FloatFormat.isNegative(x);
        if (negative && spec.noNegZero() && isZero(body)) {
            negative = false;
        }
        sb.append(FloatFormat.signText(negative, signOption));
        if (groupSize > 0 && finite) {
            int split = Layout.leadingDigits(body);
            sb.append(Layout.group(body.substring(0, split), spec.grouping(), groupSize, 0))
                    .append(body, split, body.length());
        } else {
            sb.append(body);
        }
    }

    private static boolean isZero(String body) {
        return FloatFormat.isZeroText(body);
    }
}
