package org.ember.objects;

/**
 * Hashing and equality of {@code str} and {@code int} keys as the eval loop's fast path needs
 * them: only the answers that take no call (a str's hash once computed, an int that fits a
 * long), and "unknown" otherwise, for the general path, which may run {@code __hash__} and
 * {@code __eq__}. The dict and set probes built on these stay small enough for HotSpot to
 * inline into the fast path (see docs/internals/interpreter.md, "Fast path and general path").
 */
final class FastKeys {
    private FastKeys() {}

    /** Not a hash any key can have ({@code hash()} values lie within ±(2**61 - 1)). */
    static final long UNKNOWN = Long.MIN_VALUE;

    /** The hash of an exact str whose hash is cached or an exact int that fits a long, else {@link #UNKNOWN}. */
    static long hash(PyObj k) {
        Class<?> c = k.getClass();
        if (c == PyStr.class) {
            return ((PyStr) k).cachedHash();
        }
        if (c == PyInt.class) {
            PyInt i = (PyInt) k;
            long v = i.value;
            if (i.big == null && v > -Hashing.MODULUS && v < Hashing.MODULUS) {
                return v == -1 ? -2 : v;
            }
        }
        return UNKNOWN;
    }

    /**
     * Whether two keys of equal hash that are not the same object are equal: 1 or 0 when both are
     * exact strs or exact ints that fit a long, else -1 (unknown).
     */
    static int equal(PyObj a, PyObj b) {
        Class<?> c = a.getClass();
        if (c != b.getClass()) {
            return -1;
        }
        if (c == PyStr.class) {
            return ((PyStr) a).value().equals(((PyStr) b).value()) ? 1 : 0;
        }
        if (c == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
            return ((PyInt) a).value == ((PyInt) b).value ? 1 : 0;
        }
        return -1;
    }
}
