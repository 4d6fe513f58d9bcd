package org.ember.objects.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The engine of {@code str % args} (printf-style formatting), as CPython 3.11.
 *
 * <p>The operands are seen through the small {@link Arg} interface, which the object model
 * implements; a {@link Mapping} gives {@code %(key)s} lookups. The caller decides, as
 * CPython does, what the right operand means:
 * <ul>
 * <li>{@code args}: the items if the operand is a tuple, else a one-element list holding the
 * operand itself;</li>
 * <li>{@code mapping}: non-null when the operand is a mapping (has {@code __getitem__}) and is
 * neither a tuple nor a str. Then leftover arguments are not an error.</li>
 * </ul>
 */
public final class PercentFormat {

    /** One operand of {@code %}, as the formatter needs to see it. */
    public interface Arg {

        /** @return the Python type name, for messages (e.g. {@code "str"}) */
        String typeName();

        /** @return whether this is an {@code int} (including bool and subclasses) */
        boolean isInt();

        /**
         * @return whether it supports {@code __index__} (true for ints); needed by
         *         {@code %x %X %o %c}
         */
        default boolean hasIndex() {
            return isInt();
        }

        /** @return the integer value; only called when {@link #hasIndex()} */
        BigInteger asBigInteger();

        /**
         * @return whether it is a number in the sense of {@code PyNumber_Check} (int, float,
         *         complex, or anything with {@code __int__}, {@code __float__} or
         *         {@code __index__}); needed by {@code %d %i %u}
         */
        boolean isNumber();

        /**
         * {@code int(x)}, only called when {@link #isNumber()} and not {@link #hasIndex()}
         * (e.g. a float: truncation, see {@link FloatFormat#toInteger(double)}).
         *
         * @return the integer value
         */
        BigInteger toInt();

        /**
         * {@code float(x)}; should throw {@link FormatException} TypeError
         * {@code "must be real number, not str"} when the operand is not a real number.
         *
         * @return the value as a double
         */
        double toDouble();

        /** @return {@code str(x)} */
        String str();

        /** @return {@code repr(x)} */
        String repr();

        /** @return {@code ascii(x)}; by default the repr with non-ASCII characters escaped */
        default String ascii() {
            return StrRepr.escapeNonAscii(repr());
        }

        /** @return the code point if this is a str of exactly one character, else -1 */
        default int singleChar() {
            return -1;
        }

        /**
         * For {@code bytes % args} only: {@code %s}/{@code %b} want the operand's bytes
         * (bytes-like, or {@code __bytes__}).
         *
         * @return the bytes
         * @throws FormatException TypeError when the operand has none (the default)
         */
        default byte[] bytes() {
            throw FormatException.typeError("%b requires a bytes-like object, or an object that"
                    + " implements __bytes__, not '" + typeName() + "'");
        }

        /** @return for {@code bytes % args}: the byte if this is a bytes of length 1, else -1 */
        default int singleByte() {
            return -1;
        }
    }

    /** Key lookup for {@code %(key)s}; exceptions of the object model (KeyError) propagate. */
    public interface Mapping {
        /**
         * @param key the key text
         * @return {@code mapping[key]}
         */
        Arg get(String key);

        /**
         * Lookup for {@code bytes % mapping}: the key is a bytes object. By default the key is
         * decoded as Latin-1 and passed to {@link #get(String)}; the object model should
         * override this to look up a real bytes key.
         *
         * @param key the key bytes
         * @return {@code mapping[key]}
         */
        default Arg getBytes(byte[] key) {
            return get(new String(key, StandardCharsets.ISO_8859_1));
        }
    }

    private PercentFormat() {
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** Where arguments come from: the tuple, or (after a key) the looked-up value. */
    private static final class Source {
        List<? extends Arg> items;
        int next;

        Source(List<? extends Arg> items) {
            this.items = items;
        }

        Arg next() {
            if (next >= items.size()) {
                throw FormatException.typeError("not enough arguments for format string");
            }
            return items.get(next++);
        }
    }

    /**
     * Formats {@code format % args}.
     *
     * @param format the format string
     * @param args the positional operands (tuple items, or the single operand)
     * @param mapping the operand as a mapping, or null (see the class comment)
     * @return the result
     * @throws FormatException with CPython's errors
     */
    public static String format(String format, List<? extends Arg> args, Mapping mapping) {
        return run(format, args, mapping, false);
    }

    /**
     * Formats {@code bytes % args} (PEP 461): like {@link #format(String, List, Mapping)} but
     * {@code %s}/{@code %b} take {@link Arg#bytes()}, {@code %r}/{@code %a} give ascii(),
     * and {@code %c} takes an int in range(256) or a single byte.
     *
     * @param format the format bytes
     * @param args the positional operands (tuple items, or the single operand)
     * @param mapping the operand as a mapping, or null
     * @return the result bytes
     * @throws FormatException with CPython's errors
     */
    public static byte[] formatBytes(byte[] format, List<? extends Arg> args, Mapping mapping) {
        // Work on a Latin-1 view: every byte is one char 0..255, and so is every output char.
        String f = new String(format, StandardCharsets.ISO_8859_1);
        return run(f, args, mapping, true).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String run(String format, List<? extends Arg> args, Mapping mapping,
            boolean bytes) {
        int[] cps = format.codePoints().toArray();
        int n = cps.length;
        StringBuilder out = new StringBuilder(format.length() + 16);
        Source src = new Source(args);
        int i = 0;
        while (i < n) {
            int c = cps[i];
            if (c != '%') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw FormatException.valueError("incomplete format");
            }
            if (cps[i] == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (cps[i] == '(') {
                if (mapping == null) {
                    throw FormatException.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (cps[i] == '(') {
                        depth++;
                    } else if (cps[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw FormatException.valueError("incomplete format key");
                }
                String key = new String(cps, keyStart, i - 1 - keyStart);
                Arg value = bytes ? mapping.getBytes(key.getBytes(StandardCharsets.ISO_8859_1))
                        : mapping.get(key);
                src = new Source(List.of(value));
            }
            int flags = 0;
            flagLoop:
            while (i < n) {
                switch (cps[i]) {
                    case '-': flags |= F_LJUST; break;
                    case '+': flags |= F_SIGN; break;
                    case ' ': flags |= F_BLANK; break;
                    case '#': flags |= F_ALT; break;
                    case '0': flags |= F_ZERO; break;
                    default: break flagLoop;
                }
                i++;
            }
            long width = -1;
            if (i < n && cps[i] == '*') {
                width = starValue(src.next(), false);
                if (width < 0) {
                    flags |= F_LJUST;
                    width = -width;
                }
                i++;
            } else if (i < n && isDigit(cps[i])) {
                width = 0;
                while (i < n && isDigit(cps[i])) {
                    // CPython reads the width as a Py_ssize_t, the precision as a C int.
                    if (width > (Long.MAX_VALUE - 9) / 10) {
                        throw FormatException.valueError("width too big");
                    }
                    width = width * 10 + (cps[i++] - '0');
                }
            }
            long prec = -1;
            if (i < n && cps[i] == '.') {
                i++;
                prec = 0;
                if (i < n && cps[i] == '*') {
                    prec = starValue(src.next(), true);
                    if (prec < 0) {
                        prec = 0;
                    }
                    i++;
                } else {
                    while (i < n && isDigit(cps[i])) {
                        if (prec > (Integer.MAX_VALUE - 9) / 10) {
                            throw FormatException.valueError("precision too big");
                        }
                        prec = prec * 10 + (cps[i++] - '0');
                    }
                }
            }
            // C length modifiers are accepted and ignored.
            if (i < n && (cps[i] == 'h' || cps[i] == 'l' || cps[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw FormatException.valueError("incomplete format");
            }
            int conv = cps[i];
            int convIndex = i;
            i++;
            Arg arg = src.next();
            if (width > Integer.MAX_VALUE - 16) {
                // CPython would try to allocate this and fail the same way.
                throw new FormatException("MemoryError", "");
            }
            convert(out, conv, convIndex, arg, flags, (int) width, (int) prec, bytes);
        }
        if (mapping == null && src.next < src.items.size()) {
            throw FormatException.typeError("not all arguments converted during "
                    + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static long starValue(Arg a, boolean cInt) {
        if (!a.isInt()) {
            throw FormatException.typeError("* wants int");
        }
        BigInteger v = a.asBigInteger();
        if (cInt && v.bitLength() > 31) {
            throw FormatException.overflowError("Python int too large to convert to C int");
        }
        if (v.bitLength() > 63) {
            throw FormatException.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static void convert(StringBuilder out, int conv, int convIndex, Arg arg, int flags,
            int width, int prec, boolean bytes) {
        if (bytes) {
            switch (conv) {
                case 's':
                case 'b': {
                    String s = new String(arg.bytes(), StandardCharsets.ISO_8859_1);
                    if (prec >= 0 && prec < s.length()) {
                        s = s.substring(0, prec);
                    }
                    padText(out, s, flags, width);
                    return;
                }
                case 'r':
                case 'a': {
                    String s = arg.ascii();
                    if (prec >= 0 && prec < s.length()) {
                        s = s.substring(0, prec);
                    }
                    padText(out, s, flags, width);
                    return;
                }
                case 'c': {
                    int b = arg.singleByte();
                    if (b < 0) {
                        if (!arg.hasIndex()) {
                            throw FormatException.typeError(
                                    "%c requires an integer in range(256) or a single byte");
                        }
                        BigInteger v = arg.asBigInteger();
                        if (v.signum() < 0 || v.bitLength() > 8) {
                            throw FormatException.overflowError("%c arg not in range(256)");
                        }
                        b = v.intValue();
                    }
                    padText(out, String.valueOf((char) b), flags, width);
                    return;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    double x;
                    try {
                        x = arg.toDouble();
                    } catch (FormatException e) {
                        // bytes formatting replaces whatever float() raised.
                        throw FormatException.typeError(
                                "float argument required, not " + arg.typeName());
                    }
                    formatFloat(out, x, conv, flags, width, prec);
                    return;
                }
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                    break;
                default:
                    if (conv >= 0x80) {
                        // CPython formats the byte as a signed C char here, which fails so.
                        throw FormatException.overflowError(
                                "character argument not in range(0x110000)");
                    }
                    throw FormatException.valueError("unsupported format character '"
                            + (char) conv + "' (0x" + Integer.toHexString(conv) + ") at index "
                            + convIndex);
            }
        }
        switch (conv) {
            case 's':
            case 'r':
            case 'a': {
                String s = conv == 's' ? arg.str() : conv == 'r' ? arg.repr() : arg.ascii();
                if (prec >= 0) {
                    s = StrFormat.truncate(s, prec);
                }
                padText(out, s, flags, width);
                return;
            }
            case 'c': {
                int cp = arg.singleChar();
                if (cp < 0) {
                    if (!arg.hasIndex()) {
                        throw FormatException.typeError("%c requires int or char");
                    }
                    BigInteger v = arg.asBigInteger();
                    if (v.signum() < 0 || v.bitLength() > 21 || v.intValue() > 0x10ffff) {
                        throw FormatException.overflowError("%c arg not in range(0x110000)");
                    }
                    cp = v.intValue();
                }
                padText(out, new String(Character.toChars(cp)), flags, width);
                return;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                BigInteger v;
                if (conv == 'o' || conv == 'x' || conv == 'X') {
                    if (!arg.hasIndex()) {
                        throw FormatException.typeError("%" + (char) conv
                                + " format: an integer is required, not " + arg.typeName());
                    }
                    v = arg.asBigInteger();
                } else {
                    if (!arg.isNumber()) {
                        throw FormatException.typeError("%" + (char) conv
                                + " format: a real number is required, not " + arg.typeName());
                    }
                    v = arg.hasIndex() ? arg.asBigInteger() : arg.toInt();
                }
                formatInteger(out, v, conv, flags, width, prec);
                return;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                formatFloat(out, arg.toDouble(), conv, flags, width, prec);
                return;
            default: {
                char shown = (conv >= 32 && conv < 127) ? (char) conv : '?';
                throw FormatException.valueError("unsupported format character '" + shown
                        + "' (0x" + Integer.toHexString(conv) + ") at index " + convIndex);
            }
        }
    }

    private static void formatInteger(StringBuilder out, BigInteger v, int conv, int flags,
            int width, int prec) {
        String[] pd = IntFormat.radixDigits(v.abs(), conv);
        String prefix = pd[0];
        String digits = pd[1];
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String sign = v.signum() < 0 ? "-" : signFlag(flags);
        String lead = sign + ((flags & F_ALT) != 0 ? prefix : "");
        padNumber(out, lead, digits, flags, width);
    }

    private static void formatFloat(StringBuilder out, double x, int conv, int flags, int width,
            int prec) {
        if (prec < 0) {
            prec = 6;
        }
        boolean alt = (flags & F_ALT) != 0;
        String body;
        if (Double.isNaN(x)) {
            body = "nan";
        } else if (Double.isInfinite(x)) {
            body = "inf";
        } else {
            char mode = (char) Character.toLowerCase(conv);
            body = FloatFormat.body(Math.abs(x), mode, prec, alt, false);
        }
        if (conv == 'E' || conv == 'F' || conv == 'G') {
            body = body.toUpperCase(Locale.ROOT);
        }
        String sign = FloatFormat.isNegative(x) ? "-" : signFlag(flags);
        padNumber(out, sign, body, flags, width);
    }

    private static String signFlag(int flags) {
        if ((flags & F_SIGN) != 0) {
            return "+";
        }
        return (flags & F_BLANK) != 0 ? " " : "";
    }

    private static void padNumber(StringBuilder out, String lead, String body, int flags,
            int width) {
        int len = lead.length() + body.length();
        int pad = Math.max(0, width - len);
        if ((flags & F_LJUST) != 0) {
            out.append(lead).append(body);
            Layout.repeat(out, ' ', pad);
        } else if ((flags & F_ZERO) != 0) {
            out.append(lead);
            Layout.repeat(out, '0', pad);
            out.append(body);
        } else {
            Layout.repeat(out, ' ', pad);
            out.append(lead).append(body);
        }
    }

    private static void padText(StringBuilder out, String s, int flags, int width) {
        int pad = Math.max(0, width - Layout.cpLength(s));
        if ((flags & F_LJUST) != 0) {
            out.append(s);
            Layout.repeat(out, ' ', pad);
        } else {
            Layout.repeat(out, ' ', pad);
            out.append(s);
        }
    }
}
