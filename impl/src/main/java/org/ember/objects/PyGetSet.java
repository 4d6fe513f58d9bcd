package org.ember.objects;

/**
 * A computed attribute of a builtin type ({@code getset_descriptor}, e.g. {@code int.real},
 * {@code BaseException.args}): a data descriptor backed by Java getter and setter.
 */
public final class PyGetSet extends PyObj {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyBaseObject.TYPE, null)
            .finalType()
            .slot(Slot.DESCR_GET, (SlotFns.Fn3) (d, inst, owner) -> inst == null ? d : ((PyGetSet) d).getter.apply(inst))
            .slot(Slot.DESCR_SET, (SlotFns.Fn3) (d, inst, value) -> {
                ((PyGetSet) d).set(inst, value);
                return PyNone.NONE;
            })
            .slot(Slot.REPR, (SlotFns.Fn1) d -> PyStr.of("<attribute '" + ((PyGetSet) d).name + "' objects>"));

    /** Sets (value non-null) or deletes (null) the attribute. */
    public interface Setter {
        void set(PyObj self, PyObj value);
    }

    private final String name;
    private final SlotFns.Fn1 getter;
    private final Setter setter;
    /** A read-only struct member in CPython (e.g. slice.start): its error text differs from a getset's. */
    private boolean member;

    public PyGetSet(String name, SlotFns.Fn1 getter, Setter setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    /** A read-only attribute that CPython implements as a struct member ("readonly attribute" on assignment). */
    public static PyGetSet readonlyMember(String name, SlotFns.Fn1 getter) {
        PyGetSet g = new PyGetSet(name, getter, null);
        g.member = true;
        return g;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObj get(PyObj self) {
        return getter.apply(self);
    }

    void set(PyObj self, PyObj value) {
        if (setter == null) {
            throw Errors.attributeError(value == null || member
                    ? "readonly attribute"
                    : "attribute '" + name + "' of '" + self.type().name() + "' objects is not writable");
        }
        setter.set(self, value);
    }
}
