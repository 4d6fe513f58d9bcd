package org.ember.objects.format;

/** Python's {@code format(s, spec)} for {@code str}. */
public final class StrFormat {

    private StrFormat() {
    }

    /**
     * Python's {@code format(s, spec)} for a str.
     *
     * @param s the string
     * @param spec the parsed specification
     * @return the formatted text
     */
    public static String format(String s, FormatSpec spec) {
        return format(s, spec, "str");
    }

    /**
     * Parses {@code spec} and formats, as {@code format(s, spec)}.
     *
     * @param s the string
     * @param spec the format specification text
     * @return the formatted text
     */
    public static String format(String s, String spec) {
        return format(s, FormatSpec.parse(spec, "str"), "str");
    }

    /**
     * Python's {@code format(s, spec)} for a str (or subclass, named in messages).
     *
     * @param s the string
     * @param spec the parsed specification
     * @param typeName Python type name used in "Unknown format code" messages
     * @return the formatted text
     */
    public static String format(String s, FormatSpec spec, String typeName) {
        int type = spec.typeOr('s');
        spec.checkGrouping(type);
        if (type != 's') {
            throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.sign() == ' ') {
            throw FormatException.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw FormatException.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw FormatException.valueError(
                    "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.alignOr('<') == '=') {
            throw FormatException.valueError(
                    "'=' alignment not allowed in string format specifier");
        }
        if (spec.precision() >= 0) {
            s = truncate(s, spec.precision());
        }
        return Layout.pad(s, spec, '<');
    }

    /** The first {@code n} code points of {@code s}. */
    static String truncate(String s, long n) {
        if (n >= s.length()) {
            return s;
        }
        int cps = s.codePointCount(0, s.length());
        if (n >= cps) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) n));
    }
}
