package org.ember.objects;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code str}: immutable text indexed by code point. Strings without surrogate pairs (all BMP,
 * the common case) index the Java string directly; others keep a code point array built on
 * first indexing. Methods live in {@link StrMethods}.
 */
public class PyStr extends PyObj {
    public static final PyType TYPE = PyType.builtin("str", PyBaseObject.TYPE, null);
    public static final PyStr EMPTY = new PyStr("");

    private static final PyStr[] LATIN1 = new PyStr[256];
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    private int hash;
    private boolean hashed;
    /** Code point count; -1 until computed. */
    private int length = -1;
    /** Code points, for strings with surrogate pairs, once indexed. */
    private int[] codePoints;

    public PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        if (s.isEmpty()) {
            return EMPTY;
        }
        return new PyStr(s);
    }

    /** The str of one code point. */
    /** {@code self[s]}. */
    public static PyObj getSlice(PyStr self, PySlice s) {
        return StrMethods.getItem(self, s);
    }

    /** {@code a < b} and friends for strs: code point order (-1, 0, 1 by sign). */
    public static int compare(PyStr a, PyStr b) {
        return StrMethods.compare(a.value, b.value);
    }

    /** {@code needle in hay} for two strs, by code points. */
    public static boolean contains(PyStr hay, PyStr needle) {
        return StrMethods.contains(hay.value, needle.value);
    }

    /** {@code a + b} for two strs. */
    public static PyStr concat(PyStr a, PyStr b) {
        return of(a.value.concat(b.value));
    }

    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    /** The shared instance for an identifier-like string (names in code objects, attribute names). */
    public static PyStr intern(String s) {
        return INTERNED.computeIfAbsent(s, PyStr::new);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final String value() {
        return value;
    }

    /** {@code len(s)} in code points. */
    public final int length() {
        int n = length;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            length = n;
        }
        return n;
    }

    /** Whether every character is in the BMP, so char index == code point index. */
    public final boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code point index {@code i} (0 <= i < length). */
    public final int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return codePoints()[i];
    }

    public final int[] codePoints() {
        int[] cps = codePoints;
        if (cps == null) {
            cps = value.codePoints().toArray();
            codePoints = cps;
        }
        return cps;
    }

    /** The substring of code points {@code [from, to)}. */
    public final String substring(int from, int to) {
        if (isBmp()) {
            return value.substring(from, to);
        }
        return new String(codePoints(), from, to - from);
    }

    /** The Java char index of code point index {@code i}. */
    public final int charIndex(int cpIndex) {
        return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    /** The code point index of Java char index {@code i}. */
    public final int cpIndex(int charIndex) {
        return isBmp() ? charIndex : value.codePointCount(0, charIndex);
    }

    public final long pyHash() {
        if (!hashed) {
            // String.hashCode is the polynomial 31 * h + c over the chars (and cached by the
            // String); spread its bits, since Python does not promise any particular str hash.
            long x = value.hashCode() * 0x9E3779B97F4A7C15L;
            x ^= x >>> 29;
            hash = (int) x;
            if (hash == -1) {
                hash = -2;
            }
            hashed = true;
        }
        return hash;
    }

    /** The hash if computed already, else {@link FastKeys#UNKNOWN} (for the eval loop's fast path). */
    final long cachedHash() {
        return hashed ? hash : FastKeys.UNKNOWN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr && ((PyStr) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return (int) pyHash();
    }

    static {
        StrMethods.define(TYPE);
        StrExtras.define(TYPE);
    }

    /** An instance of a Python subclass of {@code str}. */
    static final class Derived extends PyStr {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type, String v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public InstanceAttrs attrs() {
            return attrs;
        }
    }
}
