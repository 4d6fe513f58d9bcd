package org.ember.objects;

/**
 * {@code set}, and the storage shared with {@code frozenset} ({@link PyFrozenSet} extends this
 * class, so {@code instanceof PySet} is CPython's {@code PyAnySet_Check}). The elements are the
 * keys of a {@link PyDict}, so iteration follows insertion. Slots and methods live in
 * {@link SetMethods}.
 */
public class PySet extends PyObj {
    public static final PyType TYPE = PyType.builtin("set", PyBaseObject.TYPE, null);

    final SetTable table = new SetTable();

    @Override
    public PyType type() {
        return TYPE;
    }

    public final void add(PyObj v) {
        table.add(v);
    }

    public final boolean contains(PyObj v) {
        return table.contains(v);
    }

    /** {@code v in self} for the eval loop's fast path: 1, 0, or -1 when only {@link #contains} can tell. */
    public final int fastContains(PyObj v) {
        return table.fastContains(v);
    }

    /**
     * {@code self.add(v)} ({@code add}) or {@code self.discard(v)} (else) for the eval loop's fast
     * path (see {@link SetTable#fastAddOrDiscard}); false when the general path must do it.
     */
    public final boolean fastAddOrDiscard(PyObj v, boolean add) {
        return table.fastAddOrDiscard(v, add);
    }

    public final int size() {
        return table.size();
    }

    /** Removes {@code v}; false when absent. */
    public final boolean discard(PyObj v) {
        return table.remove(v);
    }

    /** The elements, in iteration order. */
    public final PyObj[] toArray() {
        PyObj[] out = new PyObj[table.size()];
        int j = 0;
        for (int i = 0; i < table.entryCount(); i++) {
            PyObj k = table.entryKey(i);
            if (k != null) {
                out[j++] = k;
            }
        }
        return out;
    }

    /** Whether this is a {@code frozenset} (or a subclass of it). */
    public boolean isFrozen() {
        return false;
    }

    static {
        SetMethods.defineSet(TYPE);
    }

    /** An instance of a Python subclass of {@code set}. */
    static final class Derived extends PySet {
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
