package org.ember.objects;

/** {@code NotImplemented}, the "try the other operand" answer of binary special methods. */
public final class PyNotImplemented extends PyObj {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyBaseObject.TYPE, null).finalType();
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of("NotImplemented"));
    }

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
