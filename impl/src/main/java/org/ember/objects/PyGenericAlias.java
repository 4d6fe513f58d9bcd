package org.ember.objects;

/** {@code types.GenericAlias}: what {@code list[int]} evaluates to (PEP 585). */
public final class PyGenericAlias extends PyObj {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyBaseObject.TYPE, null).finalType();

    private final PyObj origin;
    private final PyTuple args;

    public PyGenericAlias(PyObj origin, PyObj args) {
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** How {@code repr} shows a type argument: qualified class names, {@code ...}, else repr. */
    private static String argRepr(PyObj a) {
        if (a == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (a instanceof PyType) {
            PyType t = (PyType) a;
            String mod = t.moduleName();
            return mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        }
        return Abstract.repr(a).value();
    }

    /** Makes sure {@code list[int]} and friends work: installs the builtin types' {@code __class_getitem__}. */
    public static void install() {
        // Class initialization (the static block below) does the work, once per JVM.
    }

    /** The {@code __class_getitem__} that builtin generic types get. */
    public static PyObj classGetItem() {
        return new PyClassMethod(PyBuiltinFunction.of("__class_getitem__", (s, a, kw) -> new PyGenericAlias(a[0], a[1])));
    }

    static {
        TYPE.attr("__module__", PyStr.of("types"));
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyGenericAlias g = (PyGenericAlias) self;
            StringBuilder sb = new StringBuilder(argRepr(g.origin)).append('[');
            PyObj[] items = g.args.items();
            if (items.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        }).slot(Slot.CALL, (SlotFns.CallFn) (self, args, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, kw))
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyGenericAlias) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyGenericAlias x = (PyGenericAlias) a;
                    PyGenericAlias y = (PyGenericAlias) b;
                    boolean eq = Abstract.richCompareBool(x.origin, y.origin, CompareOp.EQ)
                            && Abstract.richCompareBool(x.args, y.args, CompareOp.EQ);
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                })
                .slot(Slot.HASH, (SlotFns.HashFn) self -> Abstract.hash(((PyGenericAlias) self).origin)
                        ^ Abstract.hash(((PyGenericAlias) self).args))
                .slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) (self, name) -> {
                    PyObj r = PyBaseObject.genericGetAttrOrNull(self, name);
                    if (r != null) {
                        return r;
                    }
                    if (name.startsWith("__") && name.endsWith("__")) {
                        throw Errors.noAttribute(self, name);
                    }
                    return Abstract.getAttr(((PyGenericAlias) self).origin, name);
                });
        TYPE.dict().remove("__getattr__");
        TYPE.attr("__origin__", new PyGetSet("__origin__", self -> ((PyGenericAlias) self).origin, null));
        TYPE.attr("__args__", new PyGetSet("__args__", self -> ((PyGenericAlias) self).args, null));
        TYPE.attr("__parameters__", new PyGetSet("__parameters__", self -> PyTuple.EMPTY, null));
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.TYPE, PyFrozenSet.TYPE}) {
            t.attr("__class_getitem__", classGetItem());
        }
    }
}
