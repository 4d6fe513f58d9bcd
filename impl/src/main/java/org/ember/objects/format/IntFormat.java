package org.ember.objects.format;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Python's {@code format(i, spec)} for {@code int} (and {@code bool}), plus int-to-text and
 * int-to-float conversions with CPython's limits and messages.
 */
public final class IntFormat {

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    /** Any value below 2**14300 has at most 4305 digits, so only those need a real count. */
    private static final int SURELY_TOO_LONG_BITS = 14300;

    private IntFormat() {
    }

    /**
     * Parses {@code spec} and formats, as {@code format(value, spec)}.
     *
     * @param value the value
     * @param spec the format specification text
     * @param typeName the Python type name for messages
     * @return the formatted text
     */
    public static String format(BigInteger value, String spec, String typeName) {
        return format(value, FormatSpec.parse(spec, typeName), typeName);
    }

    /**
     * Python's {@code format(value, spec)} for an exact int.
     *
     * @param value the value
     * @param spec the parsed specification
     * @return the formatted text
     */
    public static String format(BigInteger value, FormatSpec spec) {
        return format(value, spec, "int");
    }

    /**
     * Python's {@code format(value, spec)} for an exact int.
     *
     * @param value the value
     * @param spec the parsed specification
     * @return the formatted text
     */
    public static String format(long value, FormatSpec spec) {
        return format(BigInteger.valueOf(value), spec, "int");
    }

    /**
     * Python's {@code format(value, spec)} for an int.
     *
     * @param value the value
     * @param spec the parsed specification
     * @param typeName the Python type name for messages ({@code "int"}, {@code "bool"}...)
     * @return the formatted text
     */
    public static String format(long value, FormatSpec spec, String typeName) {
        return format(BigInteger.valueOf(value), spec, typeName);
    }

    /**
     * Python's {@code format(value, spec)} for an int.
     *
     * <p>As in CPython, an empty spec on a subclass (such as bool) means {@code str(value)};
     * that case is the caller's, since only the object model knows the subclass's str.
     *
     * @param value the value
     * @param spec the parsed specification
     * @param typeName the Python type name for messages ({@code "int"}, {@code "bool"}...)
     * @return the formatted text
     */
    public static String format(BigInteger value, FormatSpec spec, String typeName) {
        int type = spec.typeOr('d');
        int groupSize = spec.checkGrouping(type);
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.formatChecked(toDouble(value), spec, type, groupSize);
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw FormatException.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw FormatException.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw FormatException.valueError(
                        "Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw FormatException.valueError(
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw FormatException.overflowError("Python int too large to convert to C long");
            }
            if (value.signum() < 0 || value.bitLength() > 21 || value.intValue() > 0x10ffff) {
                throw FormatException.overflowError("%c arg not in range(0x110000)");
            }
            return Layout.number("", "", new String(Character.toChars(value.intValue())), spec,
                    0);
        }
        String[] pd = radixDigits(value.abs(), type);
        String prefix = pd[0];
        String digits = pd[1];
        String lead = FloatFormat.signText(value.signum() < 0, spec.sign())
                + (spec.alternate() ? prefix : "");
        return Layout.number(lead, digits, "", spec, groupSize);
    }

    /**
     * The digits of a non-negative value in the base a conversion letter names ({@code b o x X},
     * anything else decimal), with the prefix {@code #} adds: {prefix, digits}.
     */
    static String[] radixDigits(BigInteger mag, int type) {
        switch (type) {
            case 'b':
                return new String[] {"0b", mag.toString(2)};
            case 'o':
                return new String[] {"0o", mag.toString(8)};
            case 'x':
                return new String[] {"0x", mag.toString(16)};
            case 'X':
                return new String[] {"0X", mag.toString(16).toUpperCase(Locale.ROOT)};
            default:
                return new String[] {"", decimal(mag)};
        }
    }

    /**
     * Python's {@code str(value)}, with the default int max str digits limit.
     *
     * @param value the value
     * @return its decimal text
     * @throws FormatException ValueError when the result would exceed 4300 digits
     */
    public static String toDecimalString(BigInteger value) {
        if (value.signum() < 0) {
            return "-" + decimal(value.negate());
        }
        return decimal(value);
    }

    /**
     * Python's {@code bin()}, {@code oct()} and {@code hex()}: e.g. {@code "-0x1f"}.
     *
     * @param value the value
     * @param radix 2, 8 or 16
     * @return the prefixed text (lower case digits)
     */
    public static String toPrefixedString(BigInteger value, int radix) {
        String prefix;
        switch (radix) {
            case 2:
                prefix = "0b";
                break;
            case 8:
                prefix = "0o";
                break;
            case 16:
                prefix = "0x";
                break;
            default:
                throw new IllegalArgumentException("radix must be 2, 8 or 16: " + radix);
        }
        String digits = value.abs().toString(radix);
        return (value.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static String decimal(BigInteger mag) {
        if (mag.bitLength() > SURELY_TOO_LONG_BITS) {
            throw tooManyDigits();
        }
        String s = mag.toString();
        if (s.length() > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return s;
    }

    private static FormatException tooManyDigits() {
        return FormatException.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to"
                + " increase the limit");
    }

    /**
     * Python's {@code float(value)} for an int: correctly rounded, ties to even.
     *
     * @param value the value
     * @return the nearest double
     * @throws FormatException OverflowError "int too large to convert to float"
     */
    public static double toDouble(BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw FormatException.overflowError("int too large to convert to float");
        }
        return d;
    }
}
