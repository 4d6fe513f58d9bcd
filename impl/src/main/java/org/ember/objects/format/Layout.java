package org.ember.objects.format;

/**
 * Shared assembly of a formatted value: digit grouping, the zero-padding that interacts with
 * grouping, and alignment with a fill code point. Widths count code points, as Python does.
 */
final class Layout {

    /** Refuse widths we could never allocate; CPython would fail with MemoryError too. */
    private static final long MAX_WIDTH = Integer.MAX_VALUE - 16L;

    private Layout() {
    }

    static int width(FormatSpec spec) {
        if (spec.width() > MAX_WIDTH) {
            throw new FormatException("MemoryError", "");
        }
        return (int) spec.width();
    }

    static int cpLength(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Assembles {@code lead + digits + rest} where {@code lead} is sign and prefix (e.g.
     * {@code "-0x"}), {@code digits} is the integer-part digits (grouped here) and {@code rest}
     * is whatever follows (fraction, exponent, '%', a 'j'...), then pads to the width.
     */
    static String number(String lead, String digits, String rest, FormatSpec spec,
            int groupSize) {
        int width = width(spec);
        int fill = spec.fillChar();
        char align = spec.alignOr('>');
        String grouped = digits;
        if (groupSize > 0) {
            int minDigits = 0;
            // CPython pads with grouped zeros when the fill is '0' and alignment is '='.
            if (fill == '0' && align == '=') {
                minDigits = width - cpLength(lead) - cpLength(rest);
            }
            grouped = group(digits, spec.grouping(), groupSize, minDigits);
        }
        int len = cpLength(lead) + cpLength(grouped) + cpLength(rest);
        if (width <= len) {
            return lead + grouped + rest;
        }
        int padCount = width - len;
        StringBuilder sb = new StringBuilder(len + padCount);
        switch (align) {
            case '=':
                sb.append(lead);
                repeat(sb, fill, padCount);
                sb.append(grouped).append(rest);
                break;
            case '<':
                sb.append(lead).append(grouped).append(rest);
                repeat(sb, fill, padCount);
                break;
            case '^':
                repeat(sb, fill, padCount / 2);
                sb.append(lead).append(grouped).append(rest);
                repeat(sb, fill, padCount - padCount / 2);
                break;
            default:
                repeat(sb, fill, padCount);
                sb.append(lead).append(grouped).append(rest);
                break;
        }
        return sb.toString();
    }

    /** Pads an already complete text (no '=' alignment) to the width. */
    static String pad(String text, FormatSpec spec, char defaultAlign) {
        int width = width(spec);
        int len = cpLength(text);
        if (width <= len) {
            return text;
        }
        int fill = spec.fillChar();
        int padCount = width - len;
        StringBuilder sb = new StringBuilder(text.length() + padCount);
        switch (spec.alignOr(defaultAlign)) {
            case '<':
                sb.append(text);
                repeat(sb, fill, padCount);
                break;
            case '^':
                repeat(sb, fill, padCount / 2);
                sb.append(text);
                repeat(sb, fill, padCount - padCount / 2);
                break;
            default:
                repeat(sb, fill, padCount);
                sb.append(text);
                break;
        }
        return sb.toString();
    }

    /**
     * Inserts a separator every {@code size} digits from the right, first adding leading zeros
     * until the grouped text is at least {@code minWidth} long (it may end up one longer, since
     * a group never starts with a separator).
     */
    static String group(String digits, char sep, int size, int minWidth) {
        int n = digits.length();
        while (n + (n - 1) / size < minWidth) {
            n++;
        }
        StringBuilder sb = new StringBuilder(n + n / size);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            int k = i - (n - digits.length());
            sb.append(k < 0 ? '0' : digits.charAt(k));
        }
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int cp, int count) {
        if (Character.isBmpCodePoint(cp)) {
            char c = (char) cp;
            for (int i = 0; i < count; i++) {
                sb.append(c);
            }
        } else {
            for (int i = 0; i < count; i++) {
                sb.appendCodePoint(cp);
            }
        }
    }

    /** Splits a formatted magnitude into its leading run of ASCII digits and the rest. */
    static int leadingDigits(String body) {
        int i = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
