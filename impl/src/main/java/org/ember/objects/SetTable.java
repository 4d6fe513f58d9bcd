package org.ember.objects;

/**
 * The hash table of {@code set} and {@code frozenset}, laid out as CPython's setobject: open
 * addressing with a short linear probe before each perturbed jump, resizing at 60% fill to four
 * times the used count. Iteration walks the slots in order, so a set prints its items in the same
 * order as CPython (for ints, whose hashes are their values, that is why {@code {3, 1, 2}} shows as
 * {@code {1, 2, 3}}).
 */
final class SetTable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot. */
    private static final PyObj DUMMY = new PyTuple(new PyObj[0]);

    private PyObj[] keys = new PyObj[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill;
    private int used;
    /** Bumped on every change in size, for "Set changed size during iteration". */
    private int version;

    int size() {
        return used;
    }

    int version() {
        return version;
    }

    /** Number of slots; iterate 0..entryCount() and skip nulls from {@link #entryKey}. */
    int entryCount() {
        return keys.length;
    }

    /** The key in slot {@code i}, or null for an empty or deleted slot. */
    PyObj entryKey(int i) {
        PyObj k = keys[i];
        return k == DUMMY ? null : k;
    }

    long entryHash(int i) {
        return hashes[i];
    }

    private static boolean same(PyObj stored, long storedHash, PyObj key, long hash) {
        if (stored == key) {
            return true;
        }
        if (storedHash != hash) {
            return false;
        }
        if (stored.getClass() == PyStr.class && key.getClass() == PyStr.class) {
            return ((PyStr) stored).value().equals(((PyStr) key).value());
        }
        if (stored.getClass() == PyInt.class && key.getClass() == PyInt.class) {
            return PyInt.compare((PyInt) stored, (PyInt) key) == 0;
        }
        return Abstract.richCompareBool(stored, key, CompareOp.EQ);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(PyObj key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                PyObj k = keys[i + j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && same(k, hashes[i + j], key, hash)) {
                    return i + j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * {@link #find} for the eval loop's fast path, with {@link FastKeys}' hash and equality: the
     * slot holding {@code key}; when it is absent, {@code -3 - s} where {@code s} is the slot
     * {@link #add} would put it in (the last deleted slot the probe passed, else the empty slot
     * it ended at); -1 when only the general lookup can tell.
     */
    private int fastSlot(PyObj key, long hash) {
        if (hash == FastKeys.UNKNOWN) {
            return -1;
        }
        PyObj[] ks = keys;
        int mask = ks.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObj k = ks[j];
                if (k == null) {
                    return -3 - (freeSlot >= 0 ? freeSlot : j);
                }
                if (k == key) {
                    return j;
                }
                if (k == DUMMY) {
                    freeSlot = j;
                } else if (hashes[j] == hash) {
                    int eq = FastKeys.equal(k, key);
                    if (eq != 0) {
                        return eq > 0 ? j : -1;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** {@code key in self} for the eval loop's fast path: 1, 0, or -1 when only {@link #contains} can tell. */
    int fastContains(PyObj key) {
        int s = fastSlot(key, FastKeys.hash(key));
        return s >= 0 ? 1 : s == -1 ? -1 : 0;
    }

    /**
     * {@link #add} ({@code add}) or {@link #remove} (else) for the eval loop's fast path, of a key
     * {@link FastKeys} hashes and compares (no Python code runs): the same slots and resize as
     * those; false when only the general path can do it. One method for the two, so that the fast
     * path inlines the probing once.
     */
    boolean fastAddOrDiscard(PyObj key, boolean add) {
        long hash = FastKeys.hash(key);
        int s = fastSlot(key, hash);
        if (s == -1) {
            return false;
        }
        if (add) {
            if (s < 0) {
                put(-3 - s, key, hash);
            }
        } else if (s >= 0) {
            keys[s] = DUMMY;
            used--;
            version++;
        }
        return true;
    }

    /** Stores a new {@code key} in slot {@code s} (empty or deleted) and grows the table when it is two thirds full. */
    private void put(int s, PyObj key, long hash) {
        if (keys[s] == null) {
            fill++;
        }
        keys[s] = key;
        hashes[s] = hash;
        used++;
        version++;
        if (fill * 5 >= (keys.length - 1) * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    boolean contains(PyObj key) {
        return find(key, Abstract.hash(key)) >= 0;
    }

    /** Adds {@code key}; false when it was already present. */
    boolean add(PyObj key) {
        long hash = Abstract.hash(key);
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = 0; j <= probes; j++) {
                int s = i + j;
                PyObj k = keys[s];
                if (k == null) {
                    put(freeSlot >= 0 ? freeSlot : s, key, hash);
                    return true;
                }
                if (k == DUMMY) {
                    freeSlot = s;
                } else if (same(k, hashes[s], key, hash)) {
                    return false;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; false when absent. */
    boolean remove(PyObj key) {
        int s = find(key, Abstract.hash(key));
        if (s < 0) {
            return false;
        }
        keys[s] = DUMMY;
        used--;
        version++;
        return true;
    }

    /** Removes and returns an arbitrary key (CPython's {@code set.pop} scan order), or null. */
    PyObj pop(int[] finger) {
        if (used == 0) {
            return null;
        }
        int mask = keys.length - 1;
        int i = finger[0] & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        PyObj k = keys[i];
        keys[i] = DUMMY;
        used--;
        version++;
        finger[0] = i + 1;
        return k;
    }

    void clear() {
        keys = new PyObj[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
        version++;
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        PyObj[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObj[newSize];
        hashes = new long[newSize];
        fill = used;
        int mask = newSize - 1;
        for (int o = 0; o < oldKeys.length; o++) {
            PyObj k = oldKeys[o];
            if (k == null || k == DUMMY) {
                continue;
            }
            long hash = oldHashes[o];
            long perturb = hash;
            int i = (int) (hash & mask);
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (int j = 0; j <= probes; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = k;
                        hashes[i + j] = hash;
                        break outer;
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }
}
