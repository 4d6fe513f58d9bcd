package org.ember.runtime;

import org.ember.bytecode.CodeObject;
import org.ember.interpreter.Frame;
import org.ember.interpreter.Interpreter;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Errors;
import org.ember.objects.PyCell;
import org.ember.objects.PyObj;
import org.ember.objects.PyType;

/** What builtins learn from the calling Python frame: zero-argument {@code super()}, {@code vars()}/{@code dir()}. */
final class FrameIntrospection {
    private FrameIntrospection() {}

    /** {__class__, first argument} of the calling frame, for {@code super()}. */
    static PyObj[] superArgs() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        CodeObject co = f.code;
        if (co.argcount == 0 && (co.flags & CodeObject.CO_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObj first = f.regs[0];
        for (int i = 0; i < co.cellvars.length; i++) {
            if (co.cell2arg != null && co.cell2arg[i] == 0) {
                first = ((PyCell) f.regs[co.varnames.length + i]).value;
            }
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        int base = co.varnames.length + co.cellvars.length;
        for (int i = 0; i < co.freevars.length; i++) {
            if (co.freevars[i].equals("__class__")) {
                PyObj cls = ((PyCell) f.regs[base + i]).value;
                if (cls == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (" + cls.type().name() + ")");
                }
                return new PyObj[] {cls, first};
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    /** The caller's locals, for {@code vars()} and {@code dir()} without arguments. */
    static PyObj callerLocals() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw Errors.systemError("no current frame");
        }
        return Interpreter.localsOf(f);
    }
}
