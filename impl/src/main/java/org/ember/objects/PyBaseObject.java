package org.ember.objects;

import org.ember.objects.SlotFns.CallFn;

/**
 * The type {@code object}: the generic attribute protocol, identity hash and equality, the
 * default repr, and {@code object.__new__}/{@code __init__} with CPython's excess-argument rules.
 */
public final class PyBaseObject {
    private PyBaseObject() {}

    static final CallFn OBJECT_NEW = (cls, args, kw) -> {
        PyType t = (PyType) cls;
        if (args.length > 0 || (kw != null && kw.length > 0)) {
            if (t.new_ != PyBaseObject.OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.init == PyBaseObject.OBJECT_INIT) {
                throw Errors.typeError(t.qualname() + "() takes no arguments");
            }
        }
        return t.newInstance();
    };

    static final CallFn OBJECT_INIT = (self, args, kw) -> {
        if (args.length > 0 || (kw != null && kw.length > 0)) {
            PyType t = self.type();
            if (t.init != PyBaseObject.OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.new_ == PyBaseObject.OBJECT_NEW) {
                throw Errors.typeError(t.qualname() + "() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    };

    public static final PyType TYPE = PyType.builtin("object", null, PyInstance::new);

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) PyBaseObject::defaultRepr)
                .slot(Slot.STR, (SlotFns.Fn1) self -> Abstract.repr(self))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> System.identityHashCode(self))
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) PyBaseObject::richCompare)
                .slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) PyBaseObject::genericGetAttr)
                .slot(Slot.SETATTR, (SlotFns.SetAttrFn) PyBaseObject::genericSetAttr)
                .slot(Slot.INIT, OBJECT_INIT);
        TYPE.new_ = OBJECT_NEW;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, OBJECT_NEW));
        // __getattr__ is not an object method; the slot wrapper must not make every class look like it has one.
        TYPE.dict().remove("__getattr__");
        TYPE.attr("__class__", new PyGetSet("__class__", PyObj::type, PyBaseObject::setClass));
        TYPE.method(PyMethodDescr.of1(TYPE, "__format__", (self, spec) -> {
            String s = Abstract.strArg(spec, "format_spec").value();
            if (!s.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
            }
            return Abstract.str(self);
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "__dir__", self -> Abstract.defaultDir(self)));
        TYPE.method(PyMethodDescr.of0(TYPE, "__sizeof__", self -> PyInt.of(16)));
        // object.__getstate__(): the instance dict when it has attributes, else None.
        TYPE.method(PyMethodDescr.of0(TYPE, "__getstate__", self -> {
            InstanceAttrs a = self.type().instancesHaveDict ? self.attrs() : null;
            PyDict d = a == null ? null : a.asDict();
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }));
        // Pickling needs copyreg from the standard library, which Ember does not load yet.
        TYPE.method(PyMethodDescr.ofRange(TYPE, "__reduce_ex__", 1, 1, (self, a) -> {
            throw Errors.notImplementedError("pickling is not supported yet (needs the standard library's copyreg)");
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "__reduce__", self -> {
            throw Errors.notImplementedError("pickling is not supported yet (needs the standard library's copyreg)");
        }));
        TYPE.attr("__init_subclass__", new PyClassMethod(PyBuiltinFunction.of("__init_subclass__", (s, args, kw) -> {
            if (args.length > 1 || (kw != null && kw.length > 0)) {
                throw Errors.typeError(((PyType) args[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        })));
        TYPE.attr("__subclasshook__", new PyClassMethod(PyBuiltinFunction.of("__subclasshook__",
                (s, args, kw) -> PyNotImplemented.NOT_IMPLEMENTED)));
        TYPE.attr("__doc__", PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
        PyType.completeBootstrap();
    }

    static PyObj defaultRepr(PyObj self) {
        PyType t = self.type();
        String mod = t.moduleName();
        String name = mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        return PyStr.of("<" + name + " object at 0x" + String.format("%012x", System.identityHashCode(self)) + ">");
    }

    static PyObj richCompare(PyObj self, PyObj other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE: {
                // By default __ne__ delegates to __eq__ and inverts the result.
                SlotFns.RichCmpFn eq = self.type().richcmp;
                PyObj r = eq == null ? PyNotImplemented.NOT_IMPLEMENTED : eq.compare(self, other, CompareOp.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code object.__getattribute__}: data descriptors, then the instance, then other class attributes. */
    public static PyObj genericGetAttr(PyObj obj, String name) {
        PyObj r = genericGetAttrOrNull(obj, name);
        if (r == null) {
            throw Errors.noAttribute(obj, name);
        }
        return r;
    }

    /** As {@link #genericGetAttr} but null instead of AttributeError for a plain miss. */
    public static PyObj genericGetAttrOrNull(PyObj obj, String name) {
        PyType type = obj.type();
        PyObj descr = type.lookup(name);
        SlotFns.Fn3 get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.apply(descr, obj, type);
            }
        }
        InstanceAttrs attrs = type.instancesHaveDict ? obj.attrs() : null;
        if (attrs != null) {
            PyObj v = attrs.get(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.apply(descr, obj, type);
        }
        return descr;
    }

    /** {@code object.__setattr__}/{@code __delattr__} (value null). */
    public static void genericSetAttr(PyObj obj, String name, PyObj value) {
        PyType type = obj.type();
        PyObj descr = type.lookup(name);
        if (descr != null) {
            SlotFns.Fn3 set = descr.type().descrSet;
            if (set != null) {
                set.apply(descr, obj, value);
                return;
            }
        }
        InstanceAttrs attrs = type.instancesHaveDict ? obj.attrs() : null;
        if (attrs == null) {
            if (descr == null) {
                throw Errors.noAttribute(obj, name);
            }
            throw Errors.attributeError("'" + type.name() + "' object attribute '" + name + "' is read-only");
        }
        if (value == null) {
            if (!attrs.remove(name)) {
                throw Errors.noAttribute(obj, name);
            }
        } else {
            attrs.put(name, value);
        }
    }

    private static void setClass(PyObj self, PyObj value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType nt = (PyType) value;
        if (!(self instanceof PyInstance) || nt.isBuiltin() || nt.instanceFactory != self.type().instanceFactory) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!layout(nt).equals(layout(self.type()))) {
            throw Errors.typeError("__class__ assignment: '" + nt.name() + "' object layout differs from '"
                    + self.type().name() + "'");
        }
        ((PyInstance) self).setType(nt);
    }

    /** What an instance of {@code t} stores: the {@code __slots__} of its classes, and whether it has a dict. */
    private static String layout(PyType t) {
        StringBuilder sb = new StringBuilder(t.instancesHaveDict ? "dict" : "");
        for (PyType c = t; c != null && !c.isBuiltin(); c = c.base()) {
            if (c.slotNames != null && c.slotNames.length > 0) {
                sb.append(java.util.Arrays.toString(c.slotNames));
            }
        }
        return sb.toString();
    }
}
