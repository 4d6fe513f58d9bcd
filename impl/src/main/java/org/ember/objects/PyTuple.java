package org.ember.objects;

import java.util.Arrays;
import java.util.List;

/** {@code tuple}: an immutable array of objects. */
public class PyTuple extends PyObj {
    public static final PyType TYPE = PyType.builtin("tuple", PyBaseObject.TYPE, null);
    public static final PyTuple EMPTY = new PyTuple(new PyObj[0]);

    final PyObj[] items;

    /** Wraps {@code items} without copying; the caller gives up the array. */
    public PyTuple(PyObj[] items) {
        this.items = items;
    }

    /** {@code self[s]}: a new tuple. */
    public final PyTuple getSlice(PySlice s) {
        return PyTuple.of(SeqMethods.slice(items, items.length, s));
    }

    public static PyTuple of(PyObj... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple ofList(List<PyObj> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObj[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return items.length;
    }

    public final PyObj get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public final PyObj[] items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple && Arrays.equals(items, ((PyTuple) o).items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    static {
        SeqMethods.defineTuple(TYPE);
    }

    /** An instance of a Python subclass of {@code tuple}. */
    static final class Derived extends PyTuple {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type, PyObj[] items) {
            super(items);
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
