package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeObject;
import org.ember.bytecode.ExceptionEntry;
import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.CompareOp;
import org.ember.objects.Errors;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBool;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyRange;
import org.ember.objects.PySeqIter;
import org.ember.objects.PySlice;
import org.ember.objects.PyTuple;

/**
 * The bytecode interpreter. {@link #loop} is the eval loop: one {@code switch} over opcodes whose
 * cases are the stack diagram plus a line or two; anything longer lives in {@link Ops} so the
 * loop stays small enough for HotSpot to compile (a test checks its size). Exceptions unwind
 * through {@link #execute}, which consults the code object's exception table.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs a new frame to completion on this thread. */
    public static PyObj run(ThreadState ts, Frame f) {
        if (ts.finalizers != null && ts.finalizers.hasWork()) {
            ts.finalizers.drain();
        }
        int depth = ts.depth;
        ts.enter();
        f.code.warmUp();
        f.back = ts.frame;
        ts.frame = f;
        try {
            return execute(ts, f, null);
        } finally {
            // Also drops frames entered in place that an escaping Java error left linked.
            ts.frame = f.back;
            ts.depth = depth;
        }
    }

    /**
     * Runs module-level or class-body code with an explicit locals mapping ({@code exec},
     * module import, the class statement). {@code closure} supplies free variables (class bodies).
     */
    public static PyObj runCode(ThreadState ts, CodeObject code, PyDict globals, PyDict builtins, PyObj locals,
                                PyCell[] closure) {
        Frame f = new Frame(code, globals, builtins, locals);
        f.closure = closure;
        return run(ts, f);
    }

    /** Runs the body of a class statement: the body function's code with {@code ns} as its locals. */
    public static PyObj runClassBody(PyFunction body, PyObj ns) {
        return runCode(ThreadState.current(), body.code, body.globals, body.builtins, ns, body.closure);
    }

    /**
     * MAKE_CELL: the cell for localsplus[{@code at}], holding the parameter's value when the
     * captured variable is a parameter.
     */
    static PyCell newCell(CodeObject co, PyObj[] regs, int at) {
        int arg = co.cell2arg[at - co.varnames.length];
        return new PyCell(arg >= 0 ? regs[arg] : null);
    }

    /** COPY_FREE_VARS: the first {@code n} cells of {@code f}'s closure, after its own cells. */
    static void copyFreeVars(Frame f, int n) {
        PyCell[] closure = f.closure;
        if (closure != null) {
            PyObj[] regs = f.regs;
            int base = f.code.varnames.length + f.code.cellvars.length;
            for (int i = Math.min(n, closure.length) - 1; i >= 0; i--) {
                regs[base + i] = closure[i];
            }
        }
    }

    /**
     * Executes (or resumes) {@code entry}, handling exceptions through the exception tables. The
     * loop may enter Python callees in place; when an exception leaves one of those it unwinds
     * here frame by frame, each adding its traceback entry, until a handler takes it or it leaves
     * {@code entry}. {@code ts.frame} is always the innermost frame of this activation.
     */
    static PyObj execute(ThreadState ts, Frame entry, PyRaise pending) {
        Frame f = entry;
        while (true) {
            PyRaise e;
            Frame cur;
            try {
                if (pending != null) {
                    PyRaise p = pending;
                    pending = null;
                    f.lasti = Math.max(0, f.pc - 1);
                    throw p;
                }
                PyObj v;
                while ((v = loop(ts, f)) == RESTART) {
                    f = ts.frame;
                }
                return v;
            } catch (PyRaise ex) {
                e = ex;
                cur = ts.frame;
            } catch (StackOverflowError so) {
                e = Errors.recursionError("maximum recursion depth exceeded");
                cur = ts.frame;
            } catch (ReraiseSignal r) {
                // The handler is looked up at the re-raising instruction; f.lasti keeps the
                // original position for the traceback.
                e = r.raise;
                cur = ts.frame;
                ExceptionEntry h = cur.code.handlerFor(r.at);
                if (h != null) {
                    f = resumeAt(cur, h, e.exception());
                    continue;
                }
                if (cur == entry) {
                    throw e;
                }
                Frame caller = cur.back;
                e = leaveInPlace(ts, cur, e);
                cur = caller;
            } catch (RuntimeException | AssertionError bug) {
                e = Errors.systemError("internal error in Ember: " + bug);
                cur = ts.frame;
            }
            f = unwind(ts, entry, cur, e);
        }
    }

    /** Adds traceback entries from {@code cur} outwards until a handler takes {@code e} (returning its frame) or it leaves {@code entry}. */
    private static Frame unwind(ThreadState ts, Frame entry, Frame cur, PyRaise e) {
        PyBaseException exc = e.exception();
        while (true) {
            exc.traceback = new PyTraceback(cur, cur.lasti, (PyTraceback) exc.traceback);
            if (exc.context == null && ts.handled != null && ts.handled != exc) {
                exc.context = ts.handled;
            }
            ExceptionEntry h = cur.code.handlerFor(cur.lasti);
            if (h != null) {
                return resumeAt(cur, h, exc);
            }
            if (cur == entry) {
                throw e;
            }
            Frame caller = cur.back;
            PyRaise left = leaveInPlace(ts, cur, e);
            if (left != e) {
                e = left;
                exc = e.exception();
            }
            cur = caller;
        }
    }

    /**
     * Exception {@code e} leaves frame {@code f}, which the loop entered in place: unlinks it and
     * returns what its caller sees raised (a generator turns StopIteration into RuntimeError).
     */
    private static PyRaise leaveInPlace(ThreadState ts, Frame f, PyRaise e) {
        if (f.generator != null) {
            return PyGenerator.raiseInPlace(ts, f, e);
        }
        ts.frame = f.back;
        ts.leave();
        return e;
    }

    /** Sets {@code f} up to run handler {@code h} with {@code exc} pushed; returns {@code f}. */
    private static Frame resumeAt(Frame f, ExceptionEntry h, PyBaseException exc) {
        f.sp = f.code.nlocalsplus() + h.depth();
        if (h.pushLasti()) {
            f.regs[f.sp++] = PyInt.of(f.lasti);
        }
        f.regs[f.sp++] = exc;
        f.pc = h.target();
        return f;
    }

    /** Re-raising inside the same frame: does not add a traceback entry (RERAISE). */
    static final class ReraiseSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PyRaise raise;
        /** The index of the re-raising instruction. */
        final int at;

        ReraiseSignal(PyRaise raise, int at) {
            super(null, null, false, false);
            this.raise = raise;
            this.at = at;
        }
    }

    /**
     * Whether the fast path ({@link FastPath}) may run frame {@code f}: its globals and builtins are the ones its
     * code's global caches were made for, or the code has none (see {@link CodeObject#cacheGlobals}).
     */
    static boolean runsFast(Frame f) {
        CodeObject co = f.code;
        return co.cacheGlobals == null || co.cacheGlobals == f.globals && co.cacheBuiltins == f.builtins;
    }

    /**
     * What {@link #loop} returns after {@link #LOOP_TURNS} turns, for {@link #execute} to call it
     * again on {@code ts.frame}, where it left off.
     */
    private static final PyObj RESTART = new PyObj() {
        @Override
        public org.ember.objects.PyType type() {
            throw new IllegalStateException("the eval loop's restart marker is not a Python object");
        }
    };

    /**
     * Why {@link #loop} leaves and is called again every so many turns: with calls run in place,
     * one activation of it can run a whole program. When HotSpot throws its compiled code away
     * (a branch never taken before is taken), that activation goes on in the JVM's bytecode
     * interpreter until an on-stack replacement compiles it again, and that was measured to take
     * 11 seconds once (the go benchmark's second repetition, 13 s instead of 2.5). A new call
     * enters the newest compiled code, and the calls count towards compiling it.
     */
    static final int LOOP_TURNS = 1 << 12;

    private static PyObj loop(ThreadState ts, Frame f) {
        // Each turn runs the fast path until it meets an instruction it leaves to the general path,
        // runs that one here, saves pc and sp in the frame, and starts again from the frame (a
        // Python call, return or generator switches frames by setting f and continuing). Few
        // locals on purpose (constants and names are read through co where needed).
        while (true) {
            if (--ts.turns <= 0) {
                ts.turns = LOOP_TURNS;
                return RESTART;
            }
            CodeObject co = f.code;
            int[] code = co.code;
            PyObj[] r = f.regs;
            int pc = f.pc;
            int sp = f.sp;
            if (ts.executions != null) {
                // Counting executions (cache-stats): every instruction takes the general path.
                ts.executions[code[pc] & 0xFF]++;
            } else if (runsFast(f)) {
                long state = (co.hot ? FastPath.hot() : FastPath.COLD).run(ts, co, code, r, pc, sp);
                pc = (int) (state >>> 32);
                sp = (int) state;
                // The fast path may have called or returned in place: it left in ts.frame. Not
                // only when ts.frame is another object: a pooled frame that returned may be the
                // same object as the callee of a later call, running other code.
                f = ts.frame;
                co = f.code;
                code = co.code;
                r = f.regs;
                if (FastPathExits.COUNTS != null) {
                    FastPathExits.COUNTS[code[pc] & 0xFF]++;
                }
            }
            f.lasti = pc;
            int word = code[pc++];
            int arg = word >>> 8;
            int op = word & 0xFF;
            switch (op) {
                case LOAD_FAST:
                case LOAD_FAST_ATTR: {
                    PyObj v = r[arg];
                    if (v == null) {
                        throw Errors.unboundLocal(co.varnames[arg]);
                    }
                    r[sp++] = v;
                    break;
                }
                case STORE_FAST:
                    r[arg] = r[--sp];
                    r[sp] = null;
                    break;
                case LOAD_CONST:
                    r[sp++] = co.consts[arg];
                    break;
                case NOP:
                    break;
                case MAKE_CELL:
                    r[arg] = newCell(co, r, arg);
                    break;
                case COPY_FREE_VARS:
                    copyFreeVars(f, arg);
                    break;
                case POP_TOP:
                    r[--sp] = null;
                    break;
                case PUSH_NULL:
                    r[sp++] = null;
                    break;
                case COPY:
                    r[sp] = r[sp - arg];
                    sp++;
                    break;
                case SWAP: {
                    PyObj t = r[sp - 1];
                    r[sp - 1] = r[sp - arg];
                    r[sp - arg] = t;
                    break;
                }
                case LOAD_NAME:
                    r[sp++] = Ops.loadName(f, co.nameObjs[arg]);
                    break;
                case STORE_NAME:
                    Ops.storeName(f, co.nameObjs[arg], r[--sp]);
                    r[sp] = null;
                    break;
                case LOAD_GLOBAL:
                    if ((arg & 1) != 0) {
                        r[sp++] = null;
                    }
                    r[sp++] = Ops.loadGlobal(f, co.nameObjs[arg >> 1]);
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        Specializer.specializeLoadGlobal(f, pc - 1, co.nameObjs[arg >> 1]);
                    }
                    break;
                case LOAD_GLOBAL_CACHED: {
                    PyObj v = Specializer.cachedGlobal(f, pc - 1);
                    if ((arg & 1) != 0) {
                        r[sp++] = null;
                    }
                    r[sp++] = v != null ? v : Ops.loadGlobal(f, co.nameObjs[arg >> 1]);
                    break;
                }
                case LOAD_DEREF: {
                    PyObj v = ((PyCell) r[arg]).value;
                    if (v == null) {
                        throw Ops.unboundDeref(co, arg);
                    }
                    r[sp++] = v;
                    break;
                }
                case STORE_DEREF:
                    ((PyCell) r[arg]).value = r[--sp];
                    r[sp] = null;
                    break;
                case LOAD_CLOSURE:
                    r[sp++] = r[arg];
                    break;
                case LOAD_ATTR:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        Specializer.specializeAttr(co, pc - 1, r[sp - 1], co.names[arg], false);
                    }
                    r[sp - 1] = Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                case LOAD_ATTR_INSTANCE_VALUE: {
                    PyObj v = Specializer.instanceValue(co, pc - 1, r[sp - 1], co.names[arg]);
                    r[sp - 1] = v != null ? v : Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                }
                case LOAD_ATTR_CLASS: {
                    PyObj d = Specializer.classAttrForLoad(co, pc - 1, r[sp - 1], co.names[arg]);
                    r[sp - 1] = d != null ? Ops.bindClassAttr(d, r[sp - 1]) : Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                }
                case LOAD_ATTR_POLY: {
                    PyObj v = Specializer.polyAttr(co, pc - 1, r[sp - 1], co.names[arg]);
                    r[sp - 1] = v != null ? v : Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                }
                case LOAD_ATTR_TYPE: {
                    PyObj v = Specializer.typeAttr(co, pc - 1, r[sp - 1]);
                    r[sp - 1] = v != null ? v : Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                }
                case LOAD_METHOD_TYPE: {
                    PyObj v = Specializer.typeAttr(co, pc - 1, r[sp - 1]);
                    if (v != null) {
                        r[sp - 1] = null;
                        r[sp++] = v;
                    } else {
                        sp = Ops.loadMethod(r, sp, co.names[arg]);
                    }
                    break;
                }
                case LOAD_ATTR_PROPERTY:
                case LOAD_ATTR_SLOT:
                case LOAD_ATTR_MODULE: {
                    PyObj v = Specializer.descriptorAttr(ts, co, pc - 1, word & 0xFF, r[sp - 1]);
                    r[sp - 1] = v != null ? v : Abstract.getAttr(r[sp - 1], co.names[arg]);
                    break;
                }
                case STORE_ATTR:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        Specializer.specializeStoreAttr(co, pc - 1, r[sp - 1], co.names[arg]);
                    }
                    Abstract.setAttr(r[sp - 1], co.names[arg], r[sp - 2]);
                    r[--sp] = null;
                    r[--sp] = null;
                    break;
                case STORE_ATTR_ADD:
                case STORE_ATTR_INSTANCE_VALUE:
                case STORE_ATTR_SLOT:
                case STORE_ATTR_POLY:
                    if (!Specializer.storeSpecialized(co, pc - 1, op, r[sp - 1], co.names[arg], r[sp - 2])) {
                        Abstract.setAttr(r[sp - 1], co.names[arg], r[sp - 2]);
                    }
                    r[--sp] = null;
                    r[--sp] = null;
                    break;
                case LOAD_METHOD:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        Specializer.specializeAttr(co, pc - 1, r[sp - 1], co.names[arg], true);
                    }
                    sp = Ops.loadMethod(r, sp, co.names[arg]);
                    break;
                case LOAD_METHOD_CACHED:
                case LOAD_METHOD_POLY: {
                    PyObj d = (word & 0xFF) == LOAD_METHOD_CACHED ? Specializer.methodForLoad(co, pc - 1, r[sp - 1], co.names[arg])
                            : Specializer.polyMethod(co, pc - 1, r[sp - 1], co.names[arg]);
                    if (d != null) {
                        r[sp] = r[sp - 1];
                        r[sp - 1] = d;
                        sp++;
                    } else {
                        sp = Ops.loadMethod(r, sp, co.names[arg]);
                    }
                    break;
                }
                case BINARY_SUBSCR:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        OperatorSpecializer.specializeSubscr(co, pc - 1, r[sp - 2], r[sp - 1]);
                    }
                    r[sp - 2] = Abstract.getItem(r[sp - 2], r[sp - 1]);
                    r[--sp] = null;
                    break;
                case BINARY_SUBSCR_LIST_INT: {
                    PyObj v = OperatorSpecializer.listItem(r[sp - 2], r[sp - 1]);
                    r[sp - 2] = v != null ? v : OperatorSpecializer.subscrMiss(co, pc - 1, r[sp - 2], r[sp - 1]);
                    r[--sp] = null;
                    break;
                }
                case BINARY_SUBSCR_TUPLE_INT: {
                    PyObj v = OperatorSpecializer.tupleItem(r[sp - 2], r[sp - 1]);
                    r[sp - 2] = v != null ? v : OperatorSpecializer.subscrMiss(co, pc - 1, r[sp - 2], r[sp - 1]);
                    r[--sp] = null;
                    break;
                }
                case BINARY_SUBSCR_STR_INT:
                case BINARY_SUBSCR_DICT:
                case BINARY_SUBSCR_SLICE: {
                    PyObj v = OperatorSpecializer.otherItemHit(word & 0xFF, r[sp - 2], r[sp - 1]);
                    r[sp - 2] = v != null ? v : OperatorSpecializer.subscrMiss(co, pc - 1, r[sp - 2], r[sp - 1]);
                    r[--sp] = null;
                    break;
                }
                case STORE_SUBSCR:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        OperatorSpecializer.specializeStoreSubscr(co, pc - 1, r[sp - 2], r[sp - 1]);
                    }
                    Abstract.setItem(r[sp - 2], r[sp - 1], r[sp - 3]);
                    sp -= 3;
                    r[sp] = r[sp + 1] = r[sp + 2] = null;
                    break;
                case STORE_SUBSCR_LIST_INT:
                case STORE_SUBSCR_DICT:
                case STORE_SUBSCR_LIST_SLICE:
                    if (!OperatorSpecializer.storeSubscr(word & 0xFF, r[sp - 2], r[sp - 1], r[sp - 3])) {
                        Specializer.miss(co, pc - 1);
                        Abstract.setItem(r[sp - 2], r[sp - 1], r[sp - 3]);
                    }
                    sp -= 3;
                    r[sp] = r[sp + 1] = r[sp + 2] = null;
                    break;
                case BINARY_OP:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        OperatorSpecializer.specializeBinary(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                    }
                    r[sp - 2] = Ops.binaryOp(r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case BINARY_OP_ADD_INT: {
                    PyObj a = r[sp - 2];
                    PyObj b = r[sp - 1];
                    r[sp - 2] = a.getClass() == PyInt.class && b.getClass() == PyInt.class ? PyInt.add((PyInt) a, (PyInt) b)
                            : OperatorSpecializer.binaryMiss(co, pc - 1, a, b, arg);
                    r[--sp] = null;
                    break;
                }
                case BINARY_OP_SUBTRACT_INT: {
                    PyObj a = r[sp - 2];
                    PyObj b = r[sp - 1];
                    r[sp - 2] = a.getClass() == PyInt.class && b.getClass() == PyInt.class ? PyInt.sub((PyInt) a, (PyInt) b)
                            : OperatorSpecializer.binaryMiss(co, pc - 1, a, b, arg);
                    r[--sp] = null;
                    break;
                }
                case BINARY_OP_INT:
                    r[sp - 2] = OperatorSpecializer.intOp(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case BINARY_OP_FLOAT:
                    r[sp - 2] = OperatorSpecializer.floatOp(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case BINARY_OP_MIXED_FLOAT:
                    r[sp - 2] = OperatorSpecializer.mixedOp(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case BINARY_OP_PY:
                    r[sp - 2] = OperatorSpecializer.pyOperator(ts, co, pc - 1, r, sp, arg);
                    r[--sp] = null;
                    break;
                case BINARY_OP_ADD_UNICODE:
                    r[sp - 2] = OperatorSpecializer.concat(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case UNARY_NEGATIVE:
                    r[sp - 1] = Abstract.negative(r[sp - 1]);
                    break;
                case UNARY_NOT:
                    r[sp - 1] = PyBool.of(!Abstract.isTrue(r[sp - 1]));
                    break;
                case COMPARE_OP:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        OperatorSpecializer.specializeCompare(co, pc - 1, r[sp - 2], r[sp - 1]);
                    }
                    r[sp - 2] = Ops.compare(r[sp - 2], r[sp - 1], arg);
                    r[--sp] = null;
                    break;
                case COMPARE_OP_INT:
                case COMPARE_OP_FLOAT:
                case COMPARE_OP_STR:
                case COMPARE_OP_INT_JUMP:
                case COMPARE_OP_FLOAT_JUMP:
                case COMPARE_OP_STR_JUMP: {
                    // One call site for the six forms, so HotSpot inlines typedCompare once (fastPath
                    // takes long-sized ints and floats before they get here).
                    int t = OperatorSpecializer.typedCompare(op, r[sp - 2], r[sp - 1], arg);
                    if (t < 0) {
                        r[sp - 2] = OperatorSpecializer.compareMiss(co, pc - 1, r[sp - 2], r[sp - 1], arg);
                        r[--sp] = null;
                    } else if (op < COMPARE_OP_INT_JUMP) {
                        r[sp - 2] = PyBool.of(t != 0);
                        r[--sp] = null;
                    } else {
                        // Also executes the POP_JUMP_IF_FALSE/TRUE that follows, without making a bool.
                        r[--sp] = null;
                        r[--sp] = null;
                        int jump = code[pc++];
                        if ((t != 0) == ((jump & 0xFF) == POP_JUMP_IF_TRUE)) {
                            pc = jump >>> 8;
                        }
                    }
                    break;
                }
                case IS_OP:
                    r[sp - 2] = PyBool.of((r[sp - 2] == r[sp - 1]) ^ (arg != 0));
                    r[--sp] = null;
                    break;
                case CONTAINS_OP:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        OperatorSpecializer.specializeContains(co, pc - 1, r[sp - 2], r[sp - 1]);
                    }
                    r[sp - 2] = PyBool.of(Abstract.contains(r[sp - 1], r[sp - 2]) ^ (arg != 0));
                    r[--sp] = null;
                    break;
                case CONTAINS_OP_DICT:
                case CONTAINS_OP_SET:
                case CONTAINS_OP_STR:
                    r[sp - 2] = PyBool.of(OperatorSpecializer.contains(co, pc - 1, word & 0xFF, r[sp - 2], r[sp - 1]) ^ (arg != 0));
                    r[--sp] = null;
                    break;
                case BUILD_TUPLE:
                    sp = Ops.buildTuple(r, sp, arg);
                    break;
                case BUILD_LIST:
                    sp = Ops.buildList(r, sp, arg);
                    break;
                case LIST_APPEND:
                    ((PyList) r[sp - 1 - arg]).append(r[--sp]);
                    r[sp] = null;
                    break;
                case SET_ADD:
                case MAP_ADD:
                case LIST_EXTEND:
                case SET_UPDATE:
                case DICT_UPDATE:
                case DICT_MERGE:
                    sp = Ops.collectionOp(word & 0xFF, r, sp, arg);
                    break;
                case JUMP_FORWARD:
                    pc = arg;
                    break;
                case JUMP_BACKWARD:
                    co.warmUp();
                    pc = arg;
                    break;
                case POP_JUMP_IF_FALSE: {
                    PyObj v = r[--sp];
                    r[sp] = null;
                    if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                        pc = arg;
                    }
                    break;
                }
                case POP_JUMP_IF_TRUE: {
                    PyObj v = r[--sp];
                    r[sp] = null;
                    if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                        pc = arg;
                    }
                    break;
                }
                case POP_JUMP_IF_NONE:
                    if (r[--sp] == PyNone.NONE) {
                        pc = arg;
                    }
                    r[sp] = null;
                    break;
                case POP_JUMP_IF_NOT_NONE:
                    if (r[--sp] != PyNone.NONE) {
                        pc = arg;
                    }
                    r[sp] = null;
                    break;
                case JUMP_IF_FALSE_OR_POP:
                    if (!Abstract.isTrue(r[sp - 1])) {
                        pc = arg;
                    } else {
                        r[--sp] = null;
                    }
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    if (Abstract.isTrue(r[sp - 1])) {
                        pc = arg;
                    } else {
                        r[--sp] = null;
                    }
                    break;
                case GET_ITER:
                    r[sp - 1] = Abstract.getIter(r[sp - 1]);
                    break;
                case FOR_ITER_GEN: {
                    f.sp = sp;
                    f.pc = pc;
                    Frame g = PyGenerator.enterInPlace(ts, f, r[sp - 1], PyNone.NONE);
                    if (g != null) {
                        f = g;
                        continue;
                    }
                }
                // fall through: not resumable in place (SequenceSpecializer.next counts the miss)
                case FOR_ITER:
                case FOR_ITER_RANGE:
                case FOR_ITER_LIST:
                case FOR_ITER_TUPLE:
                case FOR_ITER_DICT:
                case FOR_ITER_ENUMERATE: {
                    PyObj it = r[sp - 1];
                    // The two commonest iterators inline; the rest (and the generic form) in SequenceSpecializer.
                    PyObj v = op == FOR_ITER_RANGE && it.getClass() == PyRange.RangeIter.class ? ((PyRange.RangeIter) it).nextItem()
                            : op == FOR_ITER_LIST && it.getClass() == PySeqIter.ListIter.class ? ((PySeqIter.ListIter) it).nextItem()
                            : SequenceSpecializer.next(ts, co, pc - 1, op, it);
                    if (v == null) {
                        r[--sp] = null;
                        pc = arg;
                    } else {
                        r[sp++] = v;
                    }
                    break;
                }
                case SEND: {
                    f.sp = sp;
                    f.pc = pc;
                    Frame g = PyGenerator.enterInPlace(ts, f, r[sp - 2], r[sp - 1]);
                    if (g != null) {
                        f = g;
                        continue;
                    }
                    int jump = Ops.send(f, r, sp);
                    sp = f.sp;
                    if (jump != 0) {
                        pc = arg;
                    }
                    break;
                }
                case YIELD_VALUE: {
                    PyObj v = r[--sp];
                    r[sp] = null;
                    f.sp = sp;
                    f.pc = pc;
                    if (!f.resumesCaller) {
                        f.yielded = true;
                        return v;
                    }
                    f = PyGenerator.yieldInPlace(ts, f, v);
                    continue;
                }
                case RETURN_VALUE:
                case RETURN_CONST: {
                    PyObj v = r[--sp];
                    r[sp] = null;
                    f.sp = sp;
                    f.pc = pc;
                    if (!f.resumesCaller) {
                        return v;
                    }
                    f = CallSpecializer.returnInPlace(ts, f, v);
                    continue;
                }
                case UNPACK_SEQUENCE:
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        SequenceSpecializer.specializeUnpack(co, pc - 1, r[sp - 1], arg);
                    }
                    sp = Ops.unpackSequence(r, sp, arg);
                    break;
                case UNPACK_SEQUENCE_TWO_TUPLE: {
                    PyObj seq = r[sp - 1];
                    if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == 2) {
                        r[sp - 1] = ((PyTuple) seq).get(1);
                        r[sp++] = ((PyTuple) seq).get(0);
                    } else {
                        Specializer.miss(co, pc - 1);
                        sp = Ops.unpackSequence(r, sp, arg);
                    }
                    break;
                }
                case UNPACK_SEQUENCE_TUPLE:
                case UNPACK_SEQUENCE_LIST:
                    sp = SequenceSpecializer.unpack(co, pc - 1, word & 0xFF, r, sp, arg);
                    break;
                case KW_NAMES:
                    f.kwnames = Ops.kwnames(co.consts[arg]);
                    break;
                case CALL: {
                    String[] kw = f.kwnames;
                    f.kwnames = null;
                    f.sp = sp;
                    f.pc = pc;
                    if (ts.specialize && Specializer.warm(co, pc - 1)) {
                        CallSpecializer.specialize(co, pc - 1, r, sp, arg, kw);
                    }
                    Frame callee = CallSpecializer.enterGeneric(ts, f, r, sp, arg, kw);
                    if (callee != null) {
                        f = callee;
                        continue;
                    }
                    sp = Ops.call(ts, r, sp, arg, kw);
                    break;
                }
                case CALL_PY_EXACT_ARGS:
                case CALL_BOUND_METHOD_EXACT_ARGS:
                case CALL_ALLOC_AND_INIT: {
                    f.sp = sp;
                    f.pc = pc;
                    Frame callee = (word & 0xFF) == CALL_PY_EXACT_ARGS ? CallSpecializer.enterExact(ts, f, r, sp, arg) : null;
                    if (callee == null) {
                        callee = CallSpecializer.enterInPlace(ts, f, co, pc - 1, word & 0xFF, r, sp, arg);
                    }
                    if (callee == null) {
                        sp = CallSpecializer.call(ts, co, pc - 1, word & 0xFF, r, sp, arg);
                        break;
                    }
                    f = callee;
                    continue;
                }
                case CALL_BUILTIN:
                case CALL_METHOD_DESCR:
                case CALL_LEN:
                case CALL_ISINSTANCE:
                case CALL_TYPE_1:
                case CALL_BUILTIN_CLASS:
                    f.sp = sp;
                    f.pc = pc;
                    sp = CallSpecializer.call(ts, co, pc - 1, word & 0xFF, r, sp, arg);
                    break;
                case MAKE_FUNCTION:
                    sp = Ops.makeFunction(f, r, sp, arg);
                    break;
                default:
                    // Instructions rare in hot code, kept out of this method so that HotSpot's
                    // inlining budget for it (bytecodes of the method plus what it inlines) goes
                    // to the helpers of the frequent ones.
                    f.sp = sp;
                    f.pc = pc;
                    sp = Ops.rareOp(ts, f, word & 0xFF, arg, sp);
                    break;
            }
            f.pc = pc;
            f.sp = sp;
        }
    }

    /** {@code frame.f_locals}/{@code locals()}: the mapping, or a snapshot of the fast locals. */
    public static PyObj localsOf(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        CodeObject co = f.code;
        for (int i = 0; i < co.varnames.length; i++) {
            if (f.regs[i] != null) {
                d.setStr(co.varnames[i], f.regs[i]);
            }
        }
        int nv = co.varnames.length;
        String[] cells = co.cellvars;
        for (int i = 0; i < cells.length; i++) {
            PyObj c = f.regs[nv + i];
            if (c instanceof PyCell && ((PyCell) c).value != null) {
                d.setStr(cells[i], ((PyCell) c).value);
            }
        }
        for (int i = 0; i < co.freevars.length; i++) {
            PyObj c = f.regs[nv + cells.length + i];
            if (c instanceof PyCell && ((PyCell) c).value != null) {
                d.setStr(co.freevars[i], ((PyCell) c).value);
            }
        }
        return d;
    }

    static BinOp binOpOf(int arg) {
        return BinOp.of(arg >= BinOp.INPLACE ? arg - BinOp.INPLACE : arg);
    }

    static CompareOp compareOpOf(int arg) {
        return CompareOp.of(arg);
    }
}
