package org.ember.objects;

/** {@code enumerate(iterable, start=0)}: pairs of a count and the items of an iterable. Subclassable. */
public final class PyEnumerate extends PyObj {
    public static final PyType TYPE = PyType.builtin("enumerate", PyBaseObject.TYPE, null);

    private final PyType type;
    private final InstanceAttrs attrs;
    private final PyObj it;
    /** The next count while it fits a long; then {@link #bigCount}. */
    private long count;
    private PyInt bigCount;

    PyEnumerate(PyType type, PyObj it, PyInt start) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
        this.it = it;
        if (start.fitsLong() && start.longValue() < Long.MAX_VALUE) {
            this.count = start.longValue();
        } else {
            this.bigCount = start;
        }
    }

    private PyEnumerate(PyObj it) {
        this.type = TYPE;
        this.attrs = null;
        this.it = it;
    }

    /**
     * {@code enumerate(x)} of an exact list or tuple, for the eval loop's fast path (nothing here
     * raises or calls out); null for anything else, which the general path calls the class for.
     */
    public static PyEnumerate overSequence(PyObj x) {
        Class<?> k = x.getClass();
        return k == PyList.class ? new PyEnumerate(PySeqIter.ofList((PyList) x))
                : k == PyTuple.class ? new PyEnumerate(PySeqIter.ofTuple((PyTuple) x)) : null;
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
        PyObj x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        PyInt n;
        if (bigCount == null) {
            n = PyInt.of(count);
            if (++count == Long.MAX_VALUE) {
                bigCount = PyInt.of(count);
            }
        } else {
            n = bigCount;
            bigCount = PyInt.add(bigCount, PyInt.of(1));
        }
        return PyTuple.of(n, x);
    }

    /**
     * The next pair, or null at the end, for the eval loop's fast path, when the items come from
     * a list or tuple iterator and the count is a small long; else this enumerate itself, changing
     * nothing, for the general path's {@link #nextItem}.
     */
    public PyObj nextInline() {
        Class<?> c = it.getClass();
        if (bigCount != null || count >= Long.MAX_VALUE - 1
                || c != PySeqIter.ListIter.class && c != PySeqIter.ArrayIter.class) {
            return this;
        }
        PyObj x = c == PySeqIter.ListIter.class ? ((PySeqIter.ListIter) it).nextItem() : ((PySeqIter.ArrayIter) it).nextItem();
        return x == null ? null : PyTuple.of(PyInt.of(count++), x);
    }

    /** Whether this is an exact {@code enumerate}, whose items {@link #nextItem} makes. */
    public boolean isExact() {
        return type == TYPE;
    }

    static {
        // enumerate(iterable, start=0)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (args.length > 2) {
                throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
            }
            PyObj iterable = npos > 0 ? args[0] : null;
            PyObj start = npos > 1 ? args[1] : null;
            for (int k = 0; k < nkw; k++) {
                String n = kw[k];
                if (n.equals("iterable") && iterable == null && npos == 0) {
                    iterable = args[npos + k];
                } else if (n.equals("start") && start == null) {
                    start = args[npos + k];
                } else {
                    throw Errors.typeError("'" + n + "' is an invalid keyword argument for enumerate()");
                }
            }
            if (iterable == null && nkw > 0) {
                // CPython 3.11 reports the keyword, not the missing iterable: enumerate(start=1)
                throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for enumerate()");
            }
            if (iterable == null) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
            PyInt s = start == null ? PyInt.of(0) : Abstract.index(start);
            return new PyEnumerate((PyType) cls, Abstract.getIter(iterable), s);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, (SlotFns.NextFn) self -> ((PyEnumerate) self).nextItem());
        TYPE.attr("__doc__", PyStr.of("Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                + "The enumerate object yields pairs containing a count (from start, which\n"
                + "defaults to zero) and a value yielded by the iterable argument.\n\n"
                + "enumerate is useful for obtaining an indexed list:\n"
                + "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."));
    }
}
