package org.ember.objects;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered hash table, laid out as CPython's compact dict — an index
 * table of open-addressed slots pointing into dense entry arrays, so iteration follows insertion
 * order and deleted entries leave holes until the next resize. Keys compare by identity first,
 * then cached hash, then {@code ==}. {@link #keysVersion()} changes whenever a key is added or
 * removed, for inline caches of globals and builtins.
 */
public class PyDict extends PyObj {
    public static final PyType TYPE = PyType.builtin("dict", PyBaseObject.TYPE, null);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private PyObj[] keys;
    private PyObj[] values;
    private long[] hashes;
    /** Entries used (including deleted holes). */
    private int used;
    private int size;
    private int version;
    /** Version tags are unique across all interpreters and threads (inline caches compare them). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_VERSION = new java.util.concurrent.atomic.AtomicInteger(1);

    public PyDict() {
        index = new int[8];
        Arrays.fill(index, EMPTY);
        keys = new PyObj[5];
        values = new PyObj[5];
        hashes = new long[5];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return size;
    }

    /** Changes whenever the set of keys changes (not when a value is replaced). */
    public final int keysVersion() {
        return version;
    }

    private static boolean keyEq(PyObj a, long ha, PyObj b, long hb) {
        if (a == b) {
            return true;
        }
        if (ha != hb) {
            return false;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyInt.compare((PyInt) a, (PyInt) b) == 0;
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** Entry position of {@code key}, or -1. */
    private int find(PyObj key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0) {
                PyObj k = keys[e];
                if (k == key || (hashes[e] == h && keyEq(k, hashes[e], key, h))) {
                    // keyEq may run Python code that mutates this dict; re-check the entry.
                    if (e < used && keys[e] == k) {
                        return e;
                    }
                    return find(key, h);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * {@link #find} for the eval loop's fast path, with {@link FastKeys}' equality: the entry of
     * {@code key}, -1 when absent, -2 when only the general lookup can tell.
     */
    private int probe(PyObj key, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = idx[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0) {
                PyObj k = keys[e];
                if (k == key) {
                    return e;
                }
                if (hashes[e] == h) {
                    int eq = FastKeys.equal(k, key);
                    if (eq != 0) {
                        return eq > 0 ? e : -2;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry of an exact str or int key (see {@link FastKeys}), -1 when absent, -2 when only the general lookup can tell. */
    private int fastEntry(PyObj key) {
        long h = FastKeys.hash(key);
        return h == FastKeys.UNKNOWN ? -2 : probe(key, h);
    }

    /** {@code self[key]} for the eval loop's fast path: null when absent or when only {@link #getItem} can tell. */
    public final PyObj fastGet(PyObj key) {
        int e = fastEntry(key);
        return e >= 0 ? values[e] : null;
    }

    /** {@code key in self} for the eval loop's fast path: 1, 0, or -1 when only {@link #getItem} can tell. */
    public final int fastContains(PyObj key) {
        int e = fastEntry(key);
        return e >= 0 ? 1 : e + 1;
    }

    /** {@code self[key] = value} for a key already present, for the eval loop's fast path; false when the general path must store it. */
    public final boolean fastReplace(PyObj key, PyObj value) {
        int e = fastEntry(key);
        if (e < 0) {
            return false;
        }
        values[e] = value;
        return true;
    }

    private int slotFor(long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private int slotOfEntry(int e, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** The entry position of {@code key} (stable until the keys version changes), or -1. */
    public final int entryIndex(PyObj key) {
        return find(key, Abstract.hash(key));
    }

    public final PyObj getItem(PyObj key) {
        long h = Abstract.hash(key);
        int e = find(key, h);
        return e < 0 ? null : values[e];
    }

    /** Lookup by a Java string key (module globals, instance dicts). */
    public final PyObj getStr(String key) {
        PyStr k = PyStr.of(key);
        int e = find(k, k.pyHash());
        return e < 0 ? null : values[e];
    }

    public final void setStr(String key, PyObj value) {
        setItem(PyStr.of(key), value);
    }

    public final void setItem(PyObj key, PyObj value) {
        long h = Abstract.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (used == keys.length) {
            resize();
        }
        if ((used + 1) * 3 >= index.length * 2) {
            resize();
        }
        int slot = slotFor(h);
        index[slot] = used;
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        used++;
        size++;
        version = NEXT_VERSION.getAndIncrement();
    }

    /** Removes {@code key}; false when absent. */
    public final boolean delItemIfPresent(PyObj key) {
        long h = Abstract.hash(key);
        int e = find(key, h);
        if (e < 0) {
            return false;
        }
        index[slotOfEntry(e, h)] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version = NEXT_VERSION.getAndIncrement();
        return true;
    }

    /** Removes and returns the value, or null. */
    public final PyObj pop(PyObj key) {
        long h = Abstract.hash(key);
        int e = find(key, h);
        if (e < 0) {
            return null;
        }
        PyObj v = values[e];
        index[slotOfEntry(e, h)] = DUMMY;
        keys[e] = null;
        values[e] = null;
        size--;
        version = NEXT_VERSION.getAndIncrement();
        return v;
    }

    public final void clear() {
        index = new int[8];
        Arrays.fill(index, EMPTY);
        keys = new PyObj[5];
        values = new PyObj[5];
        hashes = new long[5];
        used = 0;
        size = 0;
        version = NEXT_VERSION.getAndIncrement();
    }

    private void resize() {
        int n = Math.max(8, Integer.highestOneBit(Math.max(size, 1) * 3) * 2);
        while (n * 2 < (size + 1) * 3) {
            n *= 2;
        }
        int cap = Math.max(5, n * 2 / 3 + 1);
        PyObj[] nk = new PyObj[cap];
        PyObj[] nv = new PyObj[cap];
        long[] nh = new long[cap];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        used = j;
        index = new int[n];
        Arrays.fill(index, EMPTY);
        for (int i = 0; i < used; i++) {
            index[slotFor(hashes[i])] = i;
        }
    }

    // ---- ordered access (iteration skips holes) --------------------------------------------------

    /** The number of entry positions, including holes; iterate 0..capacityUsed() and skip null keys. */
    public final int entryCount() {
        return used;
    }

    /** The key at entry position {@code i}, or null for a hole. */
    public final PyObj entryKey(int i) {
        return keys[i];
    }

    public final PyObj entryValue(int i) {
        return values[i];
    }

    /** The {@code n}-th live key in order (O(n) when there are holes; for small dicts and class bodies). */
    public final PyObj keyAt(int n) {
        for (int i = 0; i < used; i++) {
            if (keys[i] != null && n-- == 0) {
                return keys[i];
            }
        }
        throw new IndexOutOfBoundsException();
    }

    public final PyObj valueAt(int n) {
        for (int i = 0; i < used; i++) {
            if (keys[i] != null && n-- == 0) {
                return values[i];
            }
        }
        throw new IndexOutOfBoundsException();
    }

    /** A copy of this dict's items (same order). */
    public final PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                d.setItem(keys[i], values[i]);
            }
        }
        return d;
    }

    static {
        DictMethods.define(TYPE);
    }

    /** An instance of a Python subclass of {@code dict}. */
    static final class Derived extends PyDict {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type) {
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
