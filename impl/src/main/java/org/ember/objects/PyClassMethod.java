package org.ember.objects;

/** {@code classmethod(f)}: binds {@code f} to the class it is found through. */
public final class PyClassMethod extends PyObj {
    public static final PyType TYPE = PyType.builtin("classmethod", PyBaseObject.TYPE, t -> new PyClassMethod(null));

    static {
        TYPE.slot(Slot.DESCR_GET, (SlotFns.Fn3) (self, inst, owner) -> {
            PyObj cls = owner != null ? owner : inst.type();
            return new PyMethod(((PyClassMethod) self).callable, cls);
        }).slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            PyMethodDescr.checkRange("classmethod", args.length, 1, 1);
            ((PyClassMethod) self).callable = args[0];
            return PyNone.NONE;
        });
        TYPE.new_ = (cls, args, kw) -> new PyClassMethod(null);
        TYPE.attr("__func__", new PyGetSet("__func__", self -> ((PyClassMethod) self).callable, null));
    }

    private PyObj callable;

    public PyClassMethod(PyObj callable) {
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
