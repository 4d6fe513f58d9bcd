package org.ember.parser;

import java.math.BigInteger;
import org.ember.ast.Expr;

/** Converts NUMBER token text (already validated by the tokenizer) into constant values. */
final class Literals {
    private Literals() {}

    /** A Long, BigInteger, Double or {@link Expr.Imaginary}. */
    static Object parseNumber(String text) {
        String s = text.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }
}
