package org.ember.objects;

/**
 * {@code property(fget=None, fset=None, fdel=None, doc=None)}: a data descriptor calling Python
 * accessors. {@code getter}/{@code setter}/{@code deleter} build a copy of the same type with one
 * accessor replaced. The name shown in messages comes from {@code __set_name__}. Subclassable.
 */
public final class PyProperty extends PyObj {
    public static final PyType TYPE = PyType.builtin("property", PyBaseObject.TYPE, null);

    private static final ArgParser ARGS = new ArgParser("property", 0, 4, 0, "fget", "fset", "fdel", "doc");

    private final PyType type;
    private final InstanceAttrs attrs;
    PyObj fget;
    PyObj fset;
    PyObj fdel;
    PyObj doc;
    /** The attribute name given by {@code __set_name__}, or null. */
    PyObj name;
    /** Whether the doc was taken from the getter (then a copy takes the new getter's). */
    boolean getterDoc;

    PyProperty(PyType type) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
    }

    /** The getter, or null. */
    public PyObj getter() {
        return fget;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }

    private static PyObj orNone(PyObj o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyObj nullIfNone(PyObj o) {
        return o == PyNone.NONE ? null : o;
    }

    private String what(PyObj inst) {
        String n = name instanceof PyStr ? "'" + ((PyStr) name).value() + "' " : "";
        return "property " + n + "of '" + inst.type().name() + "' object";
    }

    /** Stores the accessors, as {@code property.__init__} does. */
    void init(PyObj[] a) {
        fget = nullIfNone(a[0]);
        fset = nullIfNone(a[1]);
        fdel = nullIfNone(a[2]);
        doc = nullIfNone(a[3]);
        getterDoc = false;
        if (doc == null && fget != null) {
            PyObj d = Abstract.lookupAttr(fget, "__doc__");
            if (d != null && d != PyNone.NONE) {
                doc = d;
                getterDoc = true;
            }
        }
    }

    /** {@code type(self)(fget, fset, fdel, doc)} with one accessor replaced, keeping the name. */
    private PyObj copyWith(int which, PyObj f) {
        PyObj g = which == 0 ? f : orNone(fget);
        PyObj s = which == 1 ? f : orNone(fset);
        PyObj d = which == 2 ? f : orNone(fdel);
        PyObj docArg = getterDoc || doc == null ? PyNone.NONE : doc;
        PyObj r = Abstract.call(type, new PyObj[] {g, s, d, docArg}, null);
        if (r instanceof PyProperty) {
            ((PyProperty) r).name = name;
        }
        return r;
    }

    static {
        SlotFns.CallFn nw = (cls, args, kw) -> new PyProperty((PyType) cls);
        TYPE.new_ = nw;
        TYPE.instanceFactory = PyProperty::new;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            ((PyProperty) self).init(ARGS.parse(args, kw));
            return PyNone.NONE;
        });
        TYPE.slot(Slot.DESCR_GET, (SlotFns.Fn3) (self, inst, owner) -> {
            PyProperty p = (PyProperty) self;
            if (inst == null) {
                return self;
            }
            if (p.fget == null) {
                throw Errors.attributeError(p.what(inst) + " has no getter");
            }
            return Abstract.call(p.fget, new PyObj[] {inst}, null);
        });
        TYPE.slot(Slot.DESCR_SET, (SlotFns.Fn3) (self, inst, value) -> {
            PyProperty p = (PyProperty) self;
            if (value == null) {
                if (p.fdel == null) {
                    throw Errors.attributeError(p.what(inst) + " has no deleter");
                }
                Abstract.call(p.fdel, new PyObj[] {inst}, null);
            } else {
                if (p.fset == null) {
                    throw Errors.attributeError(p.what(inst) + " has no setter");
                }
                Abstract.call(p.fset, new PyObj[] {inst, value}, null);
            }
            return PyNone.NONE;
        });
        TYPE.attr("fget", new PyGetSet("fget", self -> orNone(((PyProperty) self).fget), null));
        TYPE.attr("fset", new PyGetSet("fset", self -> orNone(((PyProperty) self).fset), null));
        TYPE.attr("fdel", new PyGetSet("fdel", self -> orNone(((PyProperty) self).fdel), null));
        TYPE.attr("__doc__", new PyGetSet("__doc__", self -> orNone(((PyProperty) self).doc), (self, v) -> {
            ((PyProperty) self).doc = v == null ? null : nullIfNone(v);
            ((PyProperty) self).getterDoc = false;
        }));
        TYPE.attr("__isabstractmethod__", new PyGetSet("__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObj f : new PyObj[] {p.fget, p.fset, p.fdel}) {
                if (f != null) {
                    PyObj v = Abstract.lookupAttr(f, "__isabstractmethod__");
                    if (v != null && Abstract.isTrue(v)) {
                        return PyBool.TRUE;
                    }
                }
            }
            return PyBool.FALSE;
        }, null));
        // property.getter(self, fget, /)
        TYPE.method(PyMethodDescr.of1(TYPE, "getter", (self, f) -> ((PyProperty) self).copyWith(0, f)));
        // property.setter(self, fset, /)
        TYPE.method(PyMethodDescr.of1(TYPE, "setter", (self, f) -> ((PyProperty) self).copyWith(1, f)));
        // property.deleter(self, fdel, /)
        TYPE.method(PyMethodDescr.of1(TYPE, "deleter", (self, f) -> ((PyProperty) self).copyWith(2, f)));
        // property.__set_name__(self, owner, name, /)
        TYPE.method(PyMethodDescr.of2(TYPE, "__set_name__", (self, owner, n) -> {
            ((PyProperty) self).name = n;
            return PyNone.NONE;
        }));
    }
}
