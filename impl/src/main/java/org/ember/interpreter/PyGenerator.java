package org.ember.interpreter;

import org.ember.bytecode.CodeObject;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/**
 * A generator ({@code generator}): a suspended frame resumed by {@code next}/{@code send}/
 * {@code throw}/{@code close}. Iteration through the {@code next} slot returns null when the
 * generator finishes, so {@code for} loops never see StopIteration.
 */
public final class PyGenerator extends PyObj implements org.ember.objects.ReturnsValue {
    public static final PyType TYPE = PyType.builtin("generator", PyBaseObject.TYPE, null).finalType();

    private final Frame frame;
    private final PyFunction function;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** The value of the last {@code return}, read by {@code yield from}. */
    PyObj returnValue;

    /** Whether a finalizer (closing the frame when this generator is collected) is registered. */
    private boolean finalizable;

    /** A generator over an already started frame: what a finalizer closes once the original is gone. */
    private static PyGenerator resumed(Frame frame, PyFunction function) {
        PyGenerator g = new PyGenerator(frame, function);
        g.started = true;
        return g;
    }

    PyGenerator(Frame frame, PyFunction function) {
        this.frame = frame;
        this.function = function;
    }

    @Override
    public PyType type() {
        int flags = frame.code.flags;
        if ((flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) == 0) {
            return TYPE;
        }
        if ((flags & CodeObject.CO_COROUTINE) != 0) {
            return Coroutines.COROUTINE;
        }
        if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return Coroutines.ASYNC_GENERATOR;
        }
        return TYPE;
    }

    /** The function this generator runs. */
    PyFunction function() {
        return function;
    }

    /** Whether the last suspension was a real {@code yield} (not the inner yield of an await/yield from). */
    boolean lastYieldWasOwn() {
        int at = frame.pc - 2;
        return at < 0 || (frame.code.code[at] & 0xFF) != org.ember.bytecode.Opcode.SEND;
    }

    boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return finished;
    }

    @Override
    public PyObj finalValue() {
        return returnValue;
    }

    /**
     * Resumes with {@code value} (or with {@code exc} thrown in). Returns the yielded value, or
     * null when the generator returned (its value is then in {@link #returnValue}).
     */
    PyObj resume(PyObj value, PyRaise exc) {
        return resume(ThreadState.current(), value, exc);
    }

    /** {@link #resume(PyObj, PyRaise)} on a thread whose state the caller holds (the eval loop). */
    PyObj resume(ThreadState ts, PyObj value, PyRaise exc) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            if (exc != null) {
                throw exc;
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started) {
            if (exc == null && value != PyNone.NONE) {
                String kind = type() == Coroutines.COROUTINE ? "coroutine"
                        : type() == Coroutines.ASYNC_GENERATOR ? "async generator" : "generator";
                throw Errors.typeError("can't send non-None value to a just-started " + kind);
            }
            started = true;
            if (exc != null) {
                // Nothing has run: no handler of the body can see it.
                finished = true;
                throw exc;
            }
        } else if (exc == null) {
            frame.regs[frame.sp++] = value;
        } else {
            PyObj delegated = throwIntoDelegate(exc);
            if (delegated != NOT_DELEGATED) {
                return delegated;
            }
            exc = pendingAfterDelegation;
            pendingAfterDelegation = null;
        }
        running = true;
        ts.enter();
        frame.code.warmUp();
        frame.back = ts.frame;
        ts.frame = frame;
        try {
            PyObj r = Interpreter.execute(ts, frame, exc);
            if (frame.yielded) {
                frame.yielded = false;
                suspended(ts);
                return r;
            }
            finished = true;
            returnValue = r;
            return null;
        } catch (PyRaise e) {
            throw raisedOut(e);
        } finally {
            running = false;
            ts.frame = frame.back;
            frame.back = null;
            ts.leave();
        }
    }

    /** After a yield: a generator suspended inside try/with must still run its finally if abandoned. */
    private void suspended(ThreadState ts) {
        if (!finalizable && frame.code.exceptionTable.length > 0 && ts.finalizers != null) {
            finalizable = true;
            Frame fr = frame;
            PyFunction fn = function;
            ts.finalizers.register(this, () -> org.ember.objects.Finalizers.runReporting(fn,
                    () -> resumed(fr, fn).close()));
        }
    }

    /** An exception left the body: the generator is finished; StopIteration becomes RuntimeError (PEP 479). */
    private PyRaise raisedOut(PyRaise e) {
        finished = true;
        if (e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
            PyRaise re = Errors.runtimeError("generator raised StopIteration");
            re.exception().cause = e.exception();
            re.exception().context = e.exception();
            re.exception().suppressContext = true;
            return re;
        }
        return e;
    }

    // ---- resumption in place: the eval loop switches to the generator's frame without a Java call ----

    /**
     * FOR_ITER or SEND in {@code caller} resumes generator {@code it} in place with {@code value}
     * (the caller saved its sp and pc): links the generator's frame above the caller and returns it,
     * or returns null (changing nothing) when the general path must run instead: not a generator or
     * coroutine, already running or finished, or a first resumption with a value other than None.
     */
    static Frame enterInPlace(ThreadState ts, Frame caller, PyObj it, PyObj value) {
        if (it.getClass() != PyGenerator.class) {
            return null;
        }
        PyGenerator g = (PyGenerator) it;
        if (g.running || g.finished || (g.frame.code.flags & CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return null;
        }
        Frame gf = g.frame;
        if (!g.started) {
            if (value != PyNone.NONE) {
                return null;
            }
            g.started = true;
        } else {
            gf.regs[gf.sp++] = value;
        }
        ts.enter();
        gf.code.warmUp();
        g.running = true;
        gf.back = caller;
        gf.resumesCaller = true;
        // Only while linked: a lasting reference from the frame would keep an abandoned generator
        // reachable from its own finalizer (which holds the frame).
        gf.generator = g;
        ts.frame = gf;
        return gf;
    }

    /**
     * {@link #enterInPlace} for the eval loop's fast path, which raises nothing: FOR_ITER_GEN
     * ({@code send} false: the iterator on top of the stack) or SEND (receiver and value on top)
     * at {@code pc - 1} in {@code ts.frame}. Saves the caller's sp, pc and lasti and returns the
     * generator's frame; null, changing nothing, where the general path must run: the recursion
     * limit reached, the thread's budget of in-place switches spent ({@link ThreadState#turns}),
     * or what {@link #enterInPlace} declines.
     */
    static Frame resumeHit(ThreadState ts, PyObj[] r, int sp, int pc, boolean send) {
        if (ts.depth >= ts.recursionLimit || --ts.turns <= 0) {
            return null;
        }
        Frame caller = ts.frame;
        Frame gf = enterInPlace(ts, caller, send ? r[sp - 2] : r[sp - 1], send ? r[sp - 1] : PyNone.NONE);
        if (gf != null) {
            caller.sp = sp;
            caller.pc = pc;
            caller.lasti = pc - 1;
        }
        return gf;
    }

    /**
     * YIELD_VALUE for the eval loop's fast path in {@code ts.frame}, the value on top of
     * {@code r[..sp)} and {@code pc} after the instruction: when the frame is a generator's
     * entered in place, suspends it as {@link #yieldInPlace} does and returns the caller; else
     * null, changing nothing (a generator resumed by a Java call returns from the loop instead).
     */
    static Frame yieldHit(ThreadState ts, PyObj[] r, int sp, int pc) {
        Frame f = ts.frame;
        if (!f.resumesCaller) {
            return null;
        }
        PyObj v = r[--sp];
        r[sp] = null;
        f.sp = sp;
        f.pc = pc;
        f.lasti = pc - 1;
        return yieldInPlace(ts, f, v);
    }

    /** Unlinks a generator frame entered in place (it yielded, returned or raised); returns the caller. */
    private Frame leaveInPlace(ThreadState ts) {
        Frame caller = frame.back;
        running = false;
        frame.resumesCaller = false;
        frame.generator = null;
        frame.back = null;
        ts.frame = caller;
        ts.leave();
        return caller;
    }

    /**
     * YIELD_VALUE of {@code v} in a generator frame entered in place: suspends it and hands
     * {@code v} to the resuming instruction (FOR_ITER pushes it, SEND replaces the sent value
     * with it); returns the caller, which goes on after that instruction.
     */
    static Frame yieldInPlace(ThreadState ts, Frame f, PyObj v) {
        PyGenerator g = f.generator;
        Frame caller = g.leaveInPlace(ts);
        g.suspended(ts);
        PyObj[] cr = caller.regs;
        if ((caller.code.code[caller.lasti] & 0xFF) == org.ember.bytecode.Opcode.SEND) {
            cr[caller.sp - 1] = v;
        } else {
            cr[caller.sp++] = v;
        }
        return caller;
    }

    /**
     * RETURN_VALUE of {@code v} in a generator frame entered in place: finishes the generator;
     * FOR_ITER in the caller pops the iterator and leaves the loop, SEND replaces receiver and
     * sent value with {@code v} (the value of {@code yield from}/{@code await}). Returns the caller,
     * its pc at the instruction's jump target.
     */
    static Frame returnInPlace(ThreadState ts, Frame f, PyObj v) {
        PyGenerator g = f.generator;
        Frame caller = g.leaveInPlace(ts);
        g.finished = true;
        g.returnValue = v;
        PyObj[] cr = caller.regs;
        int word = caller.code.code[caller.lasti];
        if (resumedByCall(word)) {
            // gen.send(v) raises StopIteration(value) at the call, which is where the loop now is.
            throw Errors.stopIteration(v == PyNone.NONE ? null : v);
        }
        if ((word & 0xFF) == org.ember.bytecode.Opcode.SEND) {
            cr[caller.sp - 2] = v;
        }
        cr[--caller.sp] = null;
        caller.pc = word >>> 8;
        return caller;
    }

    /**
     * Whether the instruction {@code word} that resumed a generator in place is a call
     * ({@code gen.send(v)}, see {@link #sendHit}) rather than FOR_ITER or SEND. By family: the call
     * may have been de-specialized (by another frame running the same code) while it waited.
     */
    private static boolean resumedByCall(int word) {
        return org.ember.bytecode.Opcode.family(word & 0xFF) == org.ember.bytecode.Opcode.CALL;
    }

    /**
     * RETURN_VALUE of a generator frame entered in place, for the eval loop's fast path: as
     * {@link #returnInPlace}, or null, changing nothing, when the generator was resumed by a call,
     * whose StopIteration the general path raises.
     */
    static Frame returnHit(ThreadState ts, Frame f, PyObj v) {
        Frame caller = f.back;
        return resumedByCall(caller.code.code[caller.lasti]) ? null : returnInPlace(ts, f, v);
    }

    /**
     * CALL_METHOD_DESCR of {@code generator.send} with one argument (the stack ends
     * {@code send gen value}) for the eval loop's fast path, at {@code pc - 1} in {@code ts.frame}:
     * resumes the generator in place as SEND does, with the call's slots cleared; the value it
     * yields becomes the call's result ({@link #yieldInPlace} pushes it), and its return raises
     * StopIteration at the call. Saves the caller's sp, pc and lasti and returns the generator's
     * frame; null, changing nothing, where {@link #resumeHit} would decline.
     */
    static Frame sendHit(ThreadState ts, PyObj[] r, int sp, int pc) {
        if (r[sp - 3] != SEND_METHOD || ts.depth >= ts.recursionLimit || --ts.turns <= 0) {
            return null;
        }
        Frame caller = ts.frame;
        Frame gf = enterInPlace(ts, caller, r[sp - 2], r[sp - 1]);
        if (gf != null) {
            r[sp - 1] = null;
            r[sp - 2] = null;
            r[sp - 3] = null;
            caller.sp = sp - 3;
            caller.pc = pc;
            caller.lasti = pc - 1;
        }
        return gf;
    }

    /** An exception leaves a generator frame entered in place: finishes the generator; returns what the caller sees raised. */
    static PyRaise raiseInPlace(ThreadState ts, Frame f, PyRaise e) {
        PyGenerator g = f.generator;
        g.leaveInPlace(ts);
        return g.raisedOut(e);
    }

    private static final PyObj NOT_DELEGATED = new PyGenerator.Marker();
    private PyRaise pendingAfterDelegation;

    /** A private sentinel. */
    private static final class Marker extends PyObj {
        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * When suspended inside {@code yield from}, {@code throw()} goes to the sub-iterator first. Returns
     * the value it yields (we stay suspended), or NOT_DELEGATED after arranging how this frame
     * continues: with the sub-iterator's return value (pc at the SEND target) or with the exception
     * it raised, left in {@link #pendingAfterDelegation} (null when resuming normally).
     */
    private PyObj throwIntoDelegate(PyRaise exc) {
        int[] code = frame.code.code;
        int pc = frame.pc;
        pendingAfterDelegation = exc;
        if (pc >= code.length || (code[pc] & 0xFF) != org.ember.bytecode.Opcode.JUMP_BACKWARD) {
            return NOT_DELEGATED;
        }
        int sendAt = code[pc] >>> 8;
        if ((code[sendAt] & 0xFF) != org.ember.bytecode.Opcode.SEND) {
            return NOT_DELEGATED;
        }
        PyObj recv = frame.regs[frame.sp - 1];
        boolean isExit = exc.exception().type().isSubtypeOf(ExceptionTypes.GeneratorExit);
        try {
            PyObj r;
            if (recv instanceof PyGenerator) {
                PyGenerator g = (PyGenerator) recv;
                if (isExit) {
                    g.close();
                    return NOT_DELEGATED;
                }
                r = g.resume(PyNone.NONE, exc);
                if (r == null) {
                    frame.regs[frame.sp - 1] = g.returnValue;
                    frame.pc = code[sendAt] >>> 8;
                    pendingAfterDelegation = null;
                    return NOT_DELEGATED;
                }
                return r;
            }
            if (isExit) {
                PyObj close = Abstract.lookupAttr(recv, "close");
                if (close != null) {
                    Abstract.call(close, new PyObj[0], null);
                }
                return NOT_DELEGATED;
            }
            PyObj thrower = Abstract.lookupAttr(recv, "throw");
            if (thrower == null) {
                return NOT_DELEGATED;
            }
            return Abstract.call(thrower, new PyObj[] {exc.exception()}, null);
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                PyObj v = e.exception().getExtra("value");
                frame.regs[frame.sp - 1] = v == null ? PyNone.NONE : v;
                frame.pc = code[sendAt] >>> 8;
                pendingAfterDelegation = null;
                return NOT_DELEGATED;
            }
            pendingAfterDelegation = e;
            return NOT_DELEGATED;
        }
    }

    /** {@code gen.send(value)}: the yielded value, or StopIteration(return value). */
    public PyObj send(PyObj value) {
        PyObj r = resume(value, null);
        if (r == null) {
            throw Errors.stopIteration(returnValue == PyNone.NONE ? null : returnValue);
        }
        return r;
    }

    /** {@code gen.throw(exc)}. */
    public PyObj throwIn(PyRaise exc) {
        PyObj r = resume(PyNone.NONE, exc);
        if (r == null) {
            throw Errors.stopIteration(returnValue == PyNone.NONE ? null : returnValue);
        }
        return r;
    }

    /** {@code gen.close()}. */
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            PyObj r = resume(PyNone.NONE, Errors.of(ExceptionTypes.GeneratorExit));
            if (r != null) {
                throw Errors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyRaise e) {
            PyType t = e.exception().type();
            if (!t.isSubtypeOf(ExceptionTypes.GeneratorExit) && !t.isSubtypeOf(ExceptionTypes.StopIteration)) {
                throw e;
            }
        }
    }

    static PyRaise exceptionFromThrowArgs(PyObj[] args) {
        PyObj typ = args[0];
        PyObj val = args.length > 1 ? args[1] : PyNone.NONE;
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(ExceptionTypes.BaseException)) {
            if (val instanceof PyBaseException) {
                exc = (PyBaseException) val;
            } else if (val == PyNone.NONE) {
                exc = ExceptionTypes.create((PyType) typ);
            } else {
                exc = ExceptionTypes.create((PyType) typ, val);
            }
        } else if (typ instanceof PyBaseException) {
            if (val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + typ.type().name());
        }
        return exc.raise();
    }

    /** {@code generator.send}, as LOAD_METHOD pushes it for {@link #sendHit}. */
    static final PyObj SEND_METHOD;

    static {
        TYPE.slot(Slot.ITER, (SlotFns.Fn1) g -> g)
                .slot(Slot.NEXT, (SlotFns.NextFn) g -> ((PyGenerator) g).resume(PyNone.NONE, null))
                .slot(Slot.REPR, (SlotFns.Fn1) g -> PyStr.of("<generator object " + ((PyGenerator) g).function.qualname
                        + " at 0x" + String.format("%012x", System.identityHashCode(g)) + ">"));
        TYPE.method(PyMethodDescr.of1(TYPE, "send", (g, v) -> ((PyGenerator) g).send(v)));
        SEND_METHOD = TYPE.lookup("send");
        TYPE.method(PyMethodDescr.ofRange(TYPE, "throw", 1, 3, (g, a) -> {
            PyObj[] args = a[1] == null ? new PyObj[] {a[0]} : new PyObj[] {a[0], a[1]};
            return ((PyGenerator) g).throwIn(exceptionFromThrowArgs(args));
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "close", g -> {
            ((PyGenerator) g).close();
            return PyNone.NONE;
        }));
        TYPE.attr("__name__", new PyGetSet("__name__", g -> PyStr.of(((PyGenerator) g).function.name), null));
        TYPE.attr("__qualname__", new PyGetSet("__qualname__", g -> PyStr.of(((PyGenerator) g).function.qualname), null));
        TYPE.attr("gi_running", new PyGetSet("gi_running", g -> PyBool.of(((PyGenerator) g).running), null));
        TYPE.attr("gi_frame", new PyGetSet("gi_frame", g -> ((PyGenerator) g).finished ? PyNone.NONE : ((PyGenerator) g).frame, null));
        TYPE.attr("gi_code", new PyGetSet("gi_code", g -> ((PyGenerator) g).frame.code, null));
    }


}
