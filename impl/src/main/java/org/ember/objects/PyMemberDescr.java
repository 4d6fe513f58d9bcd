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
            PyObj v = inst.attrs().getSlot(d.index);
            if (v == null) {
                throw Errors.noAttribute(inst, d.name);
            }
            return v;
        }).slot(Slot.DESCR_SET, (SlotFns.Fn3) (self, inst, value) -> {
            PyMemberDescr d = (PyMemberDescr) self;
            if (value == null) {
                if (inst.attrs().getSlot(d.index) == null) {
                    throw Errors.attributeError(d.name);
                }
                inst.attrs().putSlot(d.index, null);
            } else {
                inst.attrs().putSlot(d.index, value);
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

    /** Where instances keep this member's value (an index into their slot values). */
    private final int index;

    /** The member's index in an instance's slot values. */
    public int index() {
        return index;
    }

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
