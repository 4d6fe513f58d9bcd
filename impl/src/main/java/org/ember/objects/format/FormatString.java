package org.ember.objects.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of {@code str.format} strings: splitting into literal text and replacement
 * fields (as {@code string.Formatter().parse} does), and splitting a field name into its
 * first part and its chain of {@code .attribute} and {@code [key]} accessors (as
 * {@code _string.formatter_field_name_split} does). Looking values up, converting and
 * formatting them (and expanding nested fields in a spec) is the object model's part.
 */
public final class FormatString {

    private FormatString() {
    }

    /**
     * Literal text, optionally followed by one replacement field.
     *
     * @param literal the literal text (with {@code {{} and {@code }}} already collapsed)
     * @param fieldName the field name, or null when this chunk has no field
     * @param formatSpec the format spec (empty if none), or null when there is no field
     * @param conversion the conversion character after {@code !}, or -1 if none
     */
    public record Chunk(String literal, String fieldName, String formatSpec, int conversion) {
    }

    /**
     * A parsed field name such as {@code a.b[0]}.
     *
     * @param first the argument: a {@link Long} index, or a {@link String} name (empty for
     *        automatic numbering)
     * @param rest the accessors applied in order
     */
    public record FieldName(Object first, List<Accessor> rest) {
    }

    /**
     * One accessor of a field name.
     *
     * @param attribute true for {@code .name}, false for {@code [key]}
     * @param key the attribute name (String), or the item key: a {@link Long} when it is all
     *        digits, else a {@link String}
     */
    public record Accessor(boolean attribute, Object key) {
    }

    /**
     * Splits a format string into chunks, with CPython's errors.
     *
     * @param s the format string
     * @return the chunks in order
     * @throws FormatException ValueError, e.g. "Single '}' encountered in format string"
     */
    public static List<Chunk> parse(String s) {
        List<Chunk> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    // An escaped brace ends the current chunk.
                    lit.append('}');
                    out.add(new Chunk(lit.toString(), null, null, -1));
                    lit.setLength(0);
                    i += 2;
                    continue;
                }
                throw FormatException.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw FormatException.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i + 1) == '{') {
                lit.append('{');
                out.add(new Chunk(lit.toString(), null, null, -1));
                lit.setLength(0);
                i += 2;
                continue;
            }
            i = field(s, i + 1, lit.toString(), out);
            lit.setLength(0);
        }
        if (lit.length() > 0) {
            out.add(new Chunk(lit.toString(), null, null, -1));
        }
        return out;
    }

    /** Parses a replacement field starting after its '{'; returns the index after its '}'. */
    private static int field(String s, int i, String literal, List<Chunk> out) {
        int n = s.length();
        int nameStart = i;
        // The field name: brackets hide every special character until the ']'.
        while (true) {
            if (i >= n) {
                throw FormatException.valueError("expected '}' before end of string");
            }
            char c = s.charAt(i);
            if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw FormatException.valueError("expected '}' before end of string");
                }
                i++;
                continue;
            }
            if (c == '{') {
                throw FormatException.valueError("unexpected '{' in field name");
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
            i++;
        }
        String name = s.substring(nameStart, i);
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= n) {
                throw FormatException.valueError(
                        "end of string while looking for conversion specifier");
            }
            // Any character is taken as the conversion; it is validated when formatting.
            conversion = s.codePointAt(i);
            i += Character.charCount(conversion);
            if (i >= n) {
                throw FormatException.valueError("unmatched '{' in format spec");
            }
            char c = s.charAt(i);
            if (c != '}' && c != ':') {
                throw FormatException.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (s.charAt(i) == ':') {
            i++;
            int specStart = i;
            // Nested fields in the spec keep their braces; count them to find the end.
            int depth = 1;
            while (true) {
                if (i >= n) {
                    throw FormatException.valueError("unmatched '{' in format spec");
                }
                char c = s.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
                i++;
            }
            spec = s.substring(specStart, i);
        }
        out.add(new Chunk(literal, name, spec, conversion));
        return i + 1;
    }

    /**
     * Splits a field name into its first part and accessors.
     *
     * @param name the field name, e.g. {@code "0[key].attr"}
     * @return the parsed name
     * @throws FormatException ValueError with CPython's messages
     */
    public static FieldName parseFieldName(String name) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        Object first = number(name.substring(0, i));
        List<Accessor> rest = new ArrayList<>();
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == start) {
                    throw FormatException.valueError("Empty attribute in format string");
                }
                rest.add(new Accessor(true, name.substring(start, i)));
            } else if (c == '[') {
                int start = i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw FormatException.valueError("Missing ']' in format string");
                }
                if (i == start) {
                    throw FormatException.valueError("Empty attribute in format string");
                }
                rest.add(new Accessor(false, number(name.substring(start, i))));
                i++;
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw FormatException.valueError(
                            "Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        }
        return new FieldName(first, rest);
    }

    /** A Long if the text is all (Unicode) decimal digits and not empty, else the text. */
    private static Object number(String text) {
        if (text.isEmpty()) {
            return text;
        }
        long v = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            int d = Unicode14.decimalValue(cp);
            if (d < 0) {
                return text;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw FormatException.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * CPython's error for a conversion other than {@code r}, {@code s} or {@code a}.
     *
     * @param conversion the conversion code point
     * @return the ValueError to throw
     */
    public static FormatException unknownConversion(int conversion) {
        String t = (conversion > 32 && conversion < 127)
                ? String.valueOf((char) conversion)
                : "\\x" + Integer.toHexString(conversion);
        return FormatException.valueError("Unknown conversion specifier " + t);
    }
}
