package org.ember.objects;

/** {@code set} (and, later, {@code frozenset}): a hash set kept as a dict's keys, so iteration follows insertion. */
public class PySet extends PyObj {
    public static final PyType TYPE = PyType.builtin("set", PyBaseObject.TYPE, null);

    final PyDict table = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    public final void add(PyObj v) {
        table.setItem(v, PyNone.NONE);
    }

    public final boolean contains(PyObj v) {
        return table.getItem(v) != null;
    }

    public final int size() {
        return table.size();
    }

    static {
        TYPE.slot(Slot.LEN, (SlotFns.LenFn) s -> ((PySet) s).size())
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (s, v) -> ((PySet) s).contains(v))
                .slot(Slot.ITER, (SlotFns.Fn1) s -> new DictIter(((PySet) s).table, DictIter.KEYS))
                .slot(Slot.REPR, (SlotFns.Fn1) s -> {
                    PySet set = (PySet) s;
                    if (set.size() == 0) {
                        return PyStr.of("set()");
                    }
                    if (!Abstract.reprEnter(s)) {
                        return PyStr.of("set(...)");
                    }
                    try {
                        StringBuilder sb = new StringBuilder("{");
                        boolean first = true;
                        for (int i = 0; i < set.table.entryCount(); i++) {
                            PyObj k = set.table.entryKey(i);
                            if (k != null) {
                                sb.append(first ? "" : ", ").append(Abstract.repr(k).value());
                                first = false;
                            }
                        }
                        return PyStr.of(sb.append('}').toString());
                    } finally {
                        Abstract.reprLeave(s);
                    }
                })
                .slot(Slot.INIT, (SlotFns.CallFn) (s, args, kw) -> {
                    PyMethodDescr.checkRange("set", args.length, 0, 1);
                    ((PySet) s).table.clear();
                    if (args.length == 1) {
                        for (PyObj x : Abstract.iterate(args[0])) {
                            ((PySet) s).add(x);
                        }
                    }
                    return PyNone.NONE;
                })
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PySet) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PySet x = (PySet) a;
                    PySet y = (PySet) b;
                    boolean eq = x.size() == y.size();
                    for (int i = 0; eq && i < x.table.entryCount(); i++) {
                        PyObj k = x.table.entryKey(i);
                        if (k != null && !y.contains(k)) {
                            eq = false;
                        }
                    }
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                });
        TYPE.attr("__hash__", PyNone.NONE);
        TYPE.hash = null;
        TYPE.new_ = (cls, args, kw) -> new PySet();
        TYPE.instanceFactory = cls -> new PySet();
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, TYPE.new_));
        TYPE.method(PyMethodDescr.of1(TYPE, "add", (s, v) -> {
            ((PySet) s).add(v);
            return PyNone.NONE;
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "discard", (s, v) -> {
            ((PySet) s).table.delItemIfPresent(v);
            return PyNone.NONE;
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "remove", (s, v) -> {
            if (!((PySet) s).table.delItemIfPresent(v)) {
                throw Errors.keyError(v);
            }
            return PyNone.NONE;
        }));
    }
}
