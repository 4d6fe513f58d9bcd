package org.ember.objects;

/**
 * Named tuple types implemented in Java ("struct sequences": {@code sys.version_info},
 * {@code sys.float_info}, {@code time.struct_time}): tuples whose items are also attributes, with
 * the repr {@code name(field=value, ...)}. Fields past the sequence fields ({@code tm_zone},
 * {@code tm_gmtoff}) are attributes only: not items, not in the repr.
 */
public final class PyStructSeq {
    private PyStructSeq() {}

    /** An instance with attribute-only fields after its items. */
    static final class Instance extends PyTuple {
        private final PyType type;
        final PyObj[] extra;

        Instance(PyType type, PyObj[] items, PyObj[] extra) {
            super(items);
            this.type = type;
            this.extra = extra;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** A new struct-sequence type with the given fields, all of them items; not constructible from Python. */
    public static PyType newType(String qualifiedName, String[] fields) {
        return build(qualifiedName, fields, fields.length, false);
    }

    /**
     * A new struct-sequence type whose first {@code nSequence} fields are items and the rest
     * attributes only, constructible from Python as {@code T(sequence, dict=None)}.
     */
    public static PyType newType(String qualifiedName, String[] fields, int nSequence) {
        return build(qualifiedName, fields, nSequence, true);
    }

    private static PyType build(String qualifiedName, String[] fields, int nSequence, boolean constructible) {
        int dot = qualifiedName.lastIndexOf('.');
        PyType t = PyType.builtin(dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1), PyTuple.TYPE, null).finalType();
        if (dot >= 0) {
            t.attr("__module__", PyStr.of(qualifiedName.substring(0, dot)));
        }
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            if (i < nSequence) {
                t.attr(fields[i], new PyGetSet(fields[i], self -> ((PyTuple) self).get(idx), null));
            } else {
                t.attr(fields[i], new PyGetSet(fields[i], self -> self instanceof Instance
                        ? ((Instance) self).extra[idx - nSequence] : PyNone.NONE, null));
            }
        }
        t.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            StringBuilder sb = new StringBuilder(qualifiedName).append('(');
            PyTuple tu = (PyTuple) self;
            for (int i = 0; i < nSequence; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(tu.get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
        t.attr("n_fields", PyInt.of(fields.length));
        t.attr("n_sequence_fields", PyInt.of(nSequence));
        t.attr("n_unnamed_fields", PyInt.of(0));
        if (constructible) {
            ArgParser parser = new ArgParser(qualifiedName, 0, 2, 1, "sequence", "dict");
            SlotFns.CallFn ctor = (cls, args, kw) -> {
                PyObj[] a = parser.parse(args, kw);
                if (a[0].type().lookup("__iter__") == null && a[0].type().lookup("__getitem__") == null) {
                    throw Errors.typeError("constructor requires a sequence");
                }
                PyObj[] items = Abstract.toArray(a[0]);
                int n = items.length;
                if (n < nSequence) {
                    throw Errors.typeError(qualifiedName + "() takes " + (nSequence == fields.length ? "a " : "an at least ")
                            + nSequence + "-sequence (" + n + "-sequence given)");
                }
                if (n > fields.length) {
                    throw Errors.typeError(qualifiedName + "() takes " + (nSequence == fields.length ? "a " : "an at most ")
                            + fields.length + "-sequence (" + n + "-sequence given)");
                }
                PyObj dict = a[1];
                PyObj[] seq = new PyObj[nSequence];
                System.arraycopy(items, 0, seq, 0, nSequence);
                PyObj[] extra = new PyObj[fields.length - nSequence];
                for (int i = 0; i < extra.length; i++) {
                    PyObj v = nSequence + i < n ? items[nSequence + i] : null;
                    if (v == null && dict instanceof PyDict) {
                        v = ((PyDict) dict).getStr(fields[nSequence + i]);
                    }
                    extra[i] = v == null ? PyNone.NONE : v;
                }
                return new Instance((PyType) cls, seq, extra);
            };
            t.new_ = ctor;
            t.attr("__new__", PyBuiltinFunction.forNew(t, ctor));
        }
        return t;
    }

    /** An instance of a struct-sequence type. */
    public static PyTuple instance(PyType type, PyObj... values) {
        return new PyTuple.Derived(type, values);
    }

    /** An instance of a struct-sequence type with attribute-only fields ({@code extra}, in field order). */
    public static PyTuple instance(PyType type, PyObj[] items, PyObj[] extra) {
        return new Instance(type, items, extra);
    }
}
