package org.ember.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link FloatFormat#repr(double)} over many random doubles, beyond the
 * CPython-generated table: it reads back exactly, and no string with one digit fewer does.
 */
class ReprPropertyTest {

    @Test
    void roundTripsAndIsShortest() {
        SplittableRandom rnd = new SplittableRandom(12345);
        long start = System.nanoTime();
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                continue;
            }
            String r = FloatFormat.repr(x);
            assertEquals(x, Double.parseDouble(r), r);
            int digits = significantDigits(r);
            if (digits > 1) {
                // The nearest decimal with one digit fewer, and its neighbours, must not read back.
                BigDecimal exact = new BigDecimal(x);
                for (RoundingMode m : new RoundingMode[] {RoundingMode.HALF_EVEN,
                        RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    BigDecimal shorter = exact.round(new MathContext(digits - 1, m));
                    assertTrue(shorter.doubleValue() != x, () -> r + " is not shortest: " + shorter);
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("repr property: " + n + " doubles in " + ms + " ms");
    }

    private static int significantDigits(String r) {
        String m = r.replace("-", "");
        int e = m.indexOf('e');
        if (e >= 0) {
            m = m.substring(0, e);
        }
        m = m.replace(".", "");
        m = m.replaceFirst("^0+", "");
        m = m.replaceFirst("0+$", "");
        return Math.max(1, m.length());
    }
}
