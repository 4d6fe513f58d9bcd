package org.ember.objects.format;

/**
 * A parsed format specification of Python's format-spec mini-language (3.11):
 * {@code [[fill]align][sign][z][#][0][width][grouping_option][.precision][type]}.
 *
 * <p>Parsing is independent of the type being formatted; defaults that depend on the type
 * (default alignment, default presentation type) are resolved by the formatters through
 * {@link #fillChar()}, {@link #alignOr(char)} and {@link #typeOr(int)}.
 *
 * @param fill the fill code point, or {@code -1} when none was given
 * @param align one of {@code < > = ^}, or {@code 0} when none was given
 * @param sign one of {@code + - space}, or {@code 0} when none was given
 * @param noNegZero the {@code z} option (coerce negative zero to zero)
 * @param alternate the {@code #} option
 * @param zeroPad the {@code 0} option preceding the width (only seen when no fill was given)
 * @param width the minimum width, or {@code -1}
 * @param grouping {@code ','} or {@code '_'}, or {@code 0}
 * @param precision the precision, or {@code -1}
 * @param type the presentation type code point, or {@code -1} when none was given
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
        boolean zeroPad, long width, char grouping, long precision, int type) {

    /** The empty specification {@code ""}. */
    public static final FormatSpec EMPTY =
            new FormatSpec(-1, (char) 0, (char) 0, false, false, false, -1, (char) 0, -1, -1);

    /**
     * Parses a format specification.
     *
     * @param spec the text after the colon in a replacement field, e.g. {@code ">10.3f"}
     * @param typeName the Python type name of the value (used in the error messages)
     * @return the parsed specification
     * @throws FormatException ValueError with CPython's message when the syntax is wrong
     */
    public static FormatSpec parse(String spec, String typeName) {
        if (spec.isEmpty()) {
            return EMPTY;
        }
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        int fill = -1;
        char align = 0;
        char sign = 0;
        boolean noNegZero = false;
        boolean alternate = false;
        boolean zeroPad = false;
        long width = -1;
        char grouping = 0;
        long precision = -1;
        int type = -1;

        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            pos = 2;
        } else if (isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        if (pos < n && cps[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        if (pos < n && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        // The '0' flag only counts as such when no explicit fill was given; otherwise it is
        // simply the first digit of the width.
        if (fill < 0 && pos < n && cps[pos] == '0') {
            zeroPad = true;
            pos++;
        }
        int start = pos;
        long[] acc = new long[1];
        pos = readNumber(cps, pos, acc);
        if (pos > start) {
            width = acc[0];
        }
        if (pos < n && cps[pos] == ',') {
            grouping = ',';
            pos++;
            if (pos < n && cps[pos] == '_') {
                throw FormatException.valueError("Cannot specify both ',' and '_'.");
            }
        } else if (pos < n && cps[pos] == '_') {
            grouping = '_';
            pos++;
            if (pos < n && cps[pos] == ',') {
                throw FormatException.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            pos = readNumber(cps, pos, acc);
            if (pos == start) {
                throw FormatException.valueError("Format specifier missing precision");
            }
            precision = acc[0];
        }
        if (n - pos > 1) {
            throw FormatException.valueError("Invalid format specifier '" + spec
                    + "' for object of type '" + typeName + "'");
        }
        if (pos < n) {
            type = cps[pos];
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, zeroPad, width, grouping,
                precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads ASCII decimal digits into acc[0]; returns the new position. */
    private static int readNumber(int[] cps, int pos, long[] acc) {
        long value = 0;
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
            int d = cps[pos] - '0';
            // CPython's limit is Py_ssize_t, i.e. a signed 64-bit value.
            if (value > (Long.MAX_VALUE - d) / 10) {
                throw FormatException.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + d;
            pos++;
        }
        acc[0] = value;
        return pos;
    }

    /**
     * The presentation type, or a default when none was given.
     *
     * @param defaultType the type's default, e.g. {@code 'd'} for int, {@code 's'} for str
     * @return the effective type code point
     */
    public int typeOr(int defaultType) {
        return type < 0 ? defaultType : type;
    }

    /** @return the effective fill code point: the given fill, else '0' with the 0 flag, else space */
    public int fillChar() {
        if (fill >= 0) {
            return fill;
        }
        return zeroPad ? '0' : ' ';
    }

    /**
     * The effective alignment. The {@code 0} flag implies {@code '='} only for types that
     * right-align by default (numbers), as in CPython.
     *
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for strings
     * @return the alignment to use
     */
    public char alignOr(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        return (zeroPad && defaultAlign == '>') ? '=' : defaultAlign;
    }

    /**
     * Checks the grouping option against the effective presentation type, raising CPython's
     * "Cannot specify ',' with 'x'." errors. Returns the group size to use (3, or 4 for
     * {@code _} with b/o/x/X), or 0 when there is no grouping.
     *
     * @param effectiveType the type after applying the type's default (0 for "no type")
     * @return the group size, 0 if no grouping
     */
    public int checkGrouping(int effectiveType) {
        if (grouping == 0) {
            return 0;
        }
        switch (effectiveType) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            case 0:
                return 3;
            case 'b': case 'o': case 'x': case 'X':
                if (grouping == '_') {
                    return 4;
                }
                break;
            default:
                break;
        }
        String t = (effectiveType > 32 && effectiveType < 128)
                ? String.valueOf((char) effectiveType)
                : "\\x" + Integer.toHexString(effectiveType);
        throw FormatException.valueError("Cannot specify '" + grouping + "' with '" + t + "'.");
    }

    /**
     * CPython's "Unknown format code" error.
     *
     * @param type the offending type code point
     * @param typeName the Python type name
     * @return the exception to throw
     */
    public static FormatException unknownCode(int type, String typeName) {
        String t = (type > 32 && type < 128)
                ? String.valueOf((char) type)
                : "\\x" + Integer.toHexString(type);
        return FormatException.valueError(
                "Unknown format code '" + t + "' for object of type '" + typeName + "'");
    }
}
