package org.ember.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): construction rules, the
 * {@code message}/{@code exceptions} attributes, {@code split}/{@code subgroup}/{@code derive},
 * and the two operations {@code except*} compiles to (matching a group against a type, and
 * combining what the handlers raised into the exception to re-raise).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void define(PyType base, PyType group) {
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(((PyType) cls).name() + "() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
            }
            if (!(args[0] instanceof PyStr)) {
                throw Errors.typeError("argument 1 must be str, not " + args[0].type().name());
            }
            PyType t = (PyType) cls;
            PyObj seq = args[1];
            if (seq.type().getitem == null || seq instanceof PyDict || seq instanceof PySet) {
                throw Errors.typeError("second argument (exceptions) must be a sequence");
            }
            PyObj[] excs = Abstract.toArray(seq);
            if (excs.length == 0) {
                throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean allExceptions = true;
            for (int i = 0; i < excs.length; i++) {
                if (!(excs[i] instanceof PyBaseException)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                allExceptions &= excs[i].type().isSubtypeOf(ExceptionTypes.Exception);
            }
            if (t == base && allExceptions) {
                t = group;
            } else if (t.isSubtypeOf(ExceptionTypes.Exception) && !allExceptions) {
                if (t == group) {
                    throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
                throw Errors.typeError("Cannot nest BaseExceptions in '" + t.name() + "'");
            }
            PyBaseException e = (PyBaseException) t.newInstance();
            e.args = PyTuple.of(args[0], seq);
            e.setExtra(" message", args[0]);
            e.setExtra(" exceptions", PyTuple.of(excs));
            return e;
        };
        base.new_ = nw;
        base.attr("__new__", PyBuiltinFunction.forNew(base, nw));
        base.slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> PyNone.NONE);
        base.slot(Slot.STR, (SlotFns.Fn1) self -> {
            int n = exceptions(self).length;
            return PyStr.of(message(self) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        });
        base.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyBaseException e = (PyBaseException) self;
            return PyStr.of(self.type().name() + "(" + Abstract.repr(e.args.get(0)).value() + ", "
                    + Abstract.repr(e.args.get(1)).value() + ")");
        });
        base.attr("message", new PyGetSet("message", self -> ((PyBaseException) self).getExtra(" message"), null));
        base.attr("exceptions", new PyGetSet("exceptions", self -> ((PyBaseException) self).getExtra(" exceptions"), null));
        base.method(PyMethodDescr.of1(base, "derive", (self, excs) -> Abstract.call(base,
                new PyObj[] {((PyBaseException) self).getExtra(" message"), excs}, null)));
        base.method(PyMethodDescr.of1(base, "split", (self, cond) -> {
            PyObj[] r = split((PyBaseException) self, matcher(cond), true);
            return PyTuple.of(r[0], r[1]);
        }));
        base.method(PyMethodDescr.of1(base, "subgroup", (self, cond) -> split((PyBaseException) self, matcher(cond), false)[0]));
        base.attr("__class_getitem__", new PyClassMethod(PyBuiltinFunction.of("__class_getitem__", (s, a, kw) -> a[0])));
        // ExceptionGroup was created before these slots existed; it shares them.
        group.new_ = base.new_;
        group.init = base.init;
        group.str = base.str;
        group.repr = base.repr;
    }

    static String message(PyObj g) {
        return ((PyStr) ((PyBaseException) g).getExtra(" message")).value();
    }

    static PyObj[] exceptions(PyObj g) {
        return ((PyTuple) ((PyBaseException) g).getExtra(" exceptions")).items();
    }

    public static boolean isGroup(PyObj o) {
        return o.type().isSubtypeOf(ExceptionTypes.BaseExceptionGroup);
    }

    private interface Matcher {
        boolean test(PyBaseException e);
    }

    private static Matcher matcher(PyObj cond) {
        if (cond instanceof PyType && ((PyType) cond).isSubtypeOf(ExceptionTypes.BaseException)) {
            return e -> e.type().isSubtypeOf((PyType) cond);
        }
        if (cond instanceof PyTuple) {
            for (PyObj t : ((PyTuple) cond).items()) {
                if (!(t instanceof PyType) || !((PyType) t).isSubtypeOf(ExceptionTypes.BaseException)) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> Abstract.isInstance(e, cond);
        }
        if (cond.type().call != null) {
            return e -> Abstract.isTrue(Abstract.call(cond, new PyObj[] {e}, null));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest} of {@code split} (rest only when {@code wantRest}); None where empty. */
    private static PyObj[] split(PyBaseException g, Matcher m, boolean wantRest) {
        if (m.test(g)) {
            return new PyObj[] {g, PyNone.NONE};
        }
        List<PyObj> match = new ArrayList<>();
        List<PyObj> rest = new ArrayList<>();
        for (PyObj e : exceptions(g)) {
            PyBaseException x = (PyBaseException) e;
            if (isGroup(x)) {
                PyObj[] r = split(x, m, wantRest);
                if (r[0] != PyNone.NONE) {
                    match.add(r[0]);
                }
                if (r[1] != PyNone.NONE) {
                    rest.add(r[1]);
                }
            } else if (m.test(x)) {
                match.add(x);
            } else {
                rest.add(x);
            }
        }
        PyObj mg = match.isEmpty() ? PyNone.NONE : derive(g, match);
        PyObj rg = !wantRest || rest.isEmpty() ? PyNone.NONE : derive(g, rest);
        return new PyObj[] {mg, rg};
    }

    /** {@code g.derive(excs)} with the traceback, cause, context and notes copied, as split() does. */
    private static PyObj derive(PyBaseException g, List<PyObj> excs) {
        PyObj d = Abstract.call(Abstract.getAttr(g, "derive"), new PyObj[] {new PyList(excs.toArray(new PyObj[0]))}, null);
        if (!(d instanceof PyBaseException) || !isGroup(d)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException r = (PyBaseException) d;
        r.traceback = g.traceback;
        r.cause = g.cause;
        r.context = g.context;
        PyObj notes = g.getExtra("__notes__");
        if (notes != null) {
            r.setExtra("__notes__", notes);
        }
        return r;
    }

    /** CHECK_EG_MATCH: {match, rest} of an exception against an {@code except*} type; match None if none. */
    public static PyObj[] exceptStarMatch(PyObj exc, PyObj type) {
        if (exc == PyNone.NONE) {
            return new PyObj[] {PyNone.NONE, PyNone.NONE};
        }
        if (Abstract.isInstance(exc, type)) {
            if (isGroup(exc)) {
                return new PyObj[] {exc, PyNone.NONE};
            }
            PyBaseException wrapped = (PyBaseException) Abstract.call(ExceptionTypes.BaseExceptionGroup,
                    new PyObj[] {PyStr.EMPTY, PyTuple.of(exc)}, null);
            wrapped.traceback = ((PyBaseException) exc).traceback;
            return new PyObj[] {wrapped, PyNone.NONE};
        }
        if (isGroup(exc)) {
            return split((PyBaseException) exc, matcher(type), true);
        }
        return new PyObj[] {PyNone.NONE, PyNone.NONE};
    }

    /** PREP_RERAISE_STAR: what an {@code except*} statement re-raises, from the original and what the handlers raised. */
    public static PyObj prepReraiseStar(PyObj orig, PyObj excsList) {
        PyObj[] items = Abstract.toArray(excsList);
        List<PyObj> excs = new ArrayList<>();
        for (PyObj x : items) {
            if (x != PyNone.NONE) {
                excs.add(x);
            }
        }
        if (excs.isEmpty()) {
            return PyNone.NONE;
        }
        if (!isGroup(orig)) {
            return excs.get(0);
        }
        IdentityHashMap<PyObj, Boolean> origLeaves = new IdentityHashMap<>();
        leaves(orig, origLeaves);
        List<PyObj> raised = new ArrayList<>();
        IdentityHashMap<PyObj, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (PyObj e : excs) {
            IdentityHashMap<PyObj, Boolean> ls = new IdentityHashMap<>();
            leaves(e, ls);
            boolean isReraise = !ls.isEmpty() && origLeaves.keySet().containsAll(ls.keySet());
            if (isReraise) {
                reraisedLeaves.putAll(ls);
            } else {
                raised.add(e);
            }
        }
        PyObj reraised = reraisedLeaves.isEmpty() ? PyNone.NONE
                : split((PyBaseException) orig, e -> reraisedLeaves.containsKey(e), false)[0];
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != PyNone.NONE) {
            raised.add(reraised);
        }
        return Abstract.call(ExceptionTypes.BaseExceptionGroup, new PyObj[] {PyStr.EMPTY, new PyList(raised.toArray(new PyObj[0]))}, null);
    }

    private static void leaves(PyObj e, IdentityHashMap<PyObj, Boolean> out) {
        if (isGroup(e)) {
            for (PyObj x : exceptions(e)) {
                leaves(x, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
