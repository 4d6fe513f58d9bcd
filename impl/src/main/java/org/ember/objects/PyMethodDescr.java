package org.ember.objects;

import org.ember.objects.SlotFns.CallFn;

/**
 * A method of a builtin type as found in the type's dict ({@code method_descriptor}, e.g.
 * {@code list.append}). Binding it to an instance gives a {@link PyBuiltinFunction}; the
 * interpreter's method-call path calls it directly with the instance, binding nothing.
 *
 * <p>The factory methods check the argument count and produce CPython's messages.
 */
public final class PyMethodDescr extends PyObj {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyBaseObject.TYPE, null)
            .finalType()
            .methodDescriptor()
            .slot(Slot.CALL, (CallFn) (d, args, kw) -> ((PyMethodDescr) d).callUnbound(args, kw))
            .slot(Slot.DESCR_GET, (SlotFns.Fn3) (d, inst, owner) -> ((PyMethodDescr) d).bind(inst))
            .slot(Slot.REPR, (SlotFns.Fn1) d -> PyStr.of("<method '" + ((PyMethodDescr) d).name + "' of '"
                    + ((PyMethodDescr) d).owner.name() + "' objects>"))
            .attr("__name__", new PyGetSet("__name__", d -> PyStr.of(((PyMethodDescr) d).name), null));

    /** A method with no arguments. */
    public interface M0 { PyObj call(PyObj self); }
    /** A method with one positional argument. */
    public interface M1 { PyObj call(PyObj self, PyObj a); }
    /** A method with two positional arguments. */
    public interface M2 { PyObj call(PyObj self, PyObj a, PyObj b); }
    /** A method with a range of positional arguments. */
    public interface MN { PyObj call(PyObj self, PyObj[] args); }

    private final String name;
    private final PyType owner;
    private final CallFn impl;
    /** The implementation without an argument array, when the method takes none or exactly one. */
    private M0 m0;
    private M1 m1;

    public PyMethodDescr(PyType owner, String name, CallFn impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    public static PyMethodDescr of0(PyType owner, String name, M0 m) {
        String q = owner.name() + "." + name;
        PyMethodDescr d = new PyMethodDescr(owner, name, (self, args, kw) -> {
            noKeywords(q, kw);
            if (args.length != 0) {
                throw Errors.typeError(q + "() takes no arguments (" + args.length + " given)");
            }
            return m.call(self);
        });
        d.m0 = m;
        return d;
    }

    public static PyMethodDescr of1(PyType owner, String name, M1 m) {
        String q = owner.name() + "." + name;
        PyMethodDescr d = new PyMethodDescr(owner, name, (self, args, kw) -> {
            noKeywords(q, kw);
            if (args.length != 1) {
                throw Errors.typeError(q + "() takes exactly one argument (" + args.length + " given)");
            }
            return m.call(self, args[0]);
        });
        d.m1 = m;
        return d;
    }

    public static PyMethodDescr of2(PyType owner, String name, M2 m) {
        String q = owner.name() + "." + name;
        return new PyMethodDescr(owner, name, (self, args, kw) -> {
            noKeywords(q, kw);
            if (args.length != 2) {
                throw Errors.typeError(name + " expected 2 arguments, got " + args.length);
            }
            return m.call(self, args[0], args[1]);
        });
    }

    /** Positional arguments from {@code min} to {@code max}; missing ones are null in the array given to {@code m}. */
    public static PyMethodDescr ofRange(PyType owner, String name, int min, int max, MN m) {
        String q = owner.name() + "." + name;
        return new PyMethodDescr(owner, name, (self, args, kw) -> {
            noKeywords(q, kw);
            checkRange(name, args.length, min, max);
            PyObj[] full = args.length == max ? args : java.util.Arrays.copyOf(args, max);
            return m.call(self, full);
        });
    }

    /** Arguments by position or name, bound by {@code parser} (missing ones are null in the array). */
    public static PyMethodDescr ofParsed(PyType owner, String name, ArgParser parser, MN m) {
        return new PyMethodDescr(owner, name, (self, args, kw) -> m.call(self, parser.parse(args, kw)));
    }

    /** Full control: positional and keyword arguments as given. */
    public static PyMethodDescr ofKw(PyType owner, String name, CallFn impl) {
        return new PyMethodDescr(owner, name, impl);
    }

    static void noKeywords(String q, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(q + "() takes no keyword arguments");
        }
    }

    /** CPython's argument-clinic style count check: {@code pop expected at most 1 argument, got 2}. */
    public static void checkRange(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    /**
     * Calls the method on {@code self} with {@code argc} positional arguments taken from
     * {@code stack[from..]}, without an argument array when the method has a fixed arity of 0 or 1.
     * {@code self} must be an instance of the owner (as after a method lookup on its type).
     */
    public PyObj callOnStack(PyObj self, PyObj[] stack, int from, int argc) {
        if (argc == 0 && m0 != null) {
            return m0.call(self);
        }
        if (argc == 1 && m1 != null) {
            return m1.call(self, stack[from]);
        }
        PyObj[] args = new PyObj[argc];
        System.arraycopy(stack, from, args, 0, argc);
        return impl.call(self, args, null);
    }

    /** Calls the method on {@code self}, as the method-call fast path does. */
    public PyObj callOn(PyObj self, PyObj[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    PyObj bind(PyObj inst) {
        if (inst == null) {
            return this;
        }
        checkSelf(inst);
        return new PyBuiltinFunction(name, owner.name(), inst, impl);
    }

    private void checkSelf(PyObj self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + self.type().name() + "' object");
        }
    }

    private PyObj callUnbound(PyObj[] args, String[] kw) {
        if (args.length == 0) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        checkSelf(args[0]);
        PyObj[] rest = new PyObj[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return impl.call(args[0], rest, kw);
    }
}
