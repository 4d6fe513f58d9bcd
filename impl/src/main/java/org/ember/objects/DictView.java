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
            if (kind != DictIter.VALUES) {
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

    DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }
}
