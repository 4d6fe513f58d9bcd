package org.ember.objects;

/**
 * Named tuple types implemented in Java ("struct sequences": {@code sys.version_info},
 * {@code sys.float_info}, {@code time.struct_time}): tuples whose items are also attributes, with
 * the repr {@code name(field=value, ...)}.
 */
public final class PyStructSeq {
    private PyStructSeq() {}

    /** A new struct-sequence type with the given fields. */
    public static PyType newType(String qualifiedName, String[] fields) {
        int dot = qualifiedName.lastIndexOf('.');
        PyType t = PyType.builtin(dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1), PyTuple.TYPE, null).finalType();
        if (dot >= 0) {
            t.attr("__module__", PyStr.of(qualifiedName.substring(0, dot)));
        }
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            t.attr(fields[i], new PyGetSet(fields[i], self -> ((PyTuple) self).get(idx), null));
        }
        t.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            StringBuilder sb = new StringBuilder(qualifiedName).append('(');
            PyTuple tu = (PyTuple) self;
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(tu.get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
        t.attr("n_fields", PyInt.of(fields.length));
        t.attr("n_sequence_fields", PyInt.of(fields.length));
        return t;
    }

    /** An instance of a struct-sequence type. */
    public static PyTuple instance(PyType type, PyObj... values) {
        return new PyTuple.Derived(type, values);
    }
}
