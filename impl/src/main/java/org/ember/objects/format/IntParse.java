package org.ember.objects.format;

import java.math.BigInteger;

/** Python's {@code int(str, base)}. */
public final class IntParse {

    private IntParse() {
    }

    /**
     * Python's {@code int(s, base)} for a str: bases 0 and 2..36, optional sign, the prefixes
     * 0b/0o/0x (required to match a nonzero base; base 0 infers the base and forbids leading
     * zeros in decimal), single underscores between digits (and after a prefix), surrounding
     * Python whitespace and Unicode decimal digits.
     *
     * @param s the text
     * @param base the base
     * @return the value
     * @throws FormatException ValueError with CPython's messages (bad base, invalid literal,
     *         more than 4300 digits in a base that is not a power of two)
     */
    public static BigInteger parse(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw FormatException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = FloatParse.toAscii(StrRepr.stripNumeric(s));
        if (t == null) {
            throw invalid(s, base);
        }
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char c = Character.toLowerCase(t.charAt(i + 1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                b = pb;
                prefixed = true;
                i += 2;
            }
        }
        boolean inferredDecimal = false;
        if (b == 0) {
            b = 10;
            inferredDecimal = true;
        }
        StringBuilder digits = new StringBuilder(n);
        // After a prefix one underscore may come before the first digit ("0x_1f").
        if (prefixed && i < n && t.charAt(i) == '_') {
            i++;
        }
        boolean powerOfTwo = (b & (b - 1)) == 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.digit(c, b) >= 0 && c < 0x80) {
                digits.append(c);
                i++;
            } else if (c == '_' && digits.length() > 0 && i + 1 < n
                    && Character.digit(t.charAt(i + 1), b) >= 0) {
                i++;
            } else {
                break;
            }
        }
        if (!powerOfTwo && digits.length() > IntFormat.MAX_STR_DIGITS) {
            throw FormatException.valueError("Exceeds the limit (" + IntFormat.MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (i != n || digits.length() == 0) {
            throw invalid(s, base);
        }
        if (inferredDecimal && digits.charAt(0) == '0') {
            // Base 0: "0", "00", "0_0" are fine, "010" is not (old octal syntax).
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    throw invalid(s, base);
                }
            }
        }
        BigInteger v;
        if (digits.length() <= 12) {
            v = BigInteger.valueOf(Long.parseLong(digits.toString(), b));
        } else {
            v = new BigInteger(digits.toString(), b);
        }
        return negative ? v.negate() : v;
    }

    private static FormatException invalid(String s, int base) {
        // CPython formats with %.200R: the repr, cut to 200 characters (even mid-escape).
        String shown = StrRepr.repr(s);
        if (shown.codePointCount(0, shown.length()) > 200) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, 200));
        }
        return FormatException.valueError(
                "invalid literal for int() with base " + base + ": " + shown);
    }
}
