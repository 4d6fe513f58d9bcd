package org.ember.objects;

import java.util.Map;

/** {@code mappingproxy}: the read-only live view a class's {@code __dict__} returns. */
public final class PyMappingProxy extends PyObj {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyBaseObject.TYPE, null).finalType();

    private final Map<String, PyObj> map;
    /** The wrapped dict, when this proxies a dict rather than a class namespace. */
    private final PyDict dict;

    public PyMappingProxy(Map<String, PyObj> map) {
        this.map = map;
        this.dict = null;
    }

    /** A read-only view of a dict ({@code dict_items.mapping}). */
    public PyMappingProxy(PyDict dict) {
        this.map = null;
        this.dict = dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyDict snapshot() {
        if (dict != null) {
            return dict;
        }
        PyDict d = new PyDict();
        for (Map.Entry<String, PyObj> e : map.entrySet()) {
            d.setItem(PyStr.of(e.getKey()), e.getValue());
        }
        return d;
    }

    private PyObj lookup(PyObj k) {
        if (dict != null) {
            return dict.getItem(k);
        }
        return k instanceof PyStr ? map.get(((PyStr) k).value()) : null;
    }

    static {
        TYPE.slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyMappingProxy) self).snapshot().size())
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, k) -> {
                    PyObj v = ((PyMappingProxy) self).lookup(k);
                    if (v == null) {
                        throw Errors.keyError(k);
                    }
                    return v;
                })
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, k) -> ((PyMappingProxy) self).lookup(k) != null)
                .slot(Slot.STR, (SlotFns.Fn1) self -> Abstract.str(((PyMappingProxy) self).snapshot()))
                .slot(Slot.ITER, (SlotFns.Fn1) self -> Abstract.getIter(((PyMappingProxy) self).snapshot()))
                .slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) self).snapshot()).value() + ")"))
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> Abstract.richCompare(((PyMappingProxy) a).snapshot(), b, op));
        TYPE.method(PyMethodDescr.of0(TYPE, "keys", self -> Abstract.callMethod(PyDict.TYPE.lookup("keys"), ((PyMappingProxy) self).snapshot())));
        TYPE.method(PyMethodDescr.of0(TYPE, "values", self -> Abstract.callMethod(PyDict.TYPE.lookup("values"), ((PyMappingProxy) self).snapshot())));
        TYPE.method(PyMethodDescr.of0(TYPE, "items", self -> Abstract.callMethod(PyDict.TYPE.lookup("items"), ((PyMappingProxy) self).snapshot())));
        TYPE.method(PyMethodDescr.of0(TYPE, "copy", self -> ((PyMappingProxy) self).snapshot()));
        TYPE.method(PyMethodDescr.ofRange(TYPE, "get", 1, 2, (self, a) -> {
            PyObj v = ((PyMappingProxy) self).lookup(a[0]);
            return v != null ? v : a[1] != null ? a[1] : PyNone.NONE;
        }));
    }
}
