package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.builtins.PureBuiltins;
import org.ember.bytecode.CodeObject;
import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.Errors;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyEnumerate;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyRange;
import org.ember.objects.PySet;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyMethod;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyNone;
import org.ember.objects.PyNotImplemented;
import org.ember.objects.PyObj;
import org.ember.objects.PyType;
import org.ember.objects.TypeType;

/**
 * Specialized forms of {@code CALL}. The stack holds {@code NULL|method callable|self args}; the
 * generic CALL packs the arguments into an array and binds them through the callee's full rules.
 * The forms here recognize a callee seen before and skip what it does not need:
 * <ul>
 * <li>{@code CALL_PY_EXACT_ARGS}: a Python function whose parameters the positional arguments
 *     fill by position (the rest from its defaults): they are copied from this stack into the
 *     callee's frame. The guard is that
 *     property ({@link CodeObject#exactArgcount}), not the callee's identity, so a site calling
 *     several such functions (a method overridden in subclasses) stays specialized; the cache
 *     keeps the first callee's code for the JIT's profile;
 * <li>{@code CALL_BOUND_METHOD_EXACT_ARGS}: the same through a bound method object;
 * <li>{@code CALL_ALLOC_AND_INIT}: a Python class using {@code object.__new__} with such an
 *     {@code __init__}, guarded by the class's version tag;
 * <li>{@code CALL_METHOD_DESCR}: a builtin type's method, without an argument array for 0 or 1
 *     arguments; {@code CALL_BUILTIN}: any builtin function;
 * <li>{@code CALL_LEN}, {@code CALL_ISINSTANCE}, {@code CALL_TYPE_1}: those builtins, inline;
 *     {@code CALL_BUILTIN_CLASS}: a builtin class such as {@code list} or {@code range}.
 * </ul>
 * Sites with keyword arguments stay generic.
 */
final class CallSpecializer {
    private CallSpecializer() {}

    private static final PyObj LEN = PureBuiltins.builtin("len");
    private static final PyObj ISINSTANCE = PureBuiltins.builtin("isinstance");
    private static final PyObj LIST_APPEND = PyList.TYPE.lookup("append");
    private static final PyObj LIST_POP = PyList.TYPE.lookup("pop");
    private static final PyObj SET_ADD = PySet.TYPE.lookup("add");
    private static final PyObj SET_DISCARD = PySet.TYPE.lookup("discard");

    /** CALL_ALLOC_AND_INIT's cache: the class, its version when specialized, and its {@code __init__}. */
    record InitCache(PyType type, int version, PyFunction init) {}

    static void specialize(CodeObject co, int at, PyObj[] r, int sp, int argc, String[] kw) {
        if (kw != null) {
            Specializer.giveUp(co, at, "keyword arguments");
            return;
        }
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callable = r[base + 1];
        if (first != null) {
            if (first instanceof PyFunction) {
                exactArgs(co, at, (PyFunction) first, argc + 1, CALL_PY_EXACT_ARGS, first.getClass() == PyFunction.class);
            } else if (first instanceof PyMethodDescr) {
                Specializer.rewrite(co, at, CALL_METHOD_DESCR, first);
            } else {
                Specializer.giveUp(co, at, "method of type " + first.type().name());
            }
        } else if (callable instanceof PyFunction) {
            exactArgs(co, at, (PyFunction) callable, argc, CALL_PY_EXACT_ARGS, true);
        } else if (callable instanceof PyMethod && ((PyMethod) callable).function instanceof PyFunction) {
            exactArgs(co, at, (PyFunction) ((PyMethod) callable).function, argc + 1, CALL_BOUND_METHOD_EXACT_ARGS, true);
        } else if (callable == LEN && argc == 1) {
            Specializer.rewrite(co, at, CALL_LEN, null);
        } else if (callable == ISINSTANCE && argc == 2) {
            Specializer.rewrite(co, at, CALL_ISINSTANCE, null);
        } else if (callable == TypeType.TYPE && argc == 1) {
            Specializer.rewrite(co, at, CALL_TYPE_1, null);
        } else if (callable.getClass() == PyBuiltinFunction.class) {
            Specializer.rewrite(co, at, CALL_BUILTIN, null);
        } else if (callable instanceof PyType) {
            specializeClass(co, at, (PyType) callable, argc);
        } else {
            Specializer.giveUp(co, at, "callable of type " + callable.type().name());
        }
    }

    private static void exactArgs(CodeObject co, int at, PyFunction fn, int n, int form, boolean ok) {
        if (ok && fn.bindsPositionally(n)) {
            Specializer.rewrite(co, at, form, fn.code);
        } else {
            Specializer.giveUp(co, at, "Python function needs argument binding (defaults, *args, **kwargs or keyword-only)");
        }
    }

    private static void specializeClass(CodeObject co, int at, PyType t, int argc) {
        if (t.type() != TypeType.TYPE) {
            Specializer.giveUp(co, at, "class with a metaclass");
            return;
        }
        if (t.isBuiltin()) {
            Specializer.rewrite(co, at, CALL_BUILTIN_CLASS, t);
            return;
        }
        if (t.new_ != PyBaseObject.TYPE.new_) {
            Specializer.giveUp(co, at, "class with its own __new__ or a builtin base");
            return;
        }
        PyObj init = t.lookup("__init__");
        if (!(init instanceof PyFunction) || !((PyFunction) init).bindsPositionally(argc + 1)) {
            Specializer.giveUp(co, at, "class whose __init__ is not a Python function taking the arguments by position");
            return;
        }
        Specializer.rewrite(co, at, CALL_ALLOC_AND_INIT, new InitCache(t, t.version(), (PyFunction) init));
    }

    /**
     * CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS and CALL_ALLOC_AND_INIT, when the guard holds
     * and the callee is not a generator: makes the callee's frame, links it above {@code caller}
     * and returns it, for the eval loop to run in place (no Java call per Python call; see
     * {@link Frame#resumesCaller}). The call's stack slots are cleared and {@code caller.sp} is
     * where the result will go. Returns null otherwise, changing nothing.
     */
    static Frame enterInPlace(ThreadState ts, Frame caller, CodeObject co, int at, int op, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyFunction fn;
        InitCache init = null;
        if (op == CALL_PY_EXACT_ARGS) {
            PyObj callee = first != null ? first : r[base + 1];
            if (callee.getClass() != PyFunction.class
                    || !((PyFunction) callee).bindsPositionally(first != null ? argc + 1 : argc)) {
                return null;
            }
            fn = (PyFunction) callee;
        } else if (op == CALL_BOUND_METHOD_EXACT_ARGS) {
            if (first != null || r[base + 1].getClass() != PyMethod.class
                    || ((PyMethod) r[base + 1]).function.getClass() != PyFunction.class) {
                return null;
            }
            fn = (PyFunction) ((PyMethod) r[base + 1]).function;
            if (!fn.bindsPositionally(argc + 1)) {
                return null;
            }
        } else {
            init = (InitCache) co.caches[at];
            if (first != null || r[base + 1] != init.type || init.type.version() != init.version
                    || init.type.type() != TypeType.TYPE || !init.init.bindsPositionally(argc + 1)) {
                return null;
            }
            fn = init.init;
        }
        if (fn.code.isGenerator()) {
            return null;
        }
        if (ts.finalizers != null && ts.finalizers.hasWork()) {
            ts.finalizers.drain();
        }
        Frame callee;
        if (op == CALL_PY_EXACT_ARGS && first == null) {
            callee = fn.pooledFrameFromStack(ts, r, base + 2, argc);
        } else {
            if (op == CALL_BOUND_METHOD_EXACT_ARGS) {
                r[base + 1] = ((PyMethod) r[base + 1]).self;
            } else if (init != null) {
                r[base + 1] = init.type.newInstance();
            }
            callee = fn.pooledFrameFromStack(ts, r, base + 1, argc + 1);
            if (init != null) {
                callee.initSelf = r[base + 1];
            }
        }
        return link(ts, caller, callee, r, base, sp);
    }

    /**
     * The common case of {@link #enterInPlace}, small enough for HotSpot to inline into the loop:
     * CALL_PY_EXACT_ARGS of a plain function taking exactly the arguments given. Returns null
     * (changing nothing) for anything else, which {@link #enterInPlace} then handles.
     */
    static Frame enterExact(ThreadState ts, Frame caller, PyObj[] r, int sp, int argc) {
        PyFunction fn = exactCallee(ts, r, sp, argc);
        if (fn == null) {
            return null;
        }
        int base = sp - argc - 2;
        int from = r[base] != null ? base + 1 : base + 2;
        return link(ts, caller, fn.pooledFrameExact(ts, r, from, sp - from), r, base, sp);
    }

    /**
     * CALL_PY_EXACT_ARGS, CALL_ALLOC_AND_INIT or BINARY_OP_PY {@code op} for the eval loop's fast
     * path, which raises nothing: while the guards of {@code op} hold, the Python function to run
     * in place, to be entered by {@link #enterFrame} (for CALL_ALLOC_AND_INIT, {@code __init__},
     * once the new instance has replaced the class on the stack). Null otherwise: also when the
     * call would exceed the recursion limit (the general path raises the RecursionError), when
     * finalizers wait for a safe point, and when the thread's budget of in-place calls
     * ({@link ThreadState#turns}) is spent.
     *
     * <p>Why one method for the three, and why two methods, not one: C2 inlines a callee anew at
     * every call site in the fast path, against a budget for inlined bytecode
     * (DesiredMethodLimit) that the fast path spends before its last instructions (one site per
     * form left LOAD_GLOBAL, STORE_ATTR and returns real calls); and it does not inline a method
     * whose code, compiled on its own before the fast path was (while the fast path's first
     * compiled code called it), exceeds InlineSmallCode, 2,500 bytes, as guards, frame making
     * and instance making together did.
     */
    static PyFunction calleeHit(int op, ThreadState ts, Object cache, PyObj[] r, int sp, int arg) {
        if (!mayEnterFromFastPath(ts)) {
            return null;
        }
        int base = op == BINARY_OP_PY ? sp - 2 : sp - arg - 2;
        return op == CALL_PY_EXACT_ARGS ? exactFunction(r[base] != null ? r[base] : r[base + 1], r[base] != null ? arg + 1 : arg)
                : op == BINARY_OP_PY ? OperatorSpecializer.operatorMethodHit(cache, r[base], r[base + 1])
                : initHit(cache, r, base, arg);
    }

    /**
     * Links a frame running {@code fn}, which {@link #calleeHit} returned for {@code op}, above
     * the caller ({@code ts.frame}) and returns it; {@code pc} is the instruction after the call.
     * {@code __init__} runs with the new instance as {@link Frame#initSelf} (the call's result
     * when it returns None); an operator method with its operands as {@link Frame#operands} (for
     * the reflected method when it returns NotImplemented: see {@link #returnInPlace}).
     */
    static Frame enterFrame(int op, ThreadState ts, PyFunction fn, PyObj[] r, int sp, int arg, int pc) {
        int base = op == BINARY_OP_PY ? sp - 2 : sp - arg - 2;
        int from = op == BINARY_OP_PY ? base : op == CALL_ALLOC_AND_INIT || r[base] != null ? base + 1 : base + 2;
        Frame callee = fn.pooledFrameExact(ts, r, from, sp - from);
        if (op == CALL_ALLOC_AND_INIT) {
            callee.initSelf = r[from];
        } else if (op == BINARY_OP_PY) {
            callee.operands = new Frame.BinaryOperands(r[base], r[base + 1], arg);
        }
        Frame caller = ts.frame;
        caller.lasti = pc - 1;
        caller.pc = pc;
        return link(ts, caller, callee, r, base, sp);
    }

    /**
     * CALL_ALLOC_AND_INIT's guards, for {@link #calleeHit}: while the class called from
     * {@code r[base + 1]} and its {@code __init__} are the cached ones and it takes exactly the
     * arguments given (and is no generator), {@code __init__}; else null.
     */
    private static PyFunction initHit(Object cache, PyObj[] r, int base, int argc) {
        InitCache init = (InitCache) cache;
        PyType t = init.type();
        PyFunction fn = init.init();
        if (r[base] != null || r[base + 1] != t || t.version() != init.version() || t.type() != TypeType.TYPE
                || fn.code.exactArgcount != argc + 1 || fn.code.isGenerator()) {
            return null;
        }
        return fn;
    }

    /**
     * Whether the fast path may enter one more frame in place: below the recursion limit (the
     * general path raises the RecursionError), no finalizers waiting for a safe point, and the
     * thread's budget of in-place calls ({@link ThreadState#turns}) not spent (this takes one).
     */
    private static boolean mayEnterFromFastPath(ThreadState ts) {
        return ts.depth < ts.recursionLimit && (ts.finalizers == null || !ts.finalizers.hasWork()) && --ts.turns > 0;
    }

    /**
     * CALL_PY_EXACT_ARGS of a plain function whose body only returns a constant, a parameter or
     * an attribute of one ({@link CodeObject#trivial}), for the eval loop's fast path: the result,
     * without a frame, or null (changing nothing) for any other call, an attribute whose
     * instruction is not specialized or whose guard fails, and a call at the recursion limit.
     * None of these bodies can raise or see its frame, so no one can tell that it did not run.
     */
    static PyObj framelessHit(ThreadState ts, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callee = first != null ? first : r[base + 1];
        if (callee.getClass() != PyFunction.class) {
            return null;
        }
        CodeObject code = ((PyFunction) callee).code;
        int kind = code.trivial;
        if (kind == CodeObject.NOT_TRIVIAL) {
            return null;
        }
        int from = first != null ? base + 1 : base + 2;
        if (code.exactArgcount != sp - from || ts.depth >= ts.recursionLimit) {
            return null;
        }
        if (kind == CodeObject.RETURNS_CONST) {
            return code.consts[code.trivialIndex];
        }
        PyObj a = r[from + code.trivialIndex];
        if (kind == CodeObject.RETURNS_ARG) {
            return a;
        }
        int at = code.trivialAt;
        int op = code.code[at] & 0xFF;
        return op == LOAD_ATTR_INSTANCE_VALUE || op == LOAD_ATTR_POLY || op == LOAD_ATTR_SLOT
                ? Specializer.attrHit(op, code.caches[at], a) : null;
    }

    /**
     * CALL_PY_EXACT_ARGS of a generator function taking exactly the arguments given, for the eval
     * loop's fast path: replaces the call's slots with the new generator (nothing runs yet) and
     * returns the new sp; else -1, changing nothing.
     */
    static int newGeneratorHit(PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callee = first != null ? first : r[base + 1];
        if (callee.getClass() != PyFunction.class) {
            return -1;
        }
        PyFunction fn = (PyFunction) callee;
        int from = first != null ? base + 1 : base + 2;
        if (!fn.code.isGenerator() || fn.code.exactArgcount != sp - from) {
            return -1;
        }
        PyGenerator g = new PyGenerator(fn.frameExact(r, from, sp - from), fn);
        for (int i = base + 1; i < sp; i++) {
            r[i] = null;
        }
        r[base] = g;
        return base + 1;
    }

    /** The plain function a CALL_PY_EXACT_ARGS calls when it takes exactly the arguments given and can run in place, else null. */
    private static PyFunction exactCallee(ThreadState ts, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        int from = r[base] != null ? base + 1 : base + 2;
        PyFunction fn = exactFunction(r[from - 1], sp - from);
        return fn == null || (ts.finalizers != null && ts.finalizers.hasWork()) ? null : fn;
    }

    /**
     * {@code callee} when it is a plain Python function, no generator function, whose positional
     * parameters are exactly {@code n}; else null.
     */
    private static PyFunction exactFunction(PyObj callee, int n) {
        if (callee.getClass() != PyFunction.class) {
            return null;
        }
        PyFunction fn = (PyFunction) callee;
        CodeObject code = fn.code;
        return code.exactArgcount != n || code.isGenerator() ? null : fn;
    }

    /**
     * The generic CALL of a Python function or of a bound method of one, with any arguments
     * ({@code kwnames} for keywords): binds them in a frame, links it above {@code caller} and
     * returns it, for the eval loop to run in place as CPython 3.11 runs every Python-to-Python
     * call (no Java call, so no Java stack per Python call). Null, changing nothing, for any
     * other callable or a generator function. A binding error raises here, in the caller.
     */
    static Frame enterGeneric(ThreadState ts, Frame caller, PyObj[] r, int sp, int argc, String[] kwnames) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callable = first != null ? first : r[base + 1];
        PyObj self = null;
        if (first == null && callable.getClass() == PyMethod.class) {
            self = ((PyMethod) callable).self;
            callable = ((PyMethod) callable).function;
        }
        if (callable.getClass() != PyFunction.class || ((PyFunction) callable).code.isGenerator()) {
            return null;
        }
        PyFunction fn = (PyFunction) callable;
        if (ts.finalizers != null && ts.finalizers.hasWork()) {
            ts.finalizers.drain();
        }
        if (self != null) {
            r[base + 1] = self;
        }
        int from = first != null || self != null ? base + 1 : base + 2;
        return link(ts, caller, fn.pooledFrame(ts, r, from, sp - from, kwnames), r, base, sp);
    }

    /** Links {@code callee} above {@code caller} to run in place and clears the call's slots {@code r[base..sp)}. */
    private static Frame link(ThreadState ts, Frame caller, Frame callee, PyObj[] r, int base, int sp) {
        ts.enter();
        callee.code.warmUp();
        callee.resumesCaller = true;
        callee.back = caller;
        ts.frame = callee;
        for (int i = base; i < sp; i++) {
            r[i] = null;
        }
        caller.sp = base;
        return callee;
    }

    /**
     * RETURN_VALUE from a frame the loop entered in place: unlinks it and pushes the result (for
     * {@code __init__}, the new instance) on the caller's stack; returns the caller.
     */
    static Frame returnInPlace(ThreadState ts, Frame f, PyObj v) {
        if (f.generator != null) {
            return PyGenerator.returnInPlace(ts, f, v);
        }
        Frame caller = unlink(ts, f);
        if (f.initSelf != null) {
            // Raised in the caller, as CPython reports it: the __init__ frame has returned.
            if (v != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + v.type().name() + "'");
            }
            v = f.initSelf;
        }
        Frame.BinaryOperands ops = f.operands;
        ThreadState.release(f);
        if (ops != null && v == PyNotImplemented.NOT_IMPLEMENTED) {
            // The operator method declined: the right operand's reflected method, or the
            // TypeError, as the caller's BINARY_OP would have gone on (raised at it).
            v = Abstract.binaryOpReflected(ops.left(), ops.right(), BinOp.of(ops.op()));
        }
        caller.regs[caller.sp++] = v;
        return caller;
    }

    /**
     * RETURN_VALUE for the eval loop's fast path: a plain frame entered in place (no
     * {@code __init__}) returns {@code v} to its caller, which it returns (a generator's, resumed in
     * place, finishes as {@link PyGenerator#returnInPlace} says); else null, changing nothing.
     * {@code f} is {@code ts.frame}.
     */
    static Frame returnHit(ThreadState ts, Frame f, PyObj v) {
        if (!f.resumesCaller) {
            return null;
        }
        PyObj self = f.initSelf;
        if (self != null) {
            // __init__ returned: the call's result is the instance (anything but None raises).
            if (v != PyNone.NONE) {
                return null;
            }
            v = self;
        } else if (v == PyNotImplemented.NOT_IMPLEMENTED && f.operands != null) {
            return null;
        }
        if (f.generator != null) {
            return PyGenerator.returnHit(ts, f, v);
        }
        Frame caller = unlink(ts, f);
        ThreadState.release(f);
        caller.regs[caller.sp++] = v;
        return caller;
    }

    /** Unlinks {@code f}, entered in place, from the thread's frames; returns its caller. */
    private static Frame unlink(ThreadState ts, Frame f) {
        Frame caller = f.back;
        ts.frame = caller;
        ts.leave();
        return caller;
    }

    /**
     * CALL_BUILTIN_CLASS for the eval loop's fast path: {@code range} of one to three exact ints
     * (well within a long, a step other than 0), an empty {@code set()}, or what
     * {@link #convertExact} converts; the result, else null (the general path calls the class).
     */
    static PyObj builtinClassHit(Object cache, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        if (r[base] != null || r[base + 1] != cache) {
            return null;
        }
        if (cache != PyRange.TYPE) {
            return argc == 0 ? (cache == PySet.TYPE ? new PySet() : null)
                    : argc != 1 ? null
                    : cache == PyEnumerate.TYPE ? PyEnumerate.overSequence(r[base + 2]) : convertExact((PyType) cache, r[base + 2]);
        }
        if (argc > 3) {
            return null;
        }
        // One constructor call for the three forms (C2 inlines each call site anew).
        long a = smallInt(r[base + 2]);
        long b = argc == 1 ? a : smallInt(r[base + 3]);
        long c = argc == 3 ? smallInt(r[base + 4]) : 1;
        if (argc == 1) {
            a = 0;
        }
        return a != NOT_SMALL && b != NOT_SMALL && c != NOT_SMALL && c != 0 ? new PyRange(a, b, c) : null;
    }

    private static final long NOT_SMALL = Long.MIN_VALUE;

    /** An exact int within +-2**62 (so that a range's length cannot overflow), else {@link #NOT_SMALL}. */
    private static long smallInt(PyObj o) {
        if (o.getClass() != PyInt.class || !((PyInt) o).fitsLong()) {
            return NOT_SMALL;
        }
        long v = ((PyInt) o).longValue();
        return v > -(1L << 62) && v < (1L << 62) ? v : NOT_SMALL;
    }

    /**
     * {@code int(x)}, {@code float(x)} and {@code str(x)} of an exact int, float or str, when the
     * result needs no more than a cast (the commonest calls of builtin classes, e.g.
     * {@code int(y / 10.1 * size)}): the result, as the type's constructor makes it; else null.
     */
    static PyObj convertExact(PyType cls, PyObj x) {
        Class<?> k = x.getClass();
        if (cls == PyInt.TYPE) {
            if (k == PyInt.class) {
                return x;
            }
            if (k == PyFloat.class) {
                // Truncates toward zero as int() does; NaN, infinities and floats beyond a long fail the test.
                double d = ((PyFloat) x).value;
                if (d > -9.0e18 && d < 9.0e18) {
                    return PyInt.of((long) d);
                }
            }
        } else if (cls == PyFloat.TYPE) {
            if (k == PyFloat.class) {
                return x;
            }
            if (k == PyInt.class && ((PyInt) x).fitsLong()) {
                // A long converts to the nearest double, ties to even, as CPython's int-to-float does.
                return PyFloat.of((double) ((PyInt) x).longValue());
            }
        } else if (cls == PyStr.TYPE && k == PyStr.class) {
            return x;
        }
        return null;
    }

    /**
     * CALL_LEN of a list, tuple or dict (exactly those classes), for the eval loop's fast path:
     * the length, else null. The stack is {@code NULL len x}.
     */
    static PyObj lenHit(PyObj[] r, int sp) {
        if (r[sp - 3] != null || r[sp - 2] != LEN) {
            return null;
        }
        PyObj x = r[sp - 1];
        Class<?> k = x.getClass();
        int n = k == PyList.class ? ((PyList) x).size() : k == PyTuple.class ? ((PyTuple) x).size()
                : k == PyDict.class ? ((PyDict) x).size() : -1;
        return n < 0 ? null : PyInt.of(n);
    }

    /**
     * CALL_METHOD_DESCR of {@code list.append} on an exact list, for the eval loop's fast path:
     * does it and returns true (the result is None); false for the general path. The stack is
     * {@code method self x}.
     */
    static boolean listAppendHit(Object cache, PyObj[] r, int sp) {
        if (cache != LIST_APPEND || r[sp - 3] != cache || r[sp - 2].getClass() != PyList.class) {
            return false;
        }
        ((PyList) r[sp - 2]).append(r[sp - 1]);
        return true;
    }

    /**
     * {@link #listAppendHit} for {@code set.add} and {@code set.discard} (of a key
     * {@code FastKeys} hashes, such as a str or int) on an exact set. Two methods, not one: C2
     * does not inline a method whose code compiled on its own exceeds InlineSmallCode (2,500
     * bytes), as list appends and set probing together did.
     */
    static boolean setMethodHit(Object cache, PyObj[] r, int sp) {
        return (cache == SET_ADD || cache == SET_DISCARD) && r[sp - 3] == cache && r[sp - 2].getClass() == PySet.class
                && ((PySet) r[sp - 2]).fastAddOrDiscard(r[sp - 1], cache == SET_ADD);
    }

    /**
     * CALL_METHOD_DESCR of {@code list.pop()} without an argument on a non-empty exact list, for
     * the eval loop's fast path: the popped item, else null. The stack is {@code pop list}.
     */
    static PyObj listPopHit(Object cache, PyObj[] r, int sp) {
        PyObj self = r[sp - 1];
        return cache == LIST_POP && r[sp - 2] == LIST_POP && self.getClass() == PyList.class ? ((PyList) self).popLastOrNull() : null;
    }

    /** CALL_PY_EXACT_ARGS: returns the new sp. */
    static int callPyExact(ThreadState ts, CodeObject co, int at, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callee = first != null ? first : r[base + 1];
        if (callee instanceof PyFunction && ((PyFunction) callee).bindsPositionally(first != null ? argc + 1 : argc)) {
            PyObj result = first != null ? ((PyFunction) callee).invokeFromStack(ts, r, base + 1, argc + 1)
                    : ((PyFunction) callee).invokeFromStack(ts, r, base + 2, argc);
            return Ops.pushResult(r, base, sp, result);
        }
        Specializer.miss(co, at);
        return Ops.call(ts, r, sp, argc, null);
    }

    /** The other CALL forms: returns the new sp. */
    static int call(ThreadState ts, CodeObject co, int at, int op, PyObj[] r, int sp, int argc) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj callable = r[base + 1];
        PyObj result = null;
        switch (op) {
            case CALL_PY_EXACT_ARGS:
                return callPyExact(ts, co, at, r, sp, argc);
            case CALL_BOUND_METHOD_EXACT_ARGS:
                if (first == null && callable instanceof PyMethod) {
                    PyMethod m = (PyMethod) callable;
                    if (m.function instanceof PyFunction && ((PyFunction) m.function).bindsPositionally(argc + 1)) {
                        r[base + 1] = m.self;
                        result = ((PyFunction) m.function).invokeFromStack(ts, r, base + 1, argc + 1);
                    }
                }
                break;
            case CALL_METHOD_DESCR:
                if (first == co.caches[at]) {
                    result = ((PyMethodDescr) first).callOnStack(callable, r, base + 2, argc);
                }
                break;
            case CALL_BUILTIN:
                if (first == null && callable.getClass() == PyBuiltinFunction.class) {
                    result = ((PyBuiltinFunction) callable).invoke(Ops.args(r, base + 2, argc), null);
                }
                break;
            case CALL_LEN:
                if (first == null && callable == LEN) {
                    result = PyInt.of(Abstract.length(r[base + 2]));
                }
                break;
            case CALL_ISINSTANCE:
                if (first == null && callable == ISINSTANCE) {
                    result = PyBool.of(Abstract.isInstance(r[base + 2], r[base + 3]));
                }
                break;
            case CALL_TYPE_1:
                if (first == null && callable == TypeType.TYPE) {
                    result = r[base + 2].type();
                }
                break;
            case CALL_BUILTIN_CLASS:
                if (first == null && callable == co.caches[at]) {
                    // A builtin type cannot change: its call slot is what the generic call would find.
                    result = argc == 1 ? convertExact((PyType) callable, r[base + 2]) : null;
                    if (result == null) {
                        result = TypeType.TYPE.call.call(callable, Ops.args(r, base + 2, argc), null);
                    }
                }
                break;
            default: // CALL_ALLOC_AND_INIT
                InitCache c = (InitCache) co.caches[at];
                if (first == null && callable == c.type && c.type.version() == c.version && c.type.type() == TypeType.TYPE
                        && c.init.bindsPositionally(argc + 1)) {
                    PyObj self = c.type.newInstance();
                    r[base + 1] = self;
                    PyObj none = c.init.invokeFromStack(ts, r, base + 1, argc + 1);
                    if (none != PyNone.NONE) {
                        throw Errors.typeError("__init__() should return None, not '" + none.type().name() + "'");
                    }
                    result = self;
                }
                break;
        }
        if (result == null) {
            Specializer.miss(co, at);
            return Ops.call(ts, r, sp, argc, null);
        }
        return Ops.pushResult(r, base, sp, result);
    }
}
