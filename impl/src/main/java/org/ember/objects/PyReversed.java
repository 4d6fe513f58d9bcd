package org.ember.objects;

/**
 * {@code reversed(sequence)}: the object's own {@code __reversed__} when it has one, else an
 * iterator walking {@code __getitem__} from {@code len - 1} down to 0. Subclassable.
 */
public final class PyReversed extends PyObj {
    public static final PyType TYPE = PyType.builtin("reversed", PyBaseObject.TYPE, null);

    private final PyType type;
    private final InstanceAttrs attrs;
    private PyObj seq;
    private long index;

    PyReversed(PyType type, PyObj seq, long len) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
        this.seq = seq;
        this.index = len - 1;
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
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index--));
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.IndexError)
                    || e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    /** {@code reversed(seq)} as the builtin computes it. */
    public static PyObj of(PyType cls, PyObj seq) {
        PyObj rev = seq.type().lookup("__reversed__");
        if (rev == PyNone.NONE) {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        if (rev != null) {
            return Abstract.callMethod(rev, seq);
        }
        PyType t = seq.type();
        if (t.getitem == null || t.len == null || seq instanceof PyDict) {
            throw Errors.typeError("'" + t.name() + "' object is not reversible");
        }
        return new PyReversed(cls, seq, Abstract.length(seq));
    }

    static {
        // reversed(sequence, /)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (cls == TYPE) {
                ArgParser.noKeywords("reversed", kw);
            }
            int npos = ArgParser.npos(args, kw);
            ArgParser.checkRange("reversed", npos, 1, 1);
            return of((PyType) cls, args[0]);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, (SlotFns.NextFn) self -> ((PyReversed) self).nextItem());
        TYPE.method(PyMethodDescr.of0(TYPE, "__length_hint__", self -> {
            PyReversed r = (PyReversed) self;
            return PyInt.of(r.seq == null ? 0 : Math.max(0, r.index + 1));
        }));
    }
}
