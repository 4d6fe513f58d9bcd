package org.ember.objects;

/** {@code staticmethod(f)}: found on a class or instance, gives {@code f} unbound. */
public final class PyStaticMethod extends PyObj {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyBaseObject.TYPE, t -> new PyStaticMethod(null));

    static {
        TYPE.slot(Slot.DESCR_GET, (SlotFns.Fn3) (self, inst, owner) -> ((PyStaticMethod) self).callable)
                .slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
                    PyMethodDescr.checkRange("staticmethod", args.length, 1, 1);
                    ((PyStaticMethod) self).callable = args[0];
                    return PyNone.NONE;
                })
                .slot(Slot.CALL, (SlotFns.CallFn) (self, args, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, kw));
        TYPE.new_ = (cls, args, kw) -> new PyStaticMethod(null);
        TYPE.attr("__func__", new PyGetSet("__func__", self -> ((PyStaticMethod) self).callable, null));
    }

    private PyObj callable;

    public PyStaticMethod(PyObj callable) {
        this.callable = callable;
    }

    public PyObj callable() {
        return callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
