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

    public PyGetSet(String name, SlotFns.Fn1 getter, Setter setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
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
            throw Errors.attributeError(value == null
                    ? "readonly attribute"
                    : "attribute '" + name + "' of '" + self.type().name() + "' objects is not writable");
        }
        setter.set(self, value);
    }
}
