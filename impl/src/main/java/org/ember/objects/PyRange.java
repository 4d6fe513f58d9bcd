package org.ember.objects;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}. Bounds are arbitrary-precision ints; when they and the length
 * fit in a {@code long} (nearly always) the {@code long} fields serve every operation, else the
 * {@link BigInteger} ones do. {@code len()} of a range longer than {@code sys.maxsize} raises
 * OverflowError, as CPython.
 */
public final class PyRange extends PyObj {
    public static final PyType TYPE = PyType.builtin("range", PyBaseObject.TYPE, null).finalType();
    static final PyType ITER = PySeqIter.iterType("range_iterator", self -> ((RangeIter) self).nextItem());
    static final PyType LONG_ITER = PySeqIter.iterType("longrange_iterator", self -> ((BigRangeIter) self).nextItem());

    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** Non-null only for ranges whose bounds or length do not fit a long. */
    private final BigInteger[] big;

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
        this.big = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
        this.big = new BigInteger[] {start, stop, step, length};
    }

    /** A range over ints of any size; the long representation when everything fits. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len = lengthOf(start, stop, step);
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && len.bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step, len);
    }

    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0) {
            return lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                : BigInteger.ZERO;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long get(long i) {
        return start + i * step;
    }

    BigInteger bStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    BigInteger bStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    BigInteger bStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    BigInteger bLength() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    private BigInteger bGet(BigInteger i) {
        return bStart().add(i.multiply(bStep()));
    }

    /**
     * range() of exact ints small enough that no length arithmetic can overflow a long (the
     * common case, without BigInteger arithmetic); null for anything else.
     */
    private static PyRange ofSmall(PyObj[] args) {
        int n = args.length;
        if (n == 0 || n > 3 || !small(args[0]) || (n > 1 && !small(args[1])) || (n > 2 && !small(args[2]))) {
            return null;
        }
        long first = ((PyInt) args[0]).longValue();
        long step = n > 2 ? ((PyInt) args[2]).longValue() : 1;
        if (step == 0) {
            return null; // the general path raises
        }
        return n == 1 ? new PyRange(0, first, 1) : new PyRange(first, ((PyInt) args[1]).longValue(), step);
    }

    /** An exact int within ±2**61, so that range arithmetic on it cannot overflow a long. */
    private static boolean small(PyObj o) {
        if (o.getClass() != PyInt.class || !((PyInt) o).fitsLong()) {
            return false;
        }
        long x = ((PyInt) o).longValue();
        return x >= -(1L << 61) && x <= (1L << 61);
    }

    static BigInteger arg(PyObj o) {
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).bigValue();
    }

    /** Whether {@code x} (an int) is one of the range's values. */
    private boolean containsInt(PyInt x) {
        if (big == null && x.fitsLong()) {
            long v = x.longValue();
            if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
                return false;
            }
            return (v - start) % step == 0;
        }
        BigInteger v = x.bigValue();
        BigInteger s = bStart();
        BigInteger st = bStep();
        BigInteger e = bStop();
        if (st.signum() > 0 ? v.compareTo(s) < 0 || v.compareTo(e) >= 0 : v.compareTo(s) > 0 || v.compareTo(e) <= 0) {
            return false;
        }
        return v.subtract(s).mod(st.abs()).signum() == 0;
    }

    static {
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("range() takes no keyword arguments");
            }
            PyRange small = ofSmall(args);
            if (small != null) {
                return small;
            }
            switch (args.length) {
                case 1: return of(BigInteger.ZERO, arg(args[0]), BigInteger.ONE);
                case 2: return of(arg(args[0]), arg(args[1]), BigInteger.ONE);
                case 3: {
                    BigInteger step = arg(args[2]);
                    if (step.signum() == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                    return of(arg(args[0]), arg(args[1]), step);
                }
                default:
                    throw Errors.typeError(args.length == 0 ? "range expected at least 1 argument, got 0"
                            : "range expected at most 3 arguments, got " + args.length);
            }
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.LEN, (SlotFns.LenFn) self -> {
            PyRange r = (PyRange) self;
            if (r.big != null) {
                // Big bounds may still have a length that fits (range(-2**63, 2**63, 2**62)).
                BigInteger n = r.bLength();
                if (n.bitLength() >= 64) {
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                return n.longValue();
            }
            return r.length;
        })
                .slot(Slot.ITER, (SlotFns.Fn1) self -> {
                    PyRange r = (PyRange) self;
                    RangeIter it = r.longIterOrNull();
                    return it != null ? it : new BigRangeIter(r.bStart(), r.bStep(), r.bLength());
                })
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> ((PyRange) self).bLength().signum() != 0)
                .slot(Slot.REPR, (SlotFns.Fn1) self -> {
                    PyRange r = (PyRange) self;
                    return PyStr.of("range(" + r.bStart() + ", " + r.bStop() + (r.bStep().equals(BigInteger.ONE) ? "" : ", " + r.bStep()) + ")");
                })
                .slot(Slot.HASH, (SlotFns.HashFn) self -> {
                    PyRange r = (PyRange) self;
                    BigInteger n = r.bLength();
                    PyObj key = n.signum() == 0 ? PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE)
                            : n.equals(BigInteger.ONE) ? PyTuple.of(PyInt.of(1), PyInt.of(r.bStart()), PyNone.NONE)
                            : PyTuple.of(PyInt.of(n), PyInt.of(r.bStart()), PyInt.of(r.bStep()));
                    return Abstract.hash(key);
                })
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyRange x = (PyRange) a;
                    PyRange y = (PyRange) b;
                    BigInteger n = x.bLength();
                    boolean eq = n.equals(y.bLength()) && (n.signum() == 0 || x.bStart().equals(y.bStart())
                            && (n.equals(BigInteger.ONE) || x.bStep().equals(y.bStep())));
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                })
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, x) -> {
                    PyRange r = (PyRange) self;
                    if (x.getClass() == PyInt.class || x instanceof PyBool) {
                        return r.containsInt((PyInt) x);
                    }
                    for (PyObj v : Abstract.iterate(r)) {
                        if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                            return true;
                        }
                    }
                    return false;
                })
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    PyRange r = (PyRange) self;
                    if (key instanceof PySlice) {
                        return r.slice((PySlice) key);
                    }
                    if (!(key instanceof PyInt) && key.type().index == null) {
                        throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
                    }
                    BigInteger i = Abstract.index(key).bigValue();
                    BigInteger n = r.bLength();
                    if (i.signum() < 0) {
                        i = i.add(n);
                    }
                    if (i.signum() < 0 || i.compareTo(n) >= 0) {
                        throw Errors.indexError("range object index out of range");
                    }
                    return PyInt.of(r.bGet(i));
                });
        TYPE.attr("start", PyGetSet.readonlyMember("start", s -> PyInt.of(((PyRange) s).bStart())));
        TYPE.attr("stop", PyGetSet.readonlyMember("stop", s -> PyInt.of(((PyRange) s).bStop())));
        TYPE.attr("step", PyGetSet.readonlyMember("step", s -> PyInt.of(((PyRange) s).bStep())));
        TYPE.method(PyMethodDescr.of1(TYPE, "index", (self, x) -> {
            PyRange r = (PyRange) self;
            if ((x.getClass() == PyInt.class || x instanceof PyBool)) {
                if (r.containsInt((PyInt) x)) {
                    return PyInt.of(((PyInt) x).bigValue().subtract(r.bStart()).divide(r.bStep()));
                }
            } else {
                long k = 0;
                for (PyObj v : Abstract.iterate(r)) {
                    if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                        return PyInt.of(k);
                    }
                    k++;
                }
            }
            throw Errors.valueError(Abstract.repr(x).value() + " is not in range");
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "count", (self, x) -> {
            PyRange r = (PyRange) self;
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                return PyInt.of(r.containsInt((PyInt) x) ? 1 : 0);
            }
            long n = 0;
            for (PyObj v : Abstract.iterate(r)) {
                if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "__reversed__", self -> {
            PyRange r = (PyRange) self;
            BigInteger n = r.bLength();
            BigInteger last = r.bGet(n.subtract(BigInteger.ONE));
            PyRange rev = of(last, last.subtract(r.bStep().multiply(n)), r.bStep().negate());
            return Abstract.getIter(rev);
        }));
    }

    private PyRange slice(PySlice s) {
        BigInteger n = bLength();
        // Slice indices clamp like PySlice.indices, in big arithmetic.
        BigInteger st = s.step == PyNone.NONE ? BigInteger.ONE : arg(s.step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        BigInteger lo;
        BigInteger hi;
        if (st.signum() > 0) {
            lo = clamp(s.start, BigInteger.ZERO, n, BigInteger.ZERO, n);
            hi = clamp(s.stop, n, n, BigInteger.ZERO, n);
        } else {
            BigInteger minusOne = BigInteger.ONE.negate();
            lo = clamp(s.start, n.subtract(BigInteger.ONE), n, minusOne, n.subtract(BigInteger.ONE));
            hi = clamp(s.stop, minusOne, n, minusOne, n.subtract(BigInteger.ONE));
        }
        return of(bGet(lo), bGet(hi), bStep().multiply(st));
    }

    private static BigInteger clamp(PyObj o, BigInteger dflt, BigInteger n, BigInteger low, BigInteger high) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        BigInteger v = arg(o);
        if (v.signum() < 0) {
            v = v.add(n);
        }
        return v.max(low).min(high);
    }

    /** {@code iter(self)} when the bounds fit a long (the eval loop's fast path), else null. */
    public RangeIter longIterOrNull() {
        return big == null ? new RangeIter(this) : null;
    }

    /** The iterator; the interpreter's FOR_ITER may call {@link #nextItem} directly. */
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

    /** Iterator over a range beyond 64 bits. */
    static final class BigRangeIter extends PyObj {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        BigRangeIter(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return LONG_ITER;
        }

        PyObj nextItem() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
