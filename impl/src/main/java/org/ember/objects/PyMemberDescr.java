package org.ember.objects;

/** A {@code __slots__} entry ({@code member_descriptor}): the attribute lives in the instance's storage. */
public final class PyMemberDescr extends PyObj {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.slot(Slot.DESCR_GET, (SlotFns.Fn3) (self, inst, owner) -> {
            if (inst == null) {
                return self;
            }
            PyMemberDescr d = (PyMemberDescr) self;
            PyObj v = inst.attrs().getSlot(d.name);
            if (v == null) {
                throw Errors.noAttribute(inst, d.name);
            }
            return v;
        }).slot(Slot.DESCR_SET, (SlotFns.Fn3) (self, inst, value) -> {
            PyMemberDescr d = (PyMemberDescr) self;
            if (value == null) {
                if (inst.attrs().getSlot(d.name) == null) {
                    throw Errors.attributeError(d.name);
                }
                inst.attrs().putSlot(d.name, null);
            } else {
                inst.attrs().putSlot(d.name, value);
            }
            return PyNone.NONE;
        }).slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of("<member '" + ((PyMemberDescr) self).name + "' of '"
                + ((PyMemberDescr) self).owner.name() + "' objects>"));
        TYPE.attr("__name__", new PyGetSet("__name__", self -> PyStr.of(((PyMemberDescr) self).name), null));
        TYPE.attr("__objclass__", new PyGetSet("__objclass__", self -> ((PyMemberDescr) self).owner, null));
    }

    private final PyType owner;
    private final String name;

    /** The member's name. */
    public String name() {
        return name;
    }

    PyMemberDescr(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
