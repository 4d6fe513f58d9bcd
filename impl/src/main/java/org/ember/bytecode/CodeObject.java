package org.ember.bytecode;

import org.ember.objects.PyGetSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.PyBaseObject;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/**
 * A compiled unit ({@code code}): a module, class body, function, lambda or comprehension.
 * Immutable except for {@link #code}, whose words the inline caches rewrite in place.
 *
 * <p>The frame's local storage ("localsplus") is laid out as {@code varnames}, then
 * {@code cellvars}, then {@code freevars}; LOAD_FAST/LOAD_DEREF arguments index it directly.
 * A cell variable that is also a parameter has {@code cell2arg[i]} = the parameter's index, so
 * the frame can move the argument into its cell on entry.
 */
public final class CodeObject extends PyObj {
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_NOFREE = 0x0040;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;

    public static final PyType TYPE = PyType.builtin("code", PyBaseObject.TYPE, null).finalType();

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** Instruction words; see {@link Opcode}. */
    public final int[] code;
    public final PyObj[] consts;
    /** Names for global/attribute/import instructions (interned strings). */
    public final String[] names;
    /** The same names as shared str objects with cached hashes, for dict lookups of globals. */
    public final PyStr[] nameObjs;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell variable, the index of the parameter it shadows, or -1. */
    public final int[] cell2arg;
    public final ExceptionEntry[] exceptionTable;
    /** Source line of each instruction word (0 for none). */
    public final int[] lines;
    /** Start column, end line and end column of each instruction word (0-based columns, -1 unknown). */
    public final int[] cols;
    public final int[] endLines;
    public final int[] endCols;
    public final int stacksize;
    private final int frameSize;
    private final int nlocalsplus;
    /**
     * The number of positional arguments that bind to the parameters one to one (no keyword-only
     * parameters, no {@code *args} or {@code **kwargs}), or -1: the calls the interpreter may
     * bind by copying.
     */
    public final int exactArgcount;
    /** The docstring, or null. */
    public final PyObj doc;

    /** {@link #trivial}: the body is none of the forms below. */
    public static final int NOT_TRIVIAL = 0;
    /** {@link #trivial}: the body returns {@code consts[trivialIndex]} ({@code pass}, {@code return False}). */
    public static final int RETURNS_CONST = 1;
    /** {@link #trivial}: the body returns its parameter {@code trivialIndex} ({@code return self}). */
    public static final int RETURNS_ARG = 2;
    /**
     * {@link #trivial}: the body returns an attribute of its parameter {@code trivialIndex}
     * ({@code return self.x}) by the instruction at {@code trivialAt}, a LOAD_ATTR.
     */
    public static final int RETURNS_ARG_ATTR = 3;
    /**
     * Whether a call of this code can be answered without running it: the whole body is one of
     * the forms above, none of which can raise once an inline cache has checked the attribute.
     * The eval loop's fast path then makes no frame for the call (see
     * {@code CallSpecializer.framelessHit}). Read from the code as compiled; the instructions
     * it names may be specialized later.
     */
    public final int trivial;
    /** The constant or parameter index of a {@link #trivial} body. */
    public final int trivialIndex;
    /** The LOAD_ATTR of a {@link #RETURNS_ARG_ATTR} body. */
    public final int trivialAt;
    /**
     * Inline caches, one slot per instruction, created when the first instruction of this code
     * specializes; the interpreter's Specializer owns their contents.
     */
    public Object[] caches;
    /** Per instruction: how often specializing failed or was undone (longer back-off each time). */
    public byte[] failures;
    /** Warm-up / back-off counters per instruction for specialization. */
    public short[] counters;
    /**
     * The globals and builtins every LOAD_GLOBAL cache of this code was made for, set by the first
     * one (null before). The eval loop's fast path reads those caches without looking at the
     * frame, so it runs only frames with these dictionaries (code run by {@code exec} with other
     * globals takes the general path, which checks each cache against its frame).
     */
    public org.ember.objects.PyDict cacheGlobals;
    public org.ember.objects.PyDict cacheBuiltins;

    /**
     * Calls and backward jumps that make code hot: the architecture's call / back-edge counter,
     * which the JIT will read too. Code run once (a module body, a class body) stays cold unless
     * it loops this often.
     */
    public static final int HOT_WARMTH = 1000;
    /** Calls, generator resumptions and backward jumps counted until the code turned hot. */
    public int warmth;
    /**
     * Whether this code has run {@link #HOT_WARMTH} calls and backward jumps. The interpreter runs
     * hot code in a copy of its fast path of its own, whose compiled form is not shaped by code
     * that runs once (see {@code interpreter.FastPath}). Never reset.
     */
    public boolean hot;

    /**
     * Counts a call, a generator resumption or a backward jump of this code; true when this one
     * made it hot. Threads may race on the count: it is a heuristic, and a lost count only delays
     * the turn.
     */
    public boolean warmUp() {
        if (hot || ++warmth < HOT_WARMTH) {
            return false;
        }
        hot = true;
        return true;
    }

    public CodeObject(String name, String qualname, String filename, int firstLineno, int argcount,
                      int posonlyargcount, int kwonlyargcount, int flags, int[] code, PyObj[] consts,
                      String[] names, String[] varnames, String[] cellvars, String[] freevars,
                      int[] cell2arg, ExceptionEntry[] exceptionTable, int[] lines, int[] cols,
                      int[] endLines, int[] endCols, int stacksize, PyObj doc) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.nameObjs = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            this.nameObjs[i] = PyStr.intern(names[i]);
        }
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.exceptionTable = exceptionTable;
        this.lines = lines;
        this.cols = cols;
        this.endLines = endLines;
        this.endCols = endCols;
        this.stacksize = stacksize;
        this.nlocalsplus = varnames.length + cellvars.length + freevars.length;
        this.exactArgcount = kwonlyargcount == 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0 ? argcount : -1;
        this.frameSize = nlocalsplus + stacksize + 1;
        this.doc = doc;
        int[] form = trivialForm();
        this.trivial = form[0];
        this.trivialIndex = form[1];
        this.trivialAt = form[2];
    }

    /** {@link #trivial}, {@link #trivialIndex} and {@link #trivialAt} of this code. */
    private int[] trivialForm() {
        int[] none = {NOT_TRIVIAL, 0, 0};
        if (exactArgcount < 0 || (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0
                || cellvars.length != 0 || freevars.length != 0 || exceptionTable.length != 0) {
            return none;
        }
        int pc = 0;
        while (pc < code.length && (code[pc] & 0xFF) == Opcode.NOP) {
            pc++;
        }
        int n = code.length - pc;
        int op = n > 0 ? code[pc] & 0xFF : -1;
        int arg = n > 0 ? code[pc] >>> 8 : 0;
        int last = n > 0 ? code[code.length - 1] & 0xFF : -1;
        if (n == 1 && op == Opcode.RETURN_CONST) {
            return new int[] {RETURNS_CONST, arg, 0};
        }
        if (n == 2 && op == Opcode.LOAD_CONST && last == Opcode.RETURN_VALUE) {
            return new int[] {RETURNS_CONST, arg, 0};
        }
        // A parameter is always bound on entry: its LOAD_FAST cannot raise.
        if (op != Opcode.LOAD_FAST || arg >= argcount || last != Opcode.RETURN_VALUE) {
            return none;
        }
        if (n == 2) {
            return new int[] {RETURNS_ARG, arg, 0};
        }
        if (n == 3 && (code[pc + 1] & 0xFF) == Opcode.LOAD_ATTR) {
            return new int[] {RETURNS_ARG_ATTR, arg, pc + 1};
        }
        return none;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Size of localsplus: locals, cells and free variables. */
    public int nlocalsplus() {
        return nlocalsplus;
    }

    /** The length of a frame's register array: localsplus, then the value stack (plus one spare slot). */
    public int frameSize() {
        return frameSize;
    }

    public boolean isGenerator() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** The total number of parameters, including *args and **kwargs. */
    public int totalArgs() {
        int n = argcount + kwonlyargcount;
        if ((flags & CO_VARARGS) != 0) {
            n++;
        }
        if ((flags & CO_VARKEYWORDS) != 0) {
            n++;
        }
        return n;
    }

    /** The exception table row handling an exception at instruction {@code pc}, or null. */
    public ExceptionEntry handlerFor(int pc) {
        for (ExceptionEntry e : exceptionTable) {
            if (pc >= e.start() && pc < e.end()) {
                return e;
            }
        }
        return null;
    }

    private static PyTuple strs(String[] a) {
        PyObj[] out = new PyObj[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyStr.of(a[i]);
        }
        return PyTuple.of(out);
    }

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            CodeObject c = (CodeObject) self;
            return PyStr.of("<code object " + c.name + " at 0x" + Integer.toHexString(System.identityHashCode(c))
                    + ", file \"" + c.filename + "\", line " + c.firstLineno + ">");
        });
        TYPE.attr("co_name", new PyGetSet("co_name", s -> PyStr.of(((CodeObject) s).name), null));
        TYPE.attr("co_qualname", new PyGetSet("co_qualname", s -> PyStr.of(((CodeObject) s).qualname), null));
        TYPE.attr("co_filename", new PyGetSet("co_filename", s -> PyStr.of(((CodeObject) s).filename), null));
        TYPE.attr("co_firstlineno", new PyGetSet("co_firstlineno", s -> PyInt.of(((CodeObject) s).firstLineno), null));
        TYPE.attr("co_argcount", new PyGetSet("co_argcount", s -> PyInt.of(((CodeObject) s).argcount), null));
        TYPE.attr("co_posonlyargcount", new PyGetSet("co_posonlyargcount", s -> PyInt.of(((CodeObject) s).posonlyargcount), null));
        TYPE.attr("co_kwonlyargcount", new PyGetSet("co_kwonlyargcount", s -> PyInt.of(((CodeObject) s).kwonlyargcount), null));
        TYPE.attr("co_flags", new PyGetSet("co_flags", s -> PyInt.of(((CodeObject) s).flags), null));
        TYPE.attr("co_nlocals", new PyGetSet("co_nlocals", s -> PyInt.of(((CodeObject) s).varnames.length), null));
        TYPE.attr("co_stacksize", new PyGetSet("co_stacksize", s -> PyInt.of(((CodeObject) s).stacksize), null));
        TYPE.attr("co_varnames", new PyGetSet("co_varnames", s -> strs(((CodeObject) s).varnames), null));
        TYPE.attr("co_cellvars", new PyGetSet("co_cellvars", s -> strs(((CodeObject) s).cellvars), null));
        TYPE.attr("co_freevars", new PyGetSet("co_freevars", s -> strs(((CodeObject) s).freevars), null));
        TYPE.attr("co_names", new PyGetSet("co_names", s -> strs(((CodeObject) s).names), null));
        TYPE.attr("co_consts", new PyGetSet("co_consts", s -> PyTuple.of(((CodeObject) s).consts.clone()), null));
    }
}
