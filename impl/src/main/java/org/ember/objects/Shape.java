package org.ember.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the ordered attribute names of an instance, mapping each to a slot of the
 * instance's value array. Shapes form a tree from {@link #EMPTY} by adding one name at a time and
 * are shared by every instance that gained the same names in the same order, so an inline cache
 * can guard on "same shape" and read a fixed slot.
 */
public final class Shape {
    /** The shape of an instance with no attributes. */
    public static final Shape EMPTY = new Shape(null, null, 0);

    private final Shape parent;
    private final String name;
    private final int size;
    private final Map<String, Integer> index;
    private final Map<String, Shape> transitions = new HashMap<>(4);

    private Shape(Shape parent, String name, int size) {
        this.parent = parent;
        this.name = name;
        this.size = size;
        this.index = parent == null ? new HashMap<>() : new HashMap<>(parent.index);
        if (name != null) {
            index.put(name, size - 1);
        }
    }

    /** The slot of {@code attr}, or -1. */
    public int indexOf(String attr) {
        Integer i = index.get(attr);
        return i == null ? -1 : i;
    }

    /** The number of attributes. */
    public int size() {
        return size;
    }

    /** The attribute names in insertion order. */
    public String[] names() {
        String[] out = new String[size];
        for (Shape s = this; s.name != null; s = s.parent) {
            out[s.size - 1] = s.name;
        }
        return out;
    }

    /** The shape after adding {@code attr} (shared). */
    public synchronized Shape with(String attr) {
        return transitions.computeIfAbsent(attr, a -> new Shape(this, a, size + 1));
    }
}
