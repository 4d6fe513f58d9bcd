package org.ember.objects;

/** {@code zip(*iterables, strict=False)}: tuples of the items of several iterables in lockstep. Subclassable. */
public final class PyZip extends PyObj {
    public static final PyType TYPE = PyType.builtin("zip", PyBaseObject.TYPE, null);

    private final PyType type;
    private final InstanceAttrs attrs;
    private PyObj[] its;
    private final boolean strict;

    PyZip(PyType type, PyObj[] its, boolean strict) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
        this.its = its;
        this.strict = strict;
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
        PyObj[] its = this.its;
        if (its == null || its.length == 0) {
            return null;
        }
        PyObj[] out = new PyObj[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObj x = Abstract.next(its[i]);
            if (x == null) {
                this.its = null;
                if (strict) {
                    strictCheck(its, i);
                }
                return null;
            }
            out[i] = x;
        }
        return PyTuple.of(out);
    }

    /** Argument {@code i} ran out: the others must be exhausted too, as CPython's zip(strict=True) checks. */
    private static void strictCheck(PyObj[] its, int i) {
        if (i > 0) {
            String plural = i == 1 ? " " : "s 1-";
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
        }
        for (int j = 1; j < its.length; j++) {
            if (Abstract.next(its[j]) != null) {
                String plural = j == 1 ? " " : "s 1-";
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + plural + j);
            }
        }
    }

    static {
        // zip(*iterables, strict=False)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            boolean strict = false;
            if (nkw > 1) {
                throw Errors.typeError("zip() takes at most 1 keyword argument (" + nkw + " given)");
            }
            if (nkw == 1) {
                if (!kw[0].equals("strict")) {
                    throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for zip()");
                }
                strict = Abstract.isTrue(args[npos]);
            }
            PyObj[] its = new PyObj[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Abstract.getIter(args[i]);
            }
            return new PyZip((PyType) cls, its, strict);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, (SlotFns.NextFn) self -> ((PyZip) self).nextItem());
    }
}
