package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Integer algorithms that need care: correctly rounded true division of big ints. */
final class IntMath {
    private IntMath() {}

    /** {@code a / b} correctly rounded to the nearest double (half-even), as CPython's long_true_divide. */
    static double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        a = a.abs();
        b = b.abs();
        // Scale so the quotient has 55+ significant bits, then round once with the sticky bit.
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger num = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).or(BigInteger.ONE);
            shift += 1;
        }
        // q * 2**-shift, converted with correct rounding via BigDecimal for the exponent range.
        double result;
        int exp = q.bitLength() - shift;
        if (exp > 1024) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        BigDecimal exact = new BigDecimal(q);
        if (shift > 0) {
            exact = exact.divide(new BigDecimal(BigInteger.ONE.shiftLeft(shift)));
        } else if (shift < 0) {
            exact = exact.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(-shift)));
        }
        result = exact.doubleValue();
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

}
