package org.ember.interpreter;

import org.ember.bytecode.CodeObject;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyMethod;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.InstanceAttrs;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/** A function defined in Python ({@code function}): code, globals, defaults and closure. */
public final class PyFunction extends PyObj {
    public static final PyType TYPE = PyType.builtin("function", PyBaseObject.TYPE, null).finalType().methodDescriptor();

    public CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyObj[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public PyObj doc;
    public PyObj module;
    public PyObj annotations;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, PyObj[] defaults, PyDict kwdefaults,
                      PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc == null ? PyNone.NONE : code.doc;
        PyObj mod = globals.getStr("__name__");
        this.module = mod == null ? PyNone.NONE : mod;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }

    /** Calls with the vectorcall convention. */
    public PyObj invoke(PyObj[] args, String[] kwnames) {
        return invoke(ThreadState.current(), args, kwnames);
    }

    /** Whether a call with exactly {@code n} positional arguments binds without defaults or packing. */
    boolean takesExactly(int n) {
        return code.exactArgcount == n;
    }

    /**
     * Whether a call with {@code n} positional arguments (and no keywords) binds by copying them
     * and taking the remaining parameters from the defaults.
     */
    boolean bindsPositionally(int n) {
        int a = code.exactArgcount;
        return a == n || (a > n && defaults != null && n + defaults.length >= a);
    }

    /** Calls with {@code n} positional arguments taken from {@code stack[from..]} (see {@link #takesExactly}). */
    PyObj invokeFromStack(ThreadState ts, PyObj[] stack, int from, int n) {
        if (code.isGenerator()) {
            return new PyGenerator(frameFromStack(stack, from, n), this);
        }
        return runPooled(ts, pooledFrameFromStack(ts, stack, from, n));
    }

    /** Runs {@code f}, a frame from the thread's pool, and gives it back (unless it escaped). */
    private static PyObj runPooled(ThreadState ts, Frame f) {
        try {
            return Interpreter.run(ts, f);
        } finally {
            ThreadState.release(f);
        }
    }

    /**
     * A new frame whose first {@code n} locals are {@code stack[from..]}, the remaining parameters
     * taken from the defaults (see {@link #bindsPositionally}).
     */
    Frame frameFromStack(PyObj[] stack, int from, int n) {
        return bindFromStack(new Frame(code, globals, builtins, null), stack, from, n);
    }

    /** {@link #frameFromStack} for a call the eval loop runs in place: the frame comes from the thread's pool. */
    Frame pooledFrameFromStack(ThreadState ts, PyObj[] stack, int from, int n) {
        return bindFromStack(ts.frameFor(code, globals, builtins), stack, from, n);
    }

    /**
     * {@link #pooledFrameFromStack} of exactly as many arguments as the function has positional
     * parameters ({@link CodeObject#exactArgcount}), for the eval loop's fast path: no defaults
     * to fill in, which keeps it small (C2 counts what it inlines there against a budget).
     */
    Frame pooledFrameExact(ThreadState ts, PyObj[] stack, int from, int n) {
        return bindExact(ts.frameFor(code, globals, builtins), stack, from, n);
    }

    /** {@link #frameFromStack} of exactly as many arguments as positional parameters, for the fast path. */
    Frame frameExact(PyObj[] stack, int from, int n) {
        return bindExact(new Frame(code, globals, builtins, null), stack, from, n);
    }

    /**
     * Copies {@code n} arguments into {@code f}'s first locals and gives it the closure. The
     * code's prologue (MAKE_CELL, COPY_FREE_VARS) makes its cells when it starts.
     */
    private Frame bindExact(Frame f, PyObj[] stack, int from, int n) {
        PyObj[] regs = f.regs;
        for (int i = 0; i < n; i++) {
            regs[i] = stack[from + i];
        }
        f.closure = closure;
        return f;
    }

    private Frame bindFromStack(Frame f, PyObj[] stack, int from, int n) {
        int a = code.exactArgcount;
        if (n < a) {
            PyObj[] regs = f.regs;
            PyObj[] d = defaults;
            for (int i = n, k = d.length - (a - n); i < a; i++, k++) {
                regs[i] = d[k];
            }
        }
        return bindExact(f, stack, from, n);
    }

    /** Calls on a thread whose state the caller already holds (the eval loop). */
    PyObj invoke(ThreadState ts, PyObj[] args, String[] kwnames) {
        if (code.isGenerator()) {
            return new PyGenerator(bindArgs(new Frame(code, globals, builtins, null), args, 0, args.length, kwnames), this);
        }
        return runPooled(ts, pooledFrame(ts, args, 0, args.length, kwnames));
    }

    /**
     * A frame from the thread's pool with the call's arguments {@code stack[from..from+n)} bound to
     * the parameters, as any call binds them (defaults, keywords named by {@code kwnames} last,
     * {@code *args}, {@code **kwargs}); not for generators. A binding error raises its TypeError,
     * the frame back in the pool.
     */
    Frame pooledFrame(ThreadState ts, PyObj[] stack, int from, int n, String[] kwnames) {
        Frame f = ts.frameFor(code, globals, builtins);
        try {
            return bindArgs(f, stack, from, n, kwnames);
        } catch (RuntimeException e) {
            ThreadState.release(f);
            throw e;
        }
    }

    /** Binds the arguments {@code stack[from..from+n)} (see {@link #pooledFrame}) in the clear frame {@code f}. */
    private Frame bindArgs(Frame f, PyObj[] stack, int from, int n, String[] kwnames) {
        if ((kwnames == null || kwnames.length == 0) && bindsPositionally(n)) {
            // Positional arguments that bind one to one (callbacks from map, sorted, operators...).
            return bindFromStack(f, stack, from, n);
        }
        PyObj[] args = from == 0 && n == stack.length ? stack : Ops.args(stack, from, n);
        ArgBinder.bind(this, f.regs, args, kwnames);
        f.closure = closure;
        return f;
    }

    private static final org.ember.objects.ArgParser NEW_ARGS = new org.ember.objects.ArgParser("function", 0, 5, 2,
            "code", "globals", "name", "argdefs", "closure");

    /** {@code function(code, globals, name=None, argdefs=None, closure=None)}, as {@code types.FunctionType}. */
    private static PyObj construct(PyObj[] args, String[] kw) {
        PyObj[] a = NEW_ARGS.parse(args, kw);
        if (!(a[0] instanceof CodeObject)) {
            throw Errors.typeError("function() argument 'code' must be code, not " + a[0].type().name());
        }
        if (!(a[1] instanceof PyDict)) {
            throw Errors.typeError("function() argument 'globals' must be dict, not " + a[1].type().name());
        }
        CodeObject code = (CodeObject) a[0];
        PyDict globals = (PyDict) a[1];
        PyObj name = a[2] == null ? PyNone.NONE : a[2];
        PyObj argdefs = a[3] == null ? PyNone.NONE : a[3];
        PyObj closure = a[4] == null ? PyNone.NONE : a[4];
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw Errors.typeError("arg 3 (name) must be None or string");
        }
        if (argdefs != PyNone.NONE && !(argdefs instanceof PyTuple)) {
            throw Errors.typeError("arg 4 (defaults) must be None or tuple");
        }
        if (closure != PyNone.NONE && !(closure instanceof PyTuple)) {
            throw Errors.typeError("arg 5 (closure) must be None or tuple");
        }
        int nfree = code.freevars.length;
        if (nfree > 0 && closure == PyNone.NONE) {
            throw Errors.typeError("arg 5 (closure) must be tuple");
        }
        PyCell[] cells = null;
        if (closure != PyNone.NONE) {
            PyObj[] items = ((PyTuple) closure).items();
            if (items.length != nfree) {
                throw Errors.valueError(code.name + " requires closure of length " + nfree + ", not " + items.length);
            }
            cells = new PyCell[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyCell)) {
                    throw Errors.typeError("arg 5 (closure) expected cell, found " + items[i].type().name());
                }
                cells[i] = (PyCell) items[i];
            }
        }
        // The builtins come from the globals' __builtins__ (a module or a dict), else the caller's.
        PyObj b = globals.getStr("__builtins__");
        Frame caller = ThreadState.current().frame;
        PyDict builtins = b instanceof org.ember.objects.PyModule ? ((org.ember.objects.PyModule) b).dict()
                : b instanceof PyDict ? (PyDict) b : caller != null ? caller.builtins : null;
        if (builtins == null) {
            throw Errors.systemError("function(): no builtins (globals lack __builtins__ and no Python code is running)");
        }
        PyFunction fn = new PyFunction(code, globals, builtins,
                argdefs == PyNone.NONE ? null : ((PyTuple) argdefs).items().clone(), null, cells);
        if (name != PyNone.NONE) {
            fn.name = ((PyStr) name).value();
        }
        return fn;
    }

    static {
        TYPE.new_ = (cls, args, kw) -> construct(args, kw);
        TYPE.attr("__new__", org.ember.objects.PyBuiltinFunction.forNew(TYPE, TYPE.new_));
        TYPE.slot(Slot.CALL, (SlotFns.CallFn) (f, args, kw) -> ((PyFunction) f).invoke(args, kw))
                .slot(Slot.DESCR_GET, (SlotFns.Fn3) (f, inst, owner) -> inst == null ? f : new PyMethod(f, inst))
                .slot(Slot.REPR, (SlotFns.Fn1) f -> PyStr.of("<function " + ((PyFunction) f).qualname + " at 0x"
                        + String.format("%012x", System.identityHashCode(f)) + ">"));
        TYPE.withInstanceDict();
        TYPE.attr("__name__", new PyGetSet("__name__", f -> PyStr.of(((PyFunction) f).name),
                (f, v) -> ((PyFunction) f).name = Abstract.strArg(v, "__name__").value()));
        TYPE.attr("__qualname__", new PyGetSet("__qualname__", f -> PyStr.of(((PyFunction) f).qualname),
                (f, v) -> ((PyFunction) f).qualname = Abstract.strArg(v, "__qualname__").value()));
        TYPE.attr("__doc__", new PyGetSet("__doc__", f -> ((PyFunction) f).doc, (f, v) -> ((PyFunction) f).doc = v));
        TYPE.attr("__module__", new PyGetSet("__module__", f -> ((PyFunction) f).module, (f, v) -> ((PyFunction) f).module = v));
        TYPE.attr("__code__", new PyGetSet("__code__", f -> ((PyFunction) f).code, (f, v) -> {
            if (!(v instanceof CodeObject)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            ((PyFunction) f).code = (CodeObject) v;
        }));
        TYPE.attr("__globals__", new PyGetSet("__globals__", f -> ((PyFunction) f).globals, null));
        TYPE.attr("__builtins__", new PyGetSet("__builtins__", f -> ((PyFunction) f).builtins, null));
        TYPE.attr("__closure__", new PyGetSet("__closure__", f -> {
            PyCell[] c = ((PyFunction) f).closure;
            return c == null || c.length == 0 ? PyNone.NONE : PyTuple.of(c.clone());
        }, null));
        TYPE.attr("__defaults__", new PyGetSet("__defaults__", f -> {
            PyObj[] d = ((PyFunction) f).defaults;
            return d == null || d.length == 0 ? PyNone.NONE : PyTuple.of(d.clone());
        }, (f, v) -> ((PyFunction) f).defaults = v == PyNone.NONE ? null : Abstract.toArray(v)));
        TYPE.attr("__kwdefaults__", new PyGetSet("__kwdefaults__", f -> {
            PyDict d = ((PyFunction) f).kwdefaults;
            return d == null || d.size() == 0 ? PyNone.NONE : d;
        }, (f, v) -> ((PyFunction) f).kwdefaults = v == PyNone.NONE ? null : (PyDict) v));
        TYPE.attr("__annotations__", new PyGetSet("__annotations__", f -> {
            PyFunction fn = (PyFunction) f;
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (f, v) -> ((PyFunction) f).annotations = v));
        TYPE.attr("__dict__", new PyGetSet("__dict__", f -> ((PyFunction) f).attrs.asDict(), null));
    }
}
