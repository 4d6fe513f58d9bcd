package org.ember.objects;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObj {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyBaseObject.TYPE, null).finalType();
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of("Ellipsis"));
    }

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
