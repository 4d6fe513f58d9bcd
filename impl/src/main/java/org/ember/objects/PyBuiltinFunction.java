package org.ember.objects;

import org.ember.objects.SlotFns.CallFn;

/**
 * A function implemented in Java ({@code builtin_function_or_method}): a module-level builtin
 * such as {@code len}, or a builtin method bound to its {@code self} ({@code [].append}).
 */
public final class PyBuiltinFunction extends PyObj {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBaseObject.TYPE, null)
            .finalType()
            .slot(Slot.CALL, (CallFn) (f, args, kw) -> ((PyBuiltinFunction) f).invoke(args, kw))
            .slot(Slot.REPR, (SlotFns.Fn1) f -> PyStr.of(((PyBuiltinFunction) f).reprText()))
            .attr("__name__", new PyGetSet("__name__", f -> PyStr.of(((PyBuiltinFunction) f).name), null))
            .attr("__qualname__", new PyGetSet("__qualname__", f -> PyStr.of(((PyBuiltinFunction) f).qualname()), null))
            .attr("__self__", new PyGetSet("__self__", f -> {
                PyObj s = ((PyBuiltinFunction) f).self;
                return s == null ? PyNone.NONE : s;
            }, null))
            .attr("__doc__", new PyGetSet("__doc__", f -> PyNone.NONE, null));

    private final String name;
    private final String owner;
    private final PyObj self;
    private final CallFn impl;
    private final CallFn newImpl;

    /**
     * @param owner the type name for methods ("list"), the module name for functions, or null
     * @param self the bound object, or null for a module-level function
     */
    public PyBuiltinFunction(String name, String owner, PyObj self, CallFn impl) {
        this(name, owner, self, impl, null);
    }

    private PyBuiltinFunction(String name, String owner, PyObj self, CallFn impl, CallFn newImpl) {
        this.name = name;
        this.owner = owner;
        this.self = self;
        this.impl = impl;
        this.newImpl = newImpl;
    }

    /** The {@code __new__} of a builtin type, exposed as {@code T.__new__(cls, ...)}. */
    public static PyBuiltinFunction forNew(PyType owner, CallFn newImpl) {
        return new PyBuiltinFunction("__new__", owner.name(), owner, (ownerType, args, kw) -> {
            if (args.length < 1) {
                throw Errors.typeError(owner.name() + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType)) {
                throw Errors.typeError(owner.name() + ".__new__(X): X is not a type object ("
                        + args[0].type().name() + ")");
            }
            PyType cls = (PyType) args[0];
            if (!cls.isSubtypeOf(owner)) {
                throw Errors.typeError(owner.name() + ".__new__(" + cls.name() + "): " + cls.name()
                        + " is not a subtype of " + owner.name());
            }
            // The nearest builtin type of cls must use this very __new__, else the layout is wrong.
            PyType staticBase = cls;
            while (!staticBase.isBuiltin()) {
                staticBase = staticBase.base();
            }
            if (staticBase.new_ != newImpl && staticBase != owner) {
                throw Errors.typeError(owner.name() + ".__new__(" + cls.name() + ") is not safe, use "
                        + staticBase.name() + ".__new__()");
            }
            PyObj[] rest = new PyObj[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return newImpl.call(cls, rest, kw);
        }, newImpl);
    }

    /** A builtin function of a module (no self). */
    public static PyBuiltinFunction of(String name, CallFn impl) {
        return new PyBuiltinFunction(name, null, null, impl);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    /** The Java implementation of {@code __new__} when this is a builtin type's {@code __new__}, else null. */
    public CallFn newImpl() {
        return newImpl;
    }

    public PyObj self() {
        return self;
    }

    String qualname() {
        return owner != null && self != null && !(self instanceof PyModule) ? owner + "." + name : name;
    }

    /** Calls the Java implementation with the bound self (or null). */
    public PyObj invoke(PyObj[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    private String reprText() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + self.type().name() + " object>";
    }
}
