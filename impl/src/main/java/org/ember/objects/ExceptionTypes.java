package org.ember.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception hierarchy, created once per JVM. {@code BaseException} defines
 * {@code args}, {@code __str__}, {@code __repr__}, {@code with_traceback}, {@code add_note} and
 * the chaining attributes; subclasses with attributes of their own ({@code StopIteration.value},
 * {@code SystemExit.code}, {@code OSError.errno}, ...) set them in {@code __init__}.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** All builtin exception types by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BaseException = base();
    public static final PyType SystemExit = sub("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType StopIteration = sub("StopIteration", Exception);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = sub("AttributeError", Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ImportError = sub("ImportError", Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = sub("KeyError", LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = sub("NameError", Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = sub("OSError", Exception);
    public static final PyType BlockingIOError = sub("BlockingIOError", OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", OSError);
    public static final PyType ConnectionError = sub("ConnectionError", OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = sub("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = sub("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", OSError);
    public static final PyType InterruptedError = sub("InterruptedError", OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", OSError);
    public static final PyType PermissionError = sub("PermissionError", OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", OSError);
    public static final PyType TimeoutError = sub("TimeoutError", OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType SyntaxError = sub("SyntaxError", Exception);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = sub("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = sub("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = sub("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType PendingDeprecationWarning = sub("PendingDeprecationWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType BaseExceptionGroup = sub("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup = groupType();

    private static PyType groupType() {
        PyType t = PyType.builtinMulti("ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception}, PyBaseException::new);
        t.instancesHaveDict = true;
        ALL.put("ExceptionGroup", t);
        ExceptionGroups.define(BaseExceptionGroup, t);
        return t;
    }

    private static PyType base() {
        PyType t = PyType.builtin("BaseException", PyBaseObject.TYPE, PyBaseException::new);
        t.instancesHaveDict = true;
        SlotFns.CallFn nw = (cls, args, kw) -> {
            PyType target = (PyType) cls;
            if (target == OSError && args.length - (kw == null ? 0 : kw.length) >= 2 && args[0] instanceof PyInt) {
                target = osErrorSubclass((PyInt) args[0]);
            }
            PyBaseException e = (PyBaseException) target.newInstance();
            int npos = args.length - (kw == null ? 0 : kw.length);
            e.args = PyTuple.of(java.util.Arrays.copyOf(args, npos));
            return e;
        };
        t.new_ = nw;
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        t.slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            PyBaseException e = (PyBaseException) self;
            String[] allowed = e.type().isSubtypeOf(ImportError) ? new String[] {"name", "path"}
                    : e.type().isSubtypeOf(AttributeError) ? new String[] {"name", "obj"}
                    : e.type().isSubtypeOf(NameError) ? new String[] {"name"} : null;
            for (int i = 0; i < nkw; i++) {
                if (allowed == null) {
                    throw Errors.typeError(e.type().name() + "() takes no keyword arguments");
                }
                if (!java.util.Arrays.asList(allowed).contains(kw[i])) {
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + e.type().name() + "()");
                }
                e.setExtra(kw[i], args[npos + i]);
            }
            ((PyBaseException) self).args = PyTuple.of(java.util.Arrays.copyOf(args, npos));
            initExtras((PyBaseException) self);
            return PyNone.NONE;
        });
        t.slot(Slot.STR, (SlotFns.Fn1) ExceptionTypes::str);
        t.slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyBaseException e = (PyBaseException) self;
            String name = self.type().name();
            if (e.args.size() == 1) {
                return PyStr.of(name + "(" + Abstract.repr(e.args.get(0)).value() + ")");
            }
            return PyStr.of(name + Abstract.repr(e.args).value());
        });
        t.attr("args", new PyGetSet("args", self -> ((PyBaseException) self).args,
                (self, v) -> ((PyBaseException) self).args = PyTuple.of(Abstract.toArray(v))));
        t.attr("__traceback__", new PyGetSet("__traceback__", self -> orNone(((PyBaseException) self).traceback),
                (self, v) -> ((PyBaseException) self).traceback = v == PyNone.NONE ? null : v));
        t.attr("__cause__", new PyGetSet("__cause__", self -> orNone(((PyBaseException) self).cause), (self, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            ((PyBaseException) self).cause = v == PyNone.NONE ? null : (PyBaseException) v;
            ((PyBaseException) self).suppressContext = true;
        }));
        t.attr("__context__", new PyGetSet("__context__", self -> orNone(((PyBaseException) self).context), (self, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            ((PyBaseException) self).context = v == PyNone.NONE ? null : (PyBaseException) v;
        }));
        t.attr("__suppress_context__", new PyGetSet("__suppress_context__",
                self -> PyBool.of(((PyBaseException) self).suppressContext),
                (self, v) -> ((PyBaseException) self).suppressContext = Abstract.isTrue(v)));
        t.method(PyMethodDescr.of1(t, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).traceback = tb == PyNone.NONE ? null : tb;
            return self;
        }));
        t.method(PyMethodDescr.of1(t, "add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type().name() + "'");
            }
            PyBaseException e = (PyBaseException) self;
            PyObj notes = e.getExtra("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.setExtra("__notes__", notes);
            }
            if (!(notes instanceof PyList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return PyNone.NONE;
        }));
        ALL.put("BaseException", t);
        return t;
    }

    /** {@code OSError(errno, ...)} builds the subclass for well-known errno values (Linux numbering). */
    static PyType osErrorSubclass(PyInt errno) {
        if (!errno.fitsLong()) {
            return OSError;
        }
        switch ((int) errno.longValue()) {
            case 1: case 13: return PermissionError;
            case 2: return FileNotFoundError;
            case 3: return ProcessLookupError;
            case 4: return InterruptedError;
            case 10: return ChildProcessError;
            case 11: case 114: case 115: return BlockingIOError;
            case 17: return FileExistsError;
            case 20: return NotADirectoryError;
            case 21: return IsADirectoryError;
            case 32: case 108: return BrokenPipeError;
            case 103: return ConnectionAbortedError;
            case 104: return ConnectionResetError;
            case 110: return TimeoutError;
            case 111: return ConnectionRefusedError;
            default: return OSError;
        }
    }

    private static PyObj orNone(PyObj o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyType sub(String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        t.instancesHaveDict = true;
        ALL.put(name, t);
        return t;
    }

    static PyObj str(PyObj self) {
        PyBaseException e = (PyBaseException) self;
        PyType t = self.type();
        if (t.isSubtypeOf(KeyError) && e.args.size() == 1) {
            return Abstract.repr(e.args.get(0));
        }
        if (t.isSubtypeOf(OSError) && e.args.size() >= 2) {
            PyObj filename = e.getExtra("filename");
            String base = "[Errno " + Abstract.str(e.args.get(0)).value() + "] " + Abstract.str(e.args.get(1)).value();
            if (filename != null && filename != PyNone.NONE) {
                return PyStr.of(base + ": " + Abstract.repr(filename).value());
            }
            return PyStr.of(base);
        }
        if (t.isSubtypeOf(SyntaxError)) {
            PyObj msg = e.getExtra("msg");
            PyObj file = e.getExtra("filename");
            PyObj line = e.getExtra("lineno");
            if (msg != null && msg != PyNone.NONE) {
                String m = Abstract.str(msg).value();
                boolean hasFile = file instanceof PyStr;
                boolean hasLine = line instanceof PyInt;
                if (hasFile && hasLine) {
                    String f = ((PyStr) file).value();
                    int slash = f.lastIndexOf('/');
                    return PyStr.of(m + " (" + (slash >= 0 ? f.substring(slash + 1) : f) + ", line " + Abstract.str(line).value() + ")");
                }
                if (hasLine) {
                    return PyStr.of(m + " (line " + Abstract.str(line).value() + ")");
                }
                return PyStr.of(m);
            }
        }
        switch (e.args.size()) {
            case 0: return PyStr.EMPTY;
            case 1: return Abstract.str(e.args.get(0));
            default: return Abstract.str(e.args);
        }
    }

    /** Sets the per-class attributes derived from {@code args} (called by {@code __init__}). */
    static void initExtras(PyBaseException e) {
        PyType t = e.type();
        PyObj[] a = e.args.items();
        if (t.isSubtypeOf(StopIteration)) {
            e.setExtra("value", a.length > 0 ? a[0] : PyNone.NONE);
        } else if (t.isSubtypeOf(SystemExit)) {
            e.setExtra("code", a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : e.args);
        } else if (t.isSubtypeOf(OSError)) {
            e.setExtra("errno", a.length >= 2 ? a[0] : PyNone.NONE);
            e.setExtra("strerror", a.length >= 2 ? a[1] : PyNone.NONE);
            e.setExtra("filename", a.length >= 3 ? a[2] : PyNone.NONE);
            e.setExtra("filename2", a.length >= 5 ? a[4] : PyNone.NONE);
        } else if (t.isSubtypeOf(SyntaxError)) {
            e.setExtra("msg", a.length >= 1 ? a[0] : PyNone.NONE);
            PyObj[] info = a.length >= 2 && a[1] instanceof PyTuple ? ((PyTuple) a[1]).items() : new PyObj[0];
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length; i++) {
                e.setExtra(names[i], i < info.length ? info[i] : PyNone.NONE);
            }
            e.setExtra("print_file_and_line", PyNone.NONE);
        } else if (t.isSubtypeOf(ImportError)) {
            e.setExtra("msg", a.length == 1 ? a[0] : PyNone.NONE);
            if (e.getExtra("name") == null) {
                e.setExtra("name", PyNone.NONE);
            }
            if (e.getExtra("path") == null) {
                e.setExtra("path", PyNone.NONE);
            }
        } else if (t.isSubtypeOf(AttributeError)) {
            if (e.getExtra("name") == null) {
                e.setExtra("name", PyNone.NONE);
            }
            if (e.getExtra("obj") == null) {
                e.setExtra("obj", PyNone.NONE);
            }
        } else if (t.isSubtypeOf(NameError)) {
            if (e.getExtra("name") == null) {
                e.setExtra("name", PyNone.NONE);
            }
        }
    }

    /** A new exception instance of a builtin or Python exception class, as {@code cls(*args)} would create it. */
    public static PyBaseException create(PyType type, PyObj... args) {
        PyObj o = Abstract.call(type, args, null);
        if (!(o instanceof PyBaseException)) {
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        return (PyBaseException) o;
    }
}
