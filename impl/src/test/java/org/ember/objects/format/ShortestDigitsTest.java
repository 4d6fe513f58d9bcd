package org.ember.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the integer-arithmetic shortest-digits search against the slower BigDecimal
 * reference, on random bit patterns, random magnitudes, all powers of two and subnormals.
 * (Both are also checked against CPython by {@link CasesTest}.)
 */
class ShortestDigitsTest {

    private static void check(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return;
        }
        double ax = Math.abs(x);
        assertEquals(DecimalDigits.shortestReference(ax), DecimalDigits.shortest(ax),
                () -> "for " + ax + " (" + Double.toHexString(ax) + ")");
    }

    @Test
    void agreesWithReference() {
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int i = 0; i < 200_000; i++) {
            check(Double.longBitsToDouble(rnd.nextLong()));
        }
        for (int i = 0; i < 100_000; i++) {
            check(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-30, 30)));
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            check(p);
            check(Math.nextUp(p));
            check(Math.nextDown(p));
        }
        for (long m = 1; m < 5000; m++) {
            check(Double.longBitsToDouble(m));
            check(Double.longBitsToDouble((1L << 52) - m));
        }
        check(Double.MAX_VALUE);
        check(Double.MIN_NORMAL);
        for (int k = -325; k <= 308; k++) {
            double p = Double.parseDouble("1e" + k);
            check(p);
            check(Math.nextUp(p));
            check(Math.nextDown(p));
            check(Double.parseDouble("9.999999999999999e" + k));
        }
    }
}
