package org.ember.objects;

/**
 * {@code frozenset}: an immutable, hashable {@link PySet}. The hash is CPython's order-independent
 * combination of the element hashes, cached once computed. Slots and methods live in
 * {@link SetMethods}.
 */
public class PyFrozenSet extends PySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyBaseObject.TYPE, null);
    public static final PyFrozenSet EMPTY = new PyFrozenSet();

    long hash;
    boolean hashed;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public final boolean isFrozen() {
        return true;
    }

    /** A frozenset of the given elements. */
    public static PyFrozenSet of(PyObj... items) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObj x : items) {
            s.add(x);
        }
        return s;
    }

    static {
        SetMethods.defineFrozenSet(TYPE);
    }

    /** An instance of a Python subclass of {@code frozenset}. */
    static final class Derived extends PyFrozenSet {
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
