package org.ember.objects;

import org.ember.objects.SlotFns.CallFn;

/**
 * A builtin type's special method as seen from Python ({@code wrapper_descriptor}, e.g.
 * {@code int.__add__}): calls the Java slot implementation. {@link Slot#fixup} recognizes these
 * so a class that inherits a builtin special method gets the Java code in its slot.
 */
public final class PySlotWrapper extends PyObj {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyBaseObject.TYPE, null)
            .finalType()
            .methodDescriptor()
            .slot(Slot.CALL, (CallFn) (w, args, kw) -> ((PySlotWrapper) w).callUnbound(args))
            .slot(Slot.DESCR_GET, (SlotFns.Fn3) (w, inst, owner) -> ((PySlotWrapper) w).bind(inst))
            .slot(Slot.REPR, (SlotFns.Fn1) w -> PyStr.of("<slot wrapper '" + ((PySlotWrapper) w).dunder + "' of '"
                    + ((PySlotWrapper) w).owner.name() + "' objects>"))
            .attr("__name__", new PyGetSet("__name__", w -> PyStr.of(((PySlotWrapper) w).dunder), null));

    private final PyType owner;
    private final String dunder;
    private final Slot slot;
    private final Object impl;

    PySlotWrapper(PyType owner, String dunder, Slot slot, Object impl) {
        this.owner = owner;
        this.dunder = dunder;
        this.slot = slot;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    Slot slot() {
        return slot;
    }

    Object impl() {
        return impl;
    }

    public String dunder() {
        return dunder;
    }

    /** Calls the slot on {@code self}, as the method-call fast path does. */
    public PyObj callOn(PyObj self, PyObj[] args) {
        checkSelf(self);
        return slot.callWrapper(dunder, impl, self, args);
    }

    private void checkSelf(PyObj self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + dunder + "' requires a '" + owner.name()
                    + "' object but received a '" + self.type().name() + "'");
        }
    }

    private PyObj callUnbound(PyObj[] args) {
        if (args.length == 0) {
            throw Errors.typeError("descriptor '" + dunder + "' of '" + owner.name() + "' object needs an argument");
        }
        PyObj[] rest = new PyObj[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callOn(args[0], rest);
    }

    private PyObj bind(PyObj inst) {
        if (inst == null) {
            return this;
        }
        checkSelf(inst);
        return new PyBuiltinFunction(dunder, owner.name(), inst, (self, args, kw) -> {
            PyMethodDescr.noKeywords(dunder, kw);
            return slot.callWrapper(dunder, impl, self, args);
        });
    }
}
