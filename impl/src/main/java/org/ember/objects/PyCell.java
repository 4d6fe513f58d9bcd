package org.ember.objects;

/** A closure cell: one variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObj {
    public static final PyType TYPE = PyType.builtin("cell", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyObj v = ((PyCell) self).value;
            return PyStr.of(v == null ? "<cell at 0x" + Integer.toHexString(System.identityHashCode(self)) + ": empty>"
                    : "<cell at 0x" + Integer.toHexString(System.identityHashCode(self)) + ": " + v.type().name()
                    + " object>");
        });
        TYPE.attr("cell_contents", new PyGetSet("cell_contents", self -> {
            PyObj v = ((PyCell) self).value;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> ((PyCell) self).value = v));
    }

    /** The variable's value, or null when unbound. */
    public PyObj value;

    public PyCell(PyObj value) {
        this.value = value;
    }

    public void set(PyObj v) {
        this.value = v;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
