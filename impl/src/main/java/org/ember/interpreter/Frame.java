package org.ember.interpreter;

import org.ember.bytecode.CodeObject;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyObj;

/**
 * An activation of a code object. Frames are heap objects (so generators can suspend them):
 * {@code regs} holds the locals, cells and free variables ("localsplus") followed by the value
 * stack; {@code sp} is the index of the next free stack slot.
 */
public final class Frame extends PyObj {
    public CodeObject code;
    public PyObj[] regs;
    public int sp;
    /** Index of the next instruction to execute. */
    public int pc;
    /** Index of the instruction executing (or last executed), for tracebacks and f_lineno. */
    public int lasti;
    public PyDict globals;
    public PyDict builtins;
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), else null. */
    public PyObj locals;
    /**
     * The closure of the function this frame runs (or of a class body), which its prologue's
     * COPY_FREE_VARS copies into the frame; null when it has none.
     */
    PyCell[] closure;
    public Frame back;
    /** Keyword names set by KW_NAMES for the next CALL. */
    String[] kwnames;
    /** Set by YIELD_VALUE: the frame suspended rather than returned. */
    boolean yielded;
    /**
     * The eval loop entered this frame in place from a CALL in {@link #back} (no Java call): when it
     * returns, or an exception leaves it, the same loop goes on in the caller.
     */
    boolean resumesCaller;
    /** The generator (or coroutine) whose frame this is, while the loop runs it entered in place; else null. */
    PyGenerator generator;
    /** For a frame running {@code __init__} for CALL_ALLOC_AND_INIT: the new instance, the call's result. */
    PyObj initSelf;
    /**
     * For a frame running an operator method for BINARY_OP_PY in place: the operands, for the
     * reflected method if this one returns {@code NotImplemented}; else null.
     */
    BinaryOperands operands;

    /** The operands and operator of a BINARY_OP whose method runs in place. */
    record BinaryOperands(PyObj left, PyObj right, int op) {}
    /** In the thread's pool and not running: {@link ThreadState#frameFor} may hand it out again. */
    boolean free;
    /**
     * Python code may hold this frame after it ends (a traceback entry, {@code sys._getframe}),
     * so it is never reused; set on its callers too, which {@code f_back} reaches.
     */
    boolean escaped;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyObj locals) {
        this(code, globals, builtins, code.frameSize());
        this.locals = locals;
    }

    /** A frame with room for {@code size} registers, at least the code's (a pooled frame may have more). */
    Frame(CodeObject code, PyDict globals, PyDict builtins, int size) {
        this.code = code;
        this.regs = new PyObj[size];
        this.sp = code.nlocalsplus();
        this.globals = globals;
        this.builtins = builtins;
    }

    /**
     * Marks this frame and its callers as reachable from Python beyond their activations: they
     * will not be reused. Stops at a frame already marked, whose callers are then marked too.
     */
    public void escape() {
        for (Frame f = this; f != null && !f.escaped; f = f.back) {
            f.escaped = true;
        }
    }

    @Override
    public org.ember.objects.PyType type() {
        return FrameType.TYPE;
    }

    /** The current source line; the {@code def} line in the prologue (MAKE_CELL, COPY_FREE_VARS), which has none. */
    public int lineno() {
        int i = Math.max(0, Math.min(lasti, code.lines.length - 1));
        int line = code.lines.length == 0 ? 0 : code.lines[i];
        return line != 0 ? line : code.firstLineno;
    }
}
