package org.ember.objects;

import java.util.Map;

/** {@code types.SimpleNamespace}: an object whose attributes are given at creation. */
public final class PyNamespace extends PyObj {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PyBaseObject.TYPE, PyNamespace::new)
            .withInstanceDict();

    static {
        TYPE.attr("__module__", PyStr.of("types"));
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyNamespace ns = (PyNamespace) self;
            if (!Abstract.reprEnter(self)) {
                return PyStr.of(ns.displayName + "(...)");
            }
            try {
                StringBuilder sb = new StringBuilder(ns.displayName).append('(');
                PyDict d = ns.attrs.asDict();
                boolean first = true;
                for (int i = 0; i < d.entryCount(); i++) {
                    PyObj k = d.entryKey(i);
                    if (k != null) {
                        sb.append(first ? "" : ", ").append(((PyStr) k).value()).append('=')
                                .append(Abstract.repr(d.entryValue(i)).value());
                        first = false;
                    }
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                Abstract.reprLeave(self);
            }
        }).slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            if (args.length - (kw == null ? 0 : kw.length) > 0) {
                throw Errors.typeError("no positional arguments expected");
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            for (int i = 0; kw != null && i < kw.length; i++) {
                ((PyNamespace) self).attrs.put(kw[i], args[npos + i]);
            }
            return PyNone.NONE;
        });
    }

    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();
    private String displayName = "namespace";

    private PyNamespace(PyType type) {
        this.type = type;
    }

    /** A namespace with the given attributes (in the map's order), shown as {@code displayName(a=1, ...)}. */
    public static PyNamespace of(String displayName, Map<String, PyObj> values) {
        PyNamespace ns = new PyNamespace(TYPE);
        ns.displayName = displayName;
        for (Map.Entry<String, PyObj> e : values.entrySet()) {
            ns.attrs.put(e.getKey(), e.getValue());
        }
        return ns;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }
}
