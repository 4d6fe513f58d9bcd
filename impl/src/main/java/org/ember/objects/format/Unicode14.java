package org.ember.objects.format;

import java.util.Arrays;

/**
 * The few facts of Unicode 14.0 (CPython 3.11's Unicode) that Java 17 (Unicode 13.0) lacks and
 * that this package needs: characters that are printable for Python but unassigned for Java,
 * and the decimal digits added in 14.0.
 *
 * <p>The ranges were obtained by comparing, for every code point, Python 3.11's
 * {@code str.isprintable} with {@link StrRepr#isPrintable(int)} computed from Java 17's
 * {@link Character#getType(int)}; every difference was of this one kind.
 */
final class Unicode14 {

    /** Inclusive [first, last] pairs, sorted, of code points printable only in Unicode 14. */
    private static final int[] PRINTABLE_RANGES = {
            0x61d, 0x61d, 0x870, 0x88e, 0x898, 0x89f, 0x8b5, 0x8b5, 0x8c8, 0x8d2, 0xc3c, 0xc3c,
            0xc5d, 0xc5d, 0xcdd, 0xcdd, 0x170d, 0x170d, 0x1715, 0x1715, 0x171f, 0x171f,
            0x180f, 0x180f, 0x1ac1, 0x1ace, 0x1b4c, 0x1b4c, 0x1b7d, 0x1b7e, 0x1dfa, 0x1dfa,
            0x20c0, 0x20c0, 0x2c2f, 0x2c2f, 0x2c5f, 0x2c5f, 0x2e53, 0x2e5d, 0x9ffd, 0x9fff,
            0xa7c0, 0xa7c1, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9, 0xa7f2, 0xa7f4,
            0xfbc2, 0xfbc2, 0xfd40, 0xfd4f, 0xfdcf, 0xfdcf, 0xfdfe, 0xfdff, 0x10570, 0x1057a,
            0x1057c, 0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10597, 0x105a1,
            0x105a3, 0x105b1, 0x105b3, 0x105b9, 0x105bb, 0x105bc, 0x10780, 0x10785,
            0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10f70, 0x10f89, 0x11070, 0x11075,
            0x110c2, 0x110c2, 0x116b9, 0x116b9, 0x11740, 0x11746, 0x11ab0, 0x11abf,
            0x12f90, 0x12ff2, 0x16a70, 0x16abe, 0x16ac0, 0x16ac9, 0x1aff0, 0x1aff3,
            0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b11f, 0x1b122, 0x1cf00, 0x1cf2d,
            0x1cf30, 0x1cf46, 0x1cf50, 0x1cfc3, 0x1d1e9, 0x1d1ea, 0x1df00, 0x1df1e,
            0x1e290, 0x1e2ae, 0x1e7e0, 0x1e7e6, 0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee,
            0x1e7f0, 0x1e7fe, 0x1f6dd, 0x1f6df, 0x1f7f0, 0x1f7f0, 0x1f979, 0x1f979,
            0x1f9cc, 0x1f9cc, 0x1fa7b, 0x1fa7c, 0x1faa9, 0x1faac, 0x1fab7, 0x1faba,
            0x1fac3, 0x1fac5, 0x1fad7, 0x1fad9, 0x1fae0, 0x1fae7, 0x1faf0, 0x1faf6,
            0x2a6de, 0x2a6df, 0x2b735, 0x2b738
    };

    /** First of the Tangsa digits U+16AC0..U+16AC9, the only decimal digits new in 14.0. */
    private static final int TANGSA_ZERO = 0x16ac0;

    private Unicode14() {
    }

    /** @return whether cp, unassigned in Java 17, is an assigned printable character in 14.0 */
    static boolean isNewPrintable(int cp) {
        int i = Arrays.binarySearch(PRINTABLE_RANGES, cp);
        if (i >= 0) {
            return true;
        }
        int insertion = -i - 1;
        // Odd insertion point: cp lies between a range's first and last.
        return (insertion & 1) == 1;
    }

    /**
     * The decimal value of a Unicode decimal digit (category Nd) as of Unicode 14.0.
     *
     * @param cp a code point
     * @return 0..9, or -1 if cp is not a decimal digit
     */
    static int decimalValue(int cp) {
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        if (cp >= TANGSA_ZERO && cp <= TANGSA_ZERO + 9) {
            return cp - TANGSA_ZERO;
        }
        return -1;
    }
}
