package org.ember.objects;

/**
 * {@code super(type, obj_or_type)}: attribute lookup that starts after {@code type} in the MRO of
 * the object's type, binding what it finds to the object. The zero-argument form needs the
 * calling frame's first argument and {@code __class__} cell, which only the interpreter knows:
 * it installs {@link #zeroArgResolver}. Subclassable.
 */
public final class PySuper extends PyObj {
    public static final PyType TYPE = PyType.builtin("super", PyBaseObject.TYPE, null);

    /** Supplies {@code {__class__, first argument}} of the calling Python frame for {@code super()}. */
    @FunctionalInterface
    public interface ZeroArgResolver {
        /** @return {type, obj} for the current frame, or null when there is no usable frame */
        PyObj[] resolve();
    }

    /** Installed by the runtime; when absent or returning null, {@code super()} raises RuntimeError. */
    public static volatile ZeroArgResolver zeroArgResolver;

    private final PyType type;
    private final InstanceAttrs attrs;
    /** The class after which lookup starts ({@code __thisclass__}). */
    PyType thisClass;
    /** The bound object or class, or null when unbound ({@code __self__}). */
    PyObj obj;
    /** The type whose MRO is searched ({@code __self_class__}). */
    PyType objType;

    PySuper(PyType type) {
        this.type = type;
        this.attrs = type == TYPE ? null : new InstanceAttrs();
    }

    /** {@code super(thisClass, obj)} built from Java. */
    public static PySuper of(PyType thisClass, PyObj obj) {
        PySuper s = new PySuper(TYPE);
        s.bind(thisClass, obj);
        return s;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }

    private void bind(PyType t, PyObj o) {
        thisClass = t;
        obj = o;
        objType = o == null ? null : checkObj(t, o);
    }

    /** The type whose MRO to search, as CPython's {@code supercheck}. */
    private static PyType checkObj(PyType t, PyObj o) {
        if (o instanceof PyType && ((PyType) o).isSubtypeOf(t)) {
            return (PyType) o;
        }
        if (o.type().isSubtypeOf(t)) {
            return o.type();
        }
        PyObj cls = Abstract.lookupAttr(o, "__class__");
        if (cls instanceof PyType && cls != o.type() && ((PyType) cls).isSubtypeOf(t)) {
            return (PyType) cls;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    static PyObj getAttr(PyObj self, String name) {
        PySuper s = (PySuper) self;
        if (s.objType != null && !name.equals("__class__")) {
            PyType[] mro = s.objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObj v = mro[i].dict().get(name);
                if (v != null) {
                    SlotFns.Fn3 get = v.type().descrGet;
                    if (get == null) {
                        return v;
                    }
                    return get.apply(v, s.obj == s.objType ? null : s.obj, s.objType);
                }
            }
        }
        return PyBaseObject.genericGetAttr(self, name);
    }

    static {
        SlotFns.CallFn nw = (cls, args, kw) -> new PySuper((PyType) cls);
        TYPE.new_ = nw;
        TYPE.instanceFactory = PySuper::new;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        // super(type=<zero-argument form>, obj=<zero-argument form>, /)
        TYPE.slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            PySuper s = (PySuper) self;
            if (s.type == TYPE) {
                ArgParser.noKeywords("super", kw);
            }
            int npos = ArgParser.npos(args, kw);
            ArgParser.checkRange("super", npos, 0, 2);
            PyObj t;
            PyObj o;
            if (npos == 0) {
                ZeroArgResolver r = zeroArgResolver;
                PyObj[] found = r == null ? null : r.resolve();
                if (found == null) {
                    throw Errors.runtimeError("super(): no arguments");
                }
                t = found[0];
                o = found[1];
            } else {
                t = args[0];
                o = npos > 1 && args[1] != PyNone.NONE ? args[1] : null;
            }
            if (!(t instanceof PyType)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + t.type().name());
            }
            s.bind((PyType) t, o);
            return PyNone.NONE;
        });
        TYPE.slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) PySuper::getAttr);
        TYPE.dict().remove("__getattr__");
        TYPE.slot(Slot.DESCR_GET, (SlotFns.Fn3) (self, inst, owner) -> {
            PySuper s = (PySuper) self;
            if (inst == null || s.obj != null) {
                return self;
            }
            if (s.type != TYPE) {
                return Abstract.call(s.type, new PyObj[] {s.thisClass, inst}, null);
            }
            return of(s.thisClass, inst);
        });
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PySuper s = (PySuper) self;
            String t = s.thisClass == null ? "NULL" : s.thisClass.typeRepr();
            String o = s.objType == null ? "NULL" : "<" + s.objType.name() + " object>";
            return PyStr.of("<super: " + t + ", " + o + ">");
        });
        TYPE.attr("__thisclass__", new PyGetSet("__thisclass__", self -> orNone(((PySuper) self).thisClass), null));
        TYPE.attr("__self__", new PyGetSet("__self__", self -> orNone(((PySuper) self).obj), null));
        TYPE.attr("__self_class__", new PyGetSet("__self_class__", self -> orNone(((PySuper) self).objType), null));
    }

    private static PyObj orNone(PyObj o) {
        return o == null ? PyNone.NONE : o;
    }
}
