package org.ember.objects;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObj {
    public static final PyType TYPE = PyType.builtin("slice", PyBaseObject.TYPE, null).finalType();

    public final PyObj start;
    public final PyObj stop;
    public final PyObj step;

    public PySlice(PyObj start, PyObj stop, PyObj step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.repr(s.start).value() + ", " + Abstract.repr(s.stop).value() + ", "
                    + Abstract.repr(s.step).value() + ")");
        }).slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
            if (!(b instanceof PySlice)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice x = (PySlice) a;
            PySlice y = (PySlice) b;
            return Abstract.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        });
        TYPE.attr("__hash__", PyNone.NONE);
        TYPE.hash = null;
        SlotFns.CallFn nw = (cls, args, kw) -> {
            PyMethodDescr.checkRange("slice", args.length, 1, 3);
            if (args.length == 1) {
                return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            }
            return new PySlice(args[0], args[1], args.length > 2 ? args[2] : PyNone.NONE);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.attr("start", PyGetSet.readonlyMember("start", s -> ((PySlice) s).start));
        TYPE.attr("stop", PyGetSet.readonlyMember("stop", s -> ((PySlice) s).stop));
        TYPE.attr("step", PyGetSet.readonlyMember("step", s -> ((PySlice) s).step));
        TYPE.method(PyMethodDescr.of1(TYPE, "indices", (self, len) -> {
            long n = Abstract.index(len).longValueExact();
            if (n < 0) {
                throw Errors.valueError("length should not be negative");
            }
            long[] r = ((PySlice) self).indices(n);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        }));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long clampIndex(PyObj o) {
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.fitsLong()) {
            return i.longValue();
        }
        return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /**
     * Whether start, stop and step are each None or an exact int within a long, and the step is
     * not zero: then {@link #indices} raises nothing (what the eval loop's fast path needs).
     */
    public boolean isSimple() {
        return simpleBound(start) && simpleBound(stop)
                && (step == PyNone.NONE || simpleBound(step) && ((PyInt) step).longValue() != 0);
    }

    private static boolean simpleBound(PyObj o) {
        return o == PyNone.NONE || o.getClass() == PyInt.class && ((PyInt) o).fitsLong();
    }

    /** {start, stop, step, slicelength} for a sequence of {@code length}, as CPython's PySlice_AdjustIndices. */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : clampIndex(step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        return st > 0 ? forward(length, st) : backward(length, st);
    }

    /** {@link #indices} for a positive step (two methods, each small enough for HotSpot to inline). */
    private long[] forward(long length, long st) {
        long lo = start == PyNone.NONE ? 0 : clampIndex(start);
        long hi = stop == PyNone.NONE ? length : clampIndex(stop);
        if (lo < 0) {
            lo = Math.max(0, lo + length);
        } else if (lo > length) {
            lo = length;
        }
        if (hi < 0) {
            hi = Math.max(0, hi + length);
        } else if (hi > length) {
            hi = length;
        }
        long n = hi > lo ? (hi - lo - 1) / st + 1 : 0;
        return new long[] {lo, hi, st, n};
    }

    /** {@link #indices} for a negative step. */
    private long[] backward(long length, long st) {
        long lo = start == PyNone.NONE ? length - 1 : clampIndex(start);
        long hi = stop == PyNone.NONE ? -1 : clampIndex(stop);
        if (lo < 0) {
            lo = Math.max(-1, lo + length);
        } else if (lo >= length) {
            lo = length - 1;
        }
        if (stop != PyNone.NONE) {
            if (hi < 0) {
                hi = Math.max(-1, hi + length);
            } else if (hi >= length) {
                hi = length - 1;
            }
        }
        long n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
        return new long[] {lo, hi, st, n};
    }
}
