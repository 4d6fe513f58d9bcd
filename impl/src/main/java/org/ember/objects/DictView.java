package org.ember.objects;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
final class DictView extends PyObj {
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    static final PyType[] TYPES = new PyType[3];

    static {
        for (int i = 0; i < 3; i++) {
            int kind = i;
            PyType t = PyType.builtin(NAMES[i], PyBaseObject.TYPE, null).finalType();
            t.slot(Slot.LEN, (SlotFns.LenFn) self -> ((DictView) self).dict.size())
                    .slot(Slot.ITER, (SlotFns.Fn1) self -> new DictIter(((DictView) self).dict, kind))
                    .slot(Slot.REPR, (SlotFns.Fn1) self -> {
                        DictView v = (DictView) self;
                        if (!Abstract.reprEnter(v)) {
                            return PyStr.of("...");
                        }
                        try {
                            return PyStr.of(NAMES[kind] + "(" + Abstract.repr(new PyList(Abstract.toArray(self))).value() + ")");
                        } finally {
                            Abstract.reprLeave(v);
                        }
                    });
            t.method(PyMethodDescr.of0(t, "__reversed__", self -> new DictIter(((DictView) self).dict, kind, true)));
            t.attr("__hash__", PyNone.NONE);
            t.hash = null;
            t.attr("mapping", new PyGetSet("mapping", self -> new PyMappingProxy(((DictView) self).dict), null));
            if (kind != DictIter.VALUES) {
                // keys() and items() views are set-like: operators give sets, comparisons compare as sets.
                for (BinOp op : new BinOp[] {BinOp.AND, BinOp.OR, BinOp.SUBTRACT, BinOp.XOR}) {
                    t.binop(op, (a, b) -> {
                        PySet x = toSet(a);
                        PySet y = toSet(b);
                        return x == null || y == null ? PyNotImplemented.NOT_IMPLEMENTED : Abstract.binaryOp(x, y, op);
                    });
                }
                t.slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PySet) && !(b instanceof DictView && ((DictView) b).kind != DictIter.VALUES)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return Abstract.richCompare(toSet(a), toSet(b), op);
                });
                t.method(PyMethodDescr.of1(t, "isdisjoint", (self, other) -> {
                    PySet x = toSet(self);
                    for (PyObj o : Abstract.iterate(other)) {
                        if (x.contains(o)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                }));
                t.slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, x) -> {
                    PyDict d = ((DictView) self).dict;
                    if (kind == DictIter.KEYS) {
                        return d.getItem(x) != null;
                    }
                    if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) {
                        return false;
                    }
                    PyObj v = d.getItem(((PyTuple) x).get(0));
                    return v != null && (v == ((PyTuple) x).get(1) || Abstract.richCompareBool(v, ((PyTuple) x).get(1), CompareOp.EQ));
                });
            }
            TYPES[i] = t;
        }
    }

    final PyDict dict;
    private final int kind;

    /** A new set of the items of any iterable, or null when it is not iterable. */
    static PySet toSet(PyObj o) {
        if (o.type().iter == null && o.type().getitem == null) {
            return null;
        }
        PySet s = new PySet();
        for (PyObj x : Abstract.iterate(o)) {
            s.add(x);
        }
        return s;
    }

    DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }
}
