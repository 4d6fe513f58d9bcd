package org.ember.objects;

/** {@code filter(function or None, iterable)}: the items for which the function (or truth) holds. Subclassable. */
public final class PyFilter extends PyObj {
    public static final PyType TYPE = PyType.builtin("filter", PyBaseObject.TYPE, null);

    private final PyType type;
    private final InstanceAttrs attrs;
    private final PyObj func;
    private final PyObj it;

    PyFilter(PyType type, PyObj func, PyObj it) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
        this.func = func;
        this.it = it;
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
        while (true) {
            PyObj x = Abstract.next(it);
            if (x == null) {
                return null;
            }
            boolean ok = func == PyNone.NONE || func == PyBool.TYPE
                    ? Abstract.isTrue(x)
                    : Abstract.isTrue(Abstract.call(func, new PyObj[] {x}, null));
            if (ok) {
                return x;
            }
        }
    }

    static {
        // filter(function or None, iterable, /)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (cls == TYPE) {
                ArgParser.noKeywords("filter", kw);
            }
            int npos = ArgParser.npos(args, kw);
            ArgParser.checkRange("filter", npos, 2, 2);
            return new PyFilter((PyType) cls, args[0], Abstract.getIter(args[1]));
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, (SlotFns.NextFn) self -> ((PyFilter) self).nextItem());
    }
}
