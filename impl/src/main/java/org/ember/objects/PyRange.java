package org.ember.objects;

/** {@code range(start, stop, step)} over longs (big-int ranges are rare; they raise OverflowError on use). */
public final class PyRange extends PyObj {
    public static final PyType TYPE = PyType.builtin("range", PyBaseObject.TYPE, null).finalType();
    static final PyType ITER = PySeqIter.iterType("range_iterator", self -> ((RangeIter) self).nextItem());

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long get(long i) {
        return start + i * step;
    }

    static long arg(PyObj o) {
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    static {
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("range() takes no keyword arguments");
            }
            switch (args.length) {
                case 1: return new PyRange(0, arg(args[0]), 1);
                case 2: return new PyRange(arg(args[0]), arg(args[1]), 1);
                case 3: {
                    long step = arg(args[2]);
                    if (step == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                    return new PyRange(arg(args[0]), arg(args[1]), step);
                }
                default:
                    throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + args.length);
            }
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyRange) self).length)
                .slot(Slot.ITER, (SlotFns.Fn1) self -> new RangeIter((PyRange) self))
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> ((PyRange) self).length != 0)
                .slot(Slot.REPR, (SlotFns.Fn1) self -> {
                    PyRange r = (PyRange) self;
                    return PyStr.of("range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")");
                })
                .slot(Slot.HASH, (SlotFns.HashFn) self -> {
                    PyRange r = (PyRange) self;
                    PyObj key = r.length == 0 ? PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE)
                            : r.length == 1 ? PyTuple.of(PyInt.of(1), PyInt.of(r.start), PyNone.NONE)
                            : PyTuple.of(PyInt.of(r.length), PyInt.of(r.start), PyInt.of(r.step));
                    return Abstract.hash(key);
                })
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyRange x = (PyRange) a;
                    PyRange y = (PyRange) b;
                    boolean eq = x.length == y.length && (x.length == 0 || x.start == y.start && (x.length == 1 || x.step == y.step));
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                })
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, x) -> {
                    PyRange r = (PyRange) self;
                    if (x.getClass() == PyInt.class || x instanceof PyBool) {
                        PyInt i = (PyInt) x;
                        if (!i.fitsLong()) {
                            return false;
                        }
                        long v = i.longValue();
                        if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
                            return false;
                        }
                        return (v - r.start) % r.step == 0;
                    }
                    for (long k = 0; k < r.length; k++) {
                        if (Abstract.richCompareBool(PyInt.of(r.get(k)), x, CompareOp.EQ)) {
                            return true;
                        }
                    }
                    return false;
                })
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    PyRange r = (PyRange) self;
                    if (key instanceof PySlice) {
                        long[] s = ((PySlice) key).indices(r.length);
                        return new PyRange(r.get(s[0]), r.get(s[0]) + s[3] * s[2] * r.step, s[2] * r.step);
                    }
                    long i = SeqMethods.index(key, "range");
                    if (i < 0) {
                        i += r.length;
                    }
                    if (i < 0 || i >= r.length) {
                        throw Errors.indexError("range object index out of range");
                    }
                    return PyInt.of(r.get(i));
                });
        TYPE.attr("start", new PyGetSet("start", s -> PyInt.of(((PyRange) s).start), null));
        TYPE.attr("stop", new PyGetSet("stop", s -> PyInt.of(((PyRange) s).stop), null));
        TYPE.attr("step", new PyGetSet("step", s -> PyInt.of(((PyRange) s).step), null));
        TYPE.method(PyMethodDescr.of1(TYPE, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            for (long k = 0; k < r.length; k++) {
                if (Abstract.richCompareBool(PyInt.of(r.get(k)), x, CompareOp.EQ)) {
                    return PyInt.of(k);
                }
            }
            throw Errors.valueError(Abstract.repr(x).value() + " is not in range");
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "count", (self, x) -> {
            PyRange r = (PyRange) self;
            return PyInt.of(r.type().contains.contains(r, x) ? 1 : 0);
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            return new RangeIter(new PyRange(r.get(r.length - 1), r.start - r.step, -r.step));
        }));
    }

    /** The iterator; the interpreter's FOR_ITER may read {@link #next} directly. */
    public static final class RangeIter extends PyObj {
        private long next;
        private final long step;
        private long remaining;

        RangeIter(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length;
        }

        @Override
        public PyType type() {
            return ITER;
        }

        public PyObj nextItem() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
    }
}
