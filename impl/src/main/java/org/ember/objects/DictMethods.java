package org.ember.objects;

import org.ember.objects.SlotFns.Fn1;

/** The slots and methods of {@code dict} and its views. Compare CPython {@code Objects/dictobject.c}. */
final class DictMethods {
    private DictMethods() {}

    static void define(PyType t) {
        t.slot(Slot.REPR, (Fn1) self -> PyStr.of(repr((PyDict) self)))
                .slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyDict) self).size())
                .slot(Slot.GETITEM, (SlotFns.Fn2) DictMethods::getItem)
                .slot(Slot.SETITEM, (SlotFns.Fn3) (self, key, value) -> {
                    PyDict d = (PyDict) self;
                    if (value == null) {
                        if (!d.delItemIfPresent(key)) {
                            throw Errors.keyError(key);
                        }
                    } else {
                        d.setItem(key, value);
                    }
                    return PyNone.NONE;
                })
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, key) -> ((PyDict) self).getItem(key) != null)
                .slot(Slot.ITER, (Fn1) self -> new DictIter((PyDict) self, DictIter.KEYS))
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    boolean eq = dictEquals((PyDict) a, (PyDict) b);
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                })
                .slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
                    update((PyDict) self, args, kw, "dict");
                    return PyNone.NONE;
                })
                .binop(BinOp.OR, (a, b) -> {
                    if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyDict r = ((PyDict) a).copy();
                    mergeFrom(r, b);
                    return r;
                })
                .slot(Slot.inplace(BinOp.OR), (SlotFns.Fn2) (a, b) -> {
                    update((PyDict) a, new PyObj[] {b}, null, "dict");
                    return a;
                });
        t.attr("__hash__", PyNone.NONE);
        t.hash = null;
        SlotFns.CallFn nw = (cls, args, kw) -> cls == PyDict.TYPE ? new PyDict() : new PyDict.Derived((PyType) cls);
        t.new_ = nw;
        t.instanceFactory = cls -> cls == PyDict.TYPE ? new PyDict() : new PyDict.Derived(cls);
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        t.method(PyMethodDescr.of0(t, "keys", self -> new DictView((PyDict) self, DictIter.KEYS)));
        t.method(PyMethodDescr.of0(t, "values", self -> new DictView((PyDict) self, DictIter.VALUES)));
        t.method(PyMethodDescr.of0(t, "items", self -> new DictView((PyDict) self, DictIter.ITEMS)));
        t.method(PyMethodDescr.ofRange(t, "get", 1, 2, (self, a) -> {
            PyObj v = ((PyDict) self).getItem(a[0]);
            return v != null ? v : a[1] != null ? a[1] : PyNone.NONE;
        }));
        t.method(PyMethodDescr.ofRange(t, "setdefault", 1, 2, (self, a) -> {
            PyDict d = (PyDict) self;
            PyObj v = d.getItem(a[0]);
            if (v == null) {
                v = a[1] != null ? a[1] : PyNone.NONE;
                d.setItem(a[0], v);
            }
            return v;
        }));
        t.method(PyMethodDescr.ofRange(t, "pop", 1, 2, (self, a) -> {
            PyObj v = ((PyDict) self).pop(a[0]);
            if (v == null) {
                if (a[1] != null) {
                    return a[1];
                }
                throw Errors.keyError(a[0]);
            }
            return v;
        }));
        t.method(PyMethodDescr.of0(t, "popitem", self -> {
            PyDict d = (PyDict) self;
            for (int i = d.entryCount() - 1; i >= 0; i--) {
                PyObj k = d.entryKey(i);
                if (k != null) {
                    PyObj v = d.pop(k);
                    return PyTuple.of(k, v);
                }
            }
            throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
        }));
        t.method(PyMethodDescr.ofKw(t, "update", (self, args, kw) -> {
            update((PyDict) self, args, kw, "update");
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of0(t, "clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of0(t, "copy", self -> ((PyDict) self).copy()));
        t.method(PyMethodDescr.of0(t, "__reversed__", self -> new DictIter((PyDict) self, DictIter.KEYS, true)));
        t.attr("fromkeys", new PyClassMethod(PyBuiltinFunction.of("fromkeys", (s, args, kw) -> {
            PyMethodDescr.checkRange("fromkeys", args.length - 1, 1, 2);
            PyObj d = Abstract.call(args[0], new PyObj[0], null);
            PyObj v = args.length > 2 ? args[2] : PyNone.NONE;
            for (PyObj k : Abstract.iterate(args[1])) {
                Abstract.setItem(d, k, v);
            }
            return d;
        })));
    }

    static PyObj getItem(PyObj self, PyObj key) {
        PyDict d = (PyDict) self;
        PyObj v = d.getItem(key);
        if (v == null) {
            if (self.getClass() != PyDict.class) {
                PyObj missing = self.type().lookup("__missing__");
                if (missing != null) {
                    return Abstract.callMethod(missing, self, key);
                }
            }
            throw Errors.keyError(key);
        }
        return v;
    }

    static String repr(PyDict d) {
        if (!Abstract.reprEnter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj k = d.entryKey(i);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(k).value()).append(": ").append(Abstract.repr(d.entryValue(i)).value());
            }
            return sb.append('}').toString();
        } finally {
            Abstract.reprLeave(d);
        }
    }

    static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryCount(); i++) {
            PyObj k = a.entryKey(i);
            if (k == null) {
                continue;
            }
            PyObj av = a.entryValue(i);
            PyObj bv = b.getItem(k);
            if (bv == null || (av != bv && !Abstract.richCompareBool(av, bv, CompareOp.EQ))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict.update(other, **kw)}: a mapping (has keys()) or an iterable of pairs. */
    static void update(PyDict d, PyObj[] args, String[] kw, String name) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Errors.typeError(name + " expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            mergeFrom(d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kw[i]), args[npos + i]);
        }
    }

    static void mergeFrom(PyDict d, PyObj other) {
        // A dict (or a subclass that keeps dict's iteration) is copied directly, not through __getitem__.
        if (other instanceof PyDict && other.type().iter == PyDict.TYPE.iter) {
            PyDict o = (PyDict) other;
            for (int i = 0; i < o.entryCount(); i++) {
                PyObj k = o.entryKey(i);
                if (k != null) {
                    d.setItem(k, o.entryValue(i));
                }
            }
            return;
        }
        PyObj keys = Abstract.lookupAttr(other, "keys");
        if (keys != null) {
            for (PyObj k : Abstract.iterate(Abstract.call(keys, new PyObj[0], null))) {
                d.setItem(k, Abstract.getItem(other, k));
            }
            return;
        }
        int i = 0;
        for (PyObj pair : Abstract.iterate(other)) {
            PyObj[] kv;
            try {
                kv = Abstract.toArray(pair);
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.TypeError)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
            i++;
        }
    }
}
