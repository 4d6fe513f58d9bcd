package org.ember.objects;

/** {@code map(func, *iterables)}: {@code func} applied to the items of the iterables in lockstep. Subclassable. */
public final class PyMap extends PyObj {
    public static final PyType TYPE = PyType.builtin("map", PyBaseObject.TYPE, null);

    private final PyType type;
    private final InstanceAttrs attrs;
    private final PyObj func;
    private final PyObj[] its;

    PyMap(PyType type, PyObj func, PyObj[] its) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }

    PyObj nextItem() {
        PyObj[] args = new PyObj[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObj x = Abstract.next(its[i]);
            if (x == null) {
                return null;
            }
            args[i] = x;
        }
        return Abstract.call(func, args, null);
    }

    static {
        // map(func, *iterables)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (cls == TYPE) {
                ArgParser.noKeywords("map", kw);
            }
            int npos = ArgParser.npos(args, kw);
            if (npos < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObj[] its = new PyObj[npos - 1];
            for (int i = 1; i < npos; i++) {
                its[i - 1] = Abstract.getIter(args[i]);
            }
            return new PyMap((PyType) cls, args[0], its);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, (SlotFns.NextFn) self -> ((PyMap) self).nextItem());
    }
}
