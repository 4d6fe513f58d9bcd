package org.ember.compiler;

/** A jump target inside one code unit: bound to the index of the next instruction emitted. */
final class Label {
    int index = -1;

    boolean isBound() {
        return index >= 0;
    }
}
