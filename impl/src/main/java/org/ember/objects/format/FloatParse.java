package org.ember.objects.format;

import java.math.BigInteger;

/** Python's {@code float(str)} and {@code float.fromhex(str)}. */
public final class FloatParse {

    private FloatParse() {
    }

    /**
     * Python's {@code float(s)} for a str: surrounding Python whitespace is ignored, Unicode
     * decimal digits count as digits, single underscores may separate digits, and
     * {@code inf}, {@code infinity} and {@code nan} are accepted in any case with a sign.
     *
     * @param s the text
     * @return the correctly rounded value (infinite when out of range)
     * @throws FormatException ValueError "could not convert string to float: 'abc'"
     */
    public static double parse(String s) {
        String ascii = toAscii(StrRepr.stripNumeric(s));
        if (ascii != null) {
            Double d = parseAscii(ascii);
            if (d != null) {
                return d;
            }
        }
        throw FormatException.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    /** Maps Unicode decimal digits to ASCII; null if any other non-ASCII character is seen. */
    static String toAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (sb != null) {
                    sb.append((char) cp);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i - Character.charCount(cp));
            }
            int d = Unicode14.decimalValue(cp);
            if (d < 0) {
                return null;
            }
            sb.append((char) ('0' + d));
        }
        return sb == null ? s : sb.toString();
    }

    private static Double parseAscii(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        if (negative) {
            clean.append('-');
        }
        int intStart = i;
        i = digitPart(s, i, clean);
        if (i < 0) {
            return null;
        }
        boolean intDigits = i > intStart;
        boolean fracDigits = false;
        if (i < n && s.charAt(i) == '.') {
            clean.append('.');
            i++;
            int fracStart = i;
            i = digitPart(s, i, clean);
            if (i < 0) {
                return null;
            }
            fracDigits = i > fracStart;
        }
        if (i < 0 || (!intDigits && !fracDigits)) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            clean.append('e');
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                clean.append(s.charAt(i));
                i++;
            }
            int expStart = i;
            i = digitPart(s, i, clean);
            if (i <= expStart) {  // also catches -1 (bad underscore)
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        // Validated above, so Java's (correctly rounding) parser sees a plain decimal.
        return Double.parseDouble(clean.toString());
    }

    /**
     * Reads {@code digit (['_'] digit)*} from position i, appending the digits; returns the
     * position after it (i itself if there is no digit), or -1 for a misplaced underscore.
     */
    private static int digitPart(String s, int i, StringBuilder out) {
        if (i < 0) {
            return i;
        }
        int n = s.length();
        if (i >= n || !isDigit(s.charAt(i))) {
            return i;
        }
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                out.append(c);
                i++;
            } else if (c == '_' && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i++;
            } else if (c == '_') {
                return -1;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Python's {@code float.fromhex(s)}: {@code [sign] ['0x'] hexdigits ['.' hexdigits]
     * ['p' [sign] digits]}, or inf/infinity/nan, with ASCII whitespace around; rounded half-even.
     *
     * @param s the text
     * @return the value
     * @throws FormatException ValueError "invalid hexadecimal floating-point string", or
     *         OverflowError "hexadecimal value too large to represent as a float"
     */
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isAsciiSpace(s.charAt(n - 1))) {
            n--;
        }
        String t = s.substring(i, n);
        int len = t.length();
        int p = 0;
        boolean negative = false;
        if (p < len && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            negative = t.charAt(p) == '-';
            p++;
        }
        String word = t.substring(p);
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equalsIgnoreCase("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        if (p + 1 < len && t.charAt(p) == '0' && (t.charAt(p + 1) == 'x' || t.charAt(p + 1) == 'X')) {
            p += 2;
        }
        StringBuilder hex = new StringBuilder();
        int intStart = p;
        while (p < len && Character.digit(t.charAt(p), 16) >= 0) {
            hex.append(t.charAt(p++));
        }
        int digits = p - intStart;
        int fracDigits = 0;
        if (p < len && t.charAt(p) == '.') {
            p++;
            int fracStart = p;
            while (p < len && Character.digit(t.charAt(p), 16) >= 0) {
                hex.append(t.charAt(p++));
            }
            fracDigits = p - fracStart;
        }
        if (digits + fracDigits == 0) {
            throw invalidHex();
        }
        long exp = 0;
        if (p < len && (t.charAt(p) == 'p' || t.charAt(p) == 'P')) {
            p++;
            boolean expNeg = false;
            if (p < len && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
                expNeg = t.charAt(p) == '-';
                p++;
            }
            if (p >= len || !isDigit(t.charAt(p))) {
                throw invalidHex();
            }
            while (p < len && isDigit(t.charAt(p))) {
                // Saturate: anything this large under- or overflows anyway.
                if (exp < 1_000_000_000_000L) {
                    exp = exp * 10 + (t.charAt(p) - '0');
                }
                p++;
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        if (p != len) {
            throw invalidHex();
        }
        BigInteger m = new BigInteger(hex.toString(), 16);
        double v = scale(m, exp - 4L * fracDigits);
        if (Double.isInfinite(v)) {
            throw FormatException.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }

    private static FormatException invalidHex() {
        return FormatException.valueError("invalid hexadecimal floating-point string");
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code m * 2**e} correctly rounded (half-even) to a double; infinity on overflow. */
    static double scale(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int bits = m.bitLength();
        long top = bits - 1 + e; // exponent of the leading bit
        if (top > 1100) {
            return Double.POSITIVE_INFINITY;
        }
        if (top < -1100) {
            return 0.0;
        }
        // Exponent of the last bit we can keep: 53 significant bits, but not below 2**-1074.
        long lsb = Math.max(top - 52, -1074);
        long shift = lsb - e;
        BigInteger kept;
        if (shift <= 0) {
            kept = m.shiftLeft((int) -shift);
        } else {
            kept = m.shiftRight((int) shift);
            boolean half = m.testBit((int) shift - 1);
            boolean sticky = m.getLowestSetBit() < shift - 1;
            if (half && (sticky || kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
        }
        return Math.scalb((double) kept.longValueExact(), (int) lsb);
    }
}
