package org.ember.objects;

import java.util.Arrays;
import java.util.List;

/** {@code list}: a growable array of objects. */
public class PyList extends PyObj {
    public static final PyType TYPE = PyType.builtin("list", PyBaseObject.TYPE, null);

    PyObj[] items;
    int size;

    public PyList() {
        this.items = new PyObj[4];
    }

    /** Wraps {@code items} (all slots used) without copying. */
    public PyList(PyObj[] items) {
        this.items = items;
        this.size = items.length;
    }

    /** {@code self[s]}: a new list. */
    public final PyList getSlice(PySlice s) {
        return new PyList(SeqMethods.slice(items, size, s));
    }

    /**
     * {@code self[s] = value} when {@code s} (a slice that raises nothing) has step 1 and spans
     * exactly as many items as {@code value}, an exact list or tuple, has: stores them and returns
     * true; else false, changing nothing (the eval loop's fast path, which leaves resizing
     * assignments to {@link #setSlice}).
     */
    public final boolean replaceSlice(PySlice s, PyObj value) {
        PyObj[] src;
        int n;
        if (value.getClass() == PyList.class) {
            src = ((PyList) value).items;
            n = ((PyList) value).size;
        } else if (value.getClass() == PyTuple.class) {
            src = ((PyTuple) value).items;
            n = src.length;
        } else {
            return false;
        }
        long[] ix = s.indices(size);
        if (ix[2] != 1 || ix[3] != n) {
            return false;
        }
        System.arraycopy(src, 0, items, (int) ix[0], n);
        return true;
    }

    /** {@code self[s] = value}, {@code value} an iterable. */
    public final void setSlice(PySlice s, PyObj value) {
        SeqMethods.listSetItem(this, s, value);
    }

    public static PyList of(PyObj... items) {
        return new PyList(items.clone());
    }

    public static PyList ofList(List<PyObj> items) {
        return new PyList(items.toArray(new PyObj[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return size;
    }

    public final PyObj get(int i) {
        return items[i];
    }

    public final void set(int i, PyObj v) {
        items[i] = v;
    }

    public final void append(PyObj v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** {@code pop()} of a non-empty list (for the eval loop's fast path): the last item, or null when empty. */
    public final PyObj popLastOrNull() {
        if (size == 0) {
            return null;
        }
        PyObj v = items[--size];
        items[size] = null;
        return v;
    }

    /** A copy of the items. */
    public final PyObj[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents. */
    public final void setItems(PyObj[] newItems) {
        this.items = newItems;
        this.size = newItems.length;
    }

    static {
        SeqMethods.defineList(TYPE);
    }

    /** An instance of a Python subclass of {@code list}. */
    static final class Derived extends PyList {
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
