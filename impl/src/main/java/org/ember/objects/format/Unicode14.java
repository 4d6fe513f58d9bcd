package org.ember.objects.format;

import org.ember.objects.UnicodeData;

/**
 * Decimal digit values as CPython 3.11 (Unicode 14.0) has them, for the number parsers of this
 * package. The data is {@link UnicodeData}'s, generated from python3.
 */
final class Unicode14 {

    private Unicode14() {
    }

    /**
     * The decimal value of a Unicode decimal digit (Python's {@code str.isdecimal}).
     *
     * @param cp a code point
     * @return 0..9, or -1 if cp is not a decimal digit
     */
    static int decimalValue(int cp) {
        return UnicodeData.decimalValue(cp);
    }
}
