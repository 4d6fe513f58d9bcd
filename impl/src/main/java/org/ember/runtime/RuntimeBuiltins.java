package org.ember.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ember.bytecode.CodeObject;
import org.ember.interpreter.Frame;
import org.ember.interpreter.Interpreter;
import org.ember.interpreter.PyFunction;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyBytes;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.SlotFns.CallFn;
import org.ember.objects.TypeType;

/**
 * The builtins that need the interpreter itself: {@code print}, {@code input}, {@code open}
 * (host policy), {@code exec}/{@code eval}/{@code compile}, {@code globals}/{@code locals},
 * {@code __import__}, {@code __build_class__}, {@code exit}/{@code quit}. The rest come from
 * {@code org.ember.builtins}.
 */
final class RuntimeBuiltins {
    private RuntimeBuiltins() {}

    static void install(InterpreterState st, PyDict b) {
        org.ember.builtins.PureBuiltins.install(b);
        org.ember.objects.PyGenericAlias.install();
        // print(*args, sep=' ', end='\n', file=None, flush=False)
        fn(b, "print", (s, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyObj sep = PyNone.NONE;
            PyObj end = PyNone.NONE;
            PyObj file = PyNone.NONE;
            boolean flush = false;
            for (int i = 0; i < nkw; i++) {
                PyObj v = args[npos + i];
                switch (kw[i]) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = Abstract.isTrue(v); break;
                    default: throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
                }
            }
            if (sep != PyNone.NONE && !(sep instanceof PyStr)) {
                throw Errors.typeError("sep must be None or a string, not " + sep.type().name());
            }
            if (end != PyNone.NONE && !(end instanceof PyStr)) {
                throw Errors.typeError("end must be None or a string, not " + end.type().name());
            }
            String sepS = sep == PyNone.NONE ? " " : ((PyStr) sep).value();
            String endS = end == PyNone.NONE ? "\n" : ((PyStr) end).value();
            if (file == PyNone.NONE) {
                file = st.sysDict().getStr("stdout");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(sepS);
                }
                sb.append(Abstract.str(args[i]).value());
            }
            sb.append(endS);
            if (file instanceof PyTextStream) {
                ((PyTextStream) file).write(sb.toString());
                if (flush) {
                    ((PyTextStream) file).flush();
                }
            } else {
                Abstract.call(Abstract.getAttr(file, "write"), new PyObj[] {PyStr.of(sb.toString())}, null);
                if (flush) {
                    Abstract.call(Abstract.getAttr(file, "flush"), new PyObj[0], null);
                }
            }
            return PyNone.NONE;
        });
        // input(prompt='')
        fn(b, "input", (s, args, kw) -> {
            if (args.length > 0) {
                PyObj out = st.sysDict().getStr("stdout");
                Abstract.call(Abstract.getAttr(out, "write"), new PyObj[] {Abstract.str(args[0])}, null);
            }
            st.flush();
            PyObj in = st.sysDict().getStr("stdin");
            PyObj line = Abstract.call(Abstract.getAttr(in, "readline"), new PyObj[0], null);
            String l = Abstract.str(line).value();
            if (l.isEmpty()) {
                throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
            }
            return PyStr.of(l.endsWith("\n") ? l.substring(0, l.length() - 1) : l);
        });
        // open(file, mode='r', ...): files are the host's to grant; none are granted yet.
        fn(b, "open", (s, args, kw) -> {
            String what = args.length > 0 ? Abstract.repr(args[0]).value() : "?";
            throw ExceptionTypes.create(ExceptionTypes.PermissionError, org.ember.objects.PyInt.of(13),
                    PyStr.of("Permission denied by the host (file access is not granted)"), args.length > 0 ? args[0] : PyNone.NONE).raise();
        });
        fn(b, "compile", (s, args, kw) -> {
            Map<String, PyObj> a = bind("compile", args, kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
            String filename = a.get("filename") == null ? null : Abstract.str(a.get("filename")).value();
            String mode = a.get("mode") == null ? null : Abstract.strArg(a.get("mode"), "compile() arg 3").value();
            if (a.get("source") == null || filename == null || mode == null) {
                throw Errors.typeError("compile() missing required argument 'source' (pos 1)");
            }
            return CompilerBridge.compile(sourceText(a.get("source"), "compile"), filename, mode);
        });
        fn(b, "exec", (s, args, kw) -> {
            execOrEval(st, args, kw, true);
            return PyNone.NONE;
        });
        fn(b, "eval", (s, args, kw) -> execOrEval(st, args, kw, false));
        fn(b, "globals", (s, args, kw) -> {
            Frame f = ThreadState.current().frame;
            return f == null ? st.main.dict() : f.globals;
        });
        fn(b, "locals", (s, args, kw) -> {
            Frame f = ThreadState.current().frame;
            return f == null ? st.main.dict() : Interpreter.localsOf(f);
        });
        fn(b, "__import__", (s, args, kw) -> {
            Map<String, PyObj> a = bind("__import__", args, kw, "name", "globals", "locals", "fromlist", "level");
            String name = Abstract.strArg(a.get("name"), "__import__() argument 1").value();
            PyObj level = a.get("level");
            return st.importer.importModule(name, a.get("globals"), a.get("fromlist"),
                    level == null ? 0 : (int) Abstract.index(level).longValueExact());
        });
        fn(b, "__build_class__", (s, args, kw) -> buildClass(args, kw));
        PyObj exit = quitter("exit");
        b.setStr("exit", exit);
        b.setStr("quit", quitter("quit"));
    }

    private static PyObj quitter(String name) {
        return new PyBuiltinFunction(name, null, null, (s, args, kw) -> {
            throw ExceptionTypes.create(ExceptionTypes.SystemExit, args.length == 0 ? new PyObj[0] : new PyObj[] {args[0]}).raise();
        });
    }

    private static void fn(PyDict b, String name, CallFn impl) {
        b.setStr(name, PyBuiltinFunction.of(name, impl));
    }

    /** Binds positional and keyword arguments to names; missing ones are absent from the map. */
    static Map<String, PyObj> bind(String fname, PyObj[] args, String[] kw, String... names) {
        Map<String, PyObj> out = new LinkedHashMap<>();
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw Errors.typeError(fname + "() takes at most " + names.length + " arguments (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) {
            out.put(names[i], args[i]);
        }
        for (int i = 0; i < nkw; i++) {
            boolean known = false;
            for (String n : names) {
                known |= n.equals(kw[i]);
            }
            if (!known) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + fname + "()");
            }
            out.put(kw[i], args[npos + i]);
        }
        return out;
    }

    private static String sourceText(PyObj src, String fname) {
        if (src instanceof PyStr) {
            return ((PyStr) src).value();
        }
        if (src instanceof PyBytes) {
            return org.ember.parser.Parser.decodeSource(((PyBytes) src).value());
        }
        throw Errors.typeError(fname + "() arg 1 must be a string, bytes or code object");
    }

    /**
     * {@code exec(source, globals=None, locals=None, /, *, closure=None)} and
     * {@code eval(source, globals=None, locals=None, /)}, with CPython 3.11's messages for their
     * arguments: exec takes only {@code closure} by keyword, eval no keyword at all.
     */
    private static PyObj execOrEval(InterpreterState st, PyObj[] args, String[] kw, boolean isExec) {
        String name = isExec ? "exec" : "eval";
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (!isExec && nkw > 0) {
            throw Errors.typeError("eval() takes no keyword arguments");
        }
        // Counts first, then keyword names, as CPython's argument parsing checks them.
        if (isExec && args.length > 4) {
            throw Errors.typeError("exec() takes at most 4 arguments (" + args.length + " given)");
        }
        if (npos < 1 || npos > 3) {
            throw Errors.typeError(isExec
                    ? "exec() takes " + (npos < 1 ? "at least 1 positional argument" : "at most 3 positional arguments")
                            + " (" + npos + " given)"
                    : "eval expected " + (npos < 1 ? "at least 1 argument" : "at most 3 arguments") + ", got " + npos);
        }
        PyObj closure = PyNone.NONE;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("closure")) {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for exec()");
            }
            closure = args[npos + i];
        }
        PyObj src = args[0];
        PyObj globals = npos > 1 ? args[1] : null;
        PyObj locals = npos > 2 ? args[2] : null;
        Frame caller = ThreadState.current().frame;
        if (globals == null || globals == PyNone.NONE) {
            globals = caller == null ? st.main.dict() : caller.globals;
            if (locals == null || locals == PyNone.NONE) {
                locals = caller == null ? globals : Interpreter.localsOf(caller);
            }
        } else if (!(globals instanceof PyDict)) {
            throw Errors.typeError(name + "() globals must be a dict, not " + globals.type().name());
        }
        if (locals == null || locals == PyNone.NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        if (g.getStr("__builtins__") == null) {
            g.setStr("__builtins__", st.builtinsModule);
        }
        PyObj bo = g.getStr("__builtins__");
        PyDict builtins = bo instanceof PyModule ? ((PyModule) bo).dict() : bo instanceof PyDict ? (PyDict) bo : st.builtins;
        CodeObject code;
        PyCell[] cells = null;
        if (src instanceof CodeObject) {
            code = (CodeObject) src;
            if (!isExec && code.freevars.length != 0) {
                throw Errors.typeError("code object passed to eval() may not contain free variables");
            }
            cells = closureCells(code, closure);
        } else {
            if (closure != PyNone.NONE) {
                throw Errors.typeError("closure can only be used when source is a code object");
            }
            String text = sourceText(src, name);
            if (!isExec) {
                text = text.stripLeading();
            }
            code = CompilerBridge.compile(text, "<string>", isExec ? "exec" : "eval");
        }
        PyObj r = Interpreter.runCode(ThreadState.current(), code, g, builtins, locals, cells);
        return isExec ? PyNone.NONE : r;
    }

    /**
     * exec's {@code closure} for {@code code}: the cells its free variables read (a closure's
     * code has no others), a tuple of exactly as many cells; null for code without free
     * variables, which takes no closure.
     */
    private static PyCell[] closureCells(CodeObject code, PyObj closure) {
        int n = code.freevars.length;
        if (n == 0) {
            if (closure != PyNone.NONE) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        PyObj[] items = closure.getClass() == PyTuple.class ? ((PyTuple) closure).items() : null;
        if (items == null || items.length != n) {
            throw closureLengthError(n);
        }
        PyCell[] cells = new PyCell[n];
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyCell)) {
                throw closureLengthError(n);
            }
            cells[i] = (PyCell) items[i];
        }
        return cells;
    }

    /** CPython's message for any closure but a tuple of exactly as many cells as free variables. */
    private static PyRaise closureLengthError(int n) {
        return Errors.typeError("code object requires a closure of exactly length " + n);
    }

    /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    static PyObj buildClass(PyObj[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        PyFunction body = (PyFunction) args[0];
        PyObj name = args[1];
        PyObj[] bases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObj meta = null;
        Map<String, PyObj> kwds = new LinkedHashMap<>();
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = args[npos + i];
            } else {
                kwds.put(kw[i], args[npos + i]);
            }
        }
        PyTuple basesTuple = PyTuple.of(bases);
        if (meta == null) {
            meta = bases.length == 0 ? TypeType.TYPE : bases[0].type();
        }
        if (meta instanceof PyType) {
            PyType[] bt = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bases[i] instanceof PyType)) {
                    throw Errors.typeError("bases must be types");
                }
                bt[i] = (PyType) bases[i];
            }
            meta = TypeType.calculateMetaclass((PyType) meta, bt);
        }
        PyObj[] kwVals = kwds.values().toArray(new PyObj[0]);
        String[] kwNames = kwds.isEmpty() ? null : kwds.keySet().toArray(new String[0]);
        PyObj ns;
        PyObj prepare = Abstract.lookupAttr(meta, "__prepare__");
        if (prepare != null) {
            PyObj[] pargs = new PyObj[2 + kwVals.length];
            pargs[0] = name;
            pargs[1] = basesTuple;
            System.arraycopy(kwVals, 0, pargs, 2, kwVals.length);
            ns = Abstract.call(prepare, pargs, kwNames);
        } else {
            ns = new PyDict();
        }
        Interpreter.runClassBody(body, ns);
        PyObj[] margs = new PyObj[3 + kwVals.length];
        margs[0] = name;
        margs[1] = basesTuple;
        margs[2] = ns;
        System.arraycopy(kwVals, 0, margs, 3, kwVals.length);
        return Abstract.call(meta, margs, kwNames);
    }

}
