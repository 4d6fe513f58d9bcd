package org.ember.objects;

/**
 * The attributes of one instance: values in an array laid out by a {@link Shape}, until someone
 * asks for {@code __dict__} or deletes an attribute; from then on a real {@link PyDict} (so the
 * dict and the instance stay one and the same, as Python requires).
 */
public final class InstanceAttrs {
    private Shape shape = Shape.EMPTY;
    private PyObj[] values = EMPTY_VALUES;
    private PyDict dict;

    private static final PyObj[] EMPTY_VALUES = new PyObj[0];
    /**
     * Values of {@code __slots__} members, kept apart from the instance dict, at the indexes their
     * member descriptors carry (see {@link PyType#slotCount()}); null entries are unset members.
     */
    private PyObj[] slotValues;

    public InstanceAttrs() {
    }

    /** Attributes of an instance whose class lays out {@code slots} {@code __slots__} members. */
    public InstanceAttrs(int slots) {
        if (slots > 0) {
            slotValues = new PyObj[slots];
        }
    }

    /** The value of the {@code __slots__} member at {@code index}, or null when unset. */
    public PyObj getSlot(int index) {
        PyObj[] v = slotValues;
        return v != null && index < v.length ? v[index] : null;
    }

    /** Sets (value non-null) or clears the {@code __slots__} member at {@code index}. */
    public void putSlot(int index, PyObj value) {
        PyObj[] v = slotValues;
        if (v == null || index >= v.length) {
            if (value == null) {
                return;
            }
            // Instances of builtin subclasses do not size the array up front.
            v = v == null ? new PyObj[index + 1] : java.util.Arrays.copyOf(v, index + 1);
            slotValues = v;
        }
        v[index] = value;
    }

    /** The value of {@code name}, or null. */
    public PyObj get(String name) {
        if (dict != null) {
            return dict.getStr(name);
        }
        int i = shape.indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** Sets {@code name}. */
    public void put(String name, PyObj value) {
        if (dict != null) {
            dict.setItem(PyStr.of(name), value);
            return;
        }
        int i = shape.indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        shape = shape.with(name);
        if (shape.size() > values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, values.length * 2));
        }
        values[shape.size() - 1] = value;
    }

    /**
     * Adds the attribute that {@code next} (a transition of the current shape by one name) has
     * last, as an inline cache does once it knows the transition.
     */
    public void append(Shape next, PyObj value) {
        int i = next.size() - 1;
        if (i >= values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, values.length * 2));
        }
        values[i] = value;
        shape = next;
    }

    /** Removes {@code name}; false when it was absent. */
    public boolean remove(String name) {
        PyDict d = asDict();
        return d.delItemIfPresent(PyStr.of(name));
    }

    /** The instance dict, created from the shape on first use and used from then on. */
    public PyDict asDict() {
        if (dict == null) {
            PyDict d = new PyDict();
            String[] names = shape.names();
            for (int i = 0; i < names.length; i++) {
                d.setItem(PyStr.of(names[i]), values[i]);
            }
            dict = d;
            values = null;
            shape = null;
        }
        return dict;
    }

    /** Replaces the instance dict ({@code obj.__dict__ = d}). */
    public void setDict(PyDict d) {
        dict = d;
        values = null;
        shape = null;
    }

    /** The shape while in shape mode, else null (for inline caches). */
    public Shape shape() {
        return shape;
    }

    /** The value array while in shape mode (for inline caches). */
    public PyObj[] values() {
        return values;
    }
}
