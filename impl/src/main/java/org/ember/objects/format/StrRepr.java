package org.ember.objects.format;

import org.ember.objects.UnicodeData;

/**
 * Python's {@code repr()} and {@code ascii()} of a {@code str}, plus the character
 * classifications ({@code str.isprintable}, {@code str.isspace}) they and the parsers need.
 *
 * <p>Strings are Java strings; a lone surrogate (which a Python str may contain) is treated
 * as a code point of its own, as Python does.
 */
public final class StrRepr {

    private StrRepr() {
    }

    /**
     * Python's {@code repr(s)}: single quotes unless the text contains a single quote and no
     * double quote; escapes for the quote, backslash, {@code \t \n \r}, other non-printable
     * characters as {@code \xNN}, {@code &#92;uNNNN} or {@code &#92;UNNNNNNNN}.
     *
     * @param s the string
     * @return its Python repr
     */
    public static String repr(String s) {
        return quote(s, false);
    }

    /**
     * Python's {@code ascii(s)} for a str: like {@link #repr(String)} but every non-ASCII
     * character is escaped.
     *
     * @param s the string
     * @return its Python ascii() form
     */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        // Python picks double quotes only to avoid escaping single quotes.
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        int i = 0;
        while (i < s.length()) {
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
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (!asciiOnly && isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.append(q).toString();
    }

    private static void hex(StringBuilder sb, char kind, int cp, int width) {
        String h = Integer.toHexString(cp);
        sb.append('\\').append(kind);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /**
     * Python's {@code str.isprintable} for one code point: false for the categories
     * Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (except the ASCII space).
     *
     * <p>Read from {@link UnicodeData}, CPython 3.11's Unicode 14.0 data.
     *
     * @param cp a code point
     * @return whether Python considers it printable
     */
    public static boolean isPrintable(int cp) {
        return UnicodeData.isPrintable(cp);
    }

    /**
     * Python's {@code str.isspace} for one code point (bidirectional class WS, B or S, or
     * category Zs), from {@link UnicodeData}.
     *
     * @param cp a code point
     * @return whether Python considers it whitespace
     */
    public static boolean isSpace(int cp) {
        return UnicodeData.isSpace(cp);
    }

    /**
     * The whitespace that {@code int(str)} and {@code float(str)} ignore around a number:
     * non-ASCII characters that {@link #isSpace(int)} accepts, but among ASCII only the C
     * whitespace characters (space, \\t \\n \\v \\f \\r), not \\x1c..\\x1f.
     *
     * @param s the text
     * @return s without that leading and trailing whitespace
     */
    public static String stripNumeric(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isNumericSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isNumericSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    private static boolean isNumericSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d);
        }
        return isSpace(cp);
    }

    /**
     * Python's {@code str.strip()} with no argument.
     *
     * @param s the string
     * @return s without leading and trailing Python whitespace
     */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /**
     * Escapes every non-ASCII character of a text as Python's {@code ascii()} does to a repr:
     * {@code \xNN}, {@code \u005cuNNNN} or {@code \u005cUNNNNNNNN}.
     *
     * @param s the text (typically a repr)
     * @return the text with only ASCII characters
     */
    public static String escapeNonAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                if (cp <= 0xff) {
                    hex(sb, 'x', cp, 2);
                } else if (cp <= 0xffff) {
                    hex(sb, 'u', cp, 4);
                } else {
                    hex(sb, 'U', cp, 8);
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i = next;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Python's {@code repr()} of a {@code bytes}: {@code b'...'}, quotes chosen as for str,
     * {@code \t \n \r}, backslash and the quote escaped, other bytes outside 0x20..0x7e as
     * {@code \xNN}.
     *
     * @param b the bytes
     * @return the repr
     */
    public static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte v : b) {
            single |= v == '\'';
            dbl |= v == '"';
        }
        char q = (single && !dbl) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(q);
        for (byte v : b) {
            int c = v & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
