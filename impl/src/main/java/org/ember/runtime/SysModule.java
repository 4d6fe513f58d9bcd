package org.ember.runtime;

import java.nio.file.Path;
import java.util.Map;
import org.ember.interpreter.Frame;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/** The {@code sys} module of one interpreter. */
final class SysModule {
    private SysModule() {}

    static final String VERSION = "3.11.7 (Ember 0.1.0)";

    static PyModule create(InterpreterState st) {
        PyModule sys = PyModule.create("sys");
        PyDict d = sys.dict();
        PyList argv = new PyList();
        if (st.config.argv().isEmpty()) {
            argv.append(PyStr.EMPTY);
        }
        for (String a : st.config.argv()) {
            argv.append(PyStr.of(a));
        }
        d.setStr("argv", argv);
        PyList path = new PyList();
        for (String p : st.config.path()) {
            path.append(PyStr.of(p));
        }
        d.setStr("path", path);
        d.setStr("modules", st.modules);
        d.setStr("stdout", st.stdout);
        d.setStr("stderr", st.stderr);
        d.setStr("stdin", st.stdin);
        d.setStr("__stdout__", st.stdout);
        d.setStr("__stderr__", st.stderr);
        d.setStr("__stdin__", st.stdin);
        d.setStr("version", PyStr.of(VERSION));
        d.setStr("version_info", VersionInfo.create(3, 11, 7, "final", 0));
        d.setStr("hexversion", PyInt.of(0x030B07F0));
        d.setStr("api_version", PyInt.of(1013));
        Map<String, PyObj> impl = new java.util.LinkedHashMap<>();
        impl.put("name", PyStr.of("ember"));
        impl.put("cache_tag", PyNone.NONE);
        impl.put("version", VersionInfo.create(0, 1, 0, "alpha", 0));
        impl.put("hexversion", PyInt.of(0x000100A0));
        d.setStr("implementation", Namespace.of("namespace", impl));
        d.setStr("maxsize", PyInt.of(Long.MAX_VALUE));
        d.setStr("maxunicode", PyInt.of(0x10FFFF));
        d.setStr("byteorder", PyStr.of("little"));
        d.setStr("platform", PyStr.of(platform()));
        d.setStr("executable", PyStr.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        d.setStr("prefix", PyStr.of(""));
        d.setStr("base_prefix", PyStr.of(""));
        d.setStr("copyright", PyStr.of("Copyright (c) the Ember authors."));
        d.setStr("float_repr_style", PyStr.of("short"));
        d.setStr("dont_write_bytecode", PyBool.TRUE);
        d.setStr("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("math"), PyStr.of("sys"), PyStr.of("time")));
        PyDict xoptions = new PyDict();
        for (Map.Entry<String, String> e : st.config.options().entrySet()) {
            xoptions.setStr(e.getKey(), e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue()));
        }
        d.setStr("_xoptions", xoptions);
        d.setStr("_recursionlimit", PyInt.of(st.config.recursionLimit()));
        d.setStr("float_info", struct("sys.float_info", new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp",
            "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, new PyFloat(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        d.setStr("int_info", struct("sys.int_info", new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold"}, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        d.setStr("hash_info", struct("sys.hash_info", new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm",
            "hash_bits", "seed_bits", "cutoff"}, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.of(0),
                PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
        d.setStr("flags", struct("sys.flags", new String[] {"debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits"}, PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(1), PyInt.of(0), PyInt.of(0),
                PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(1), PyInt.of(0), PyBool.FALSE, PyInt.of(1),
                PyInt.of(0), PyBool.FALSE, PyInt.of(-1)));

        fn(d, "exit", (s, args, kw) -> {
            PyObj code = args.length == 0 ? PyNone.NONE : args[0];
            throw ExceptionTypes.create(ExceptionTypes.SystemExit, args.length == 0 ? new PyObj[0] : new PyObj[] {code}).raise();
        });
        fn(d, "getrecursionlimit", (s, args, kw) -> d.getStr("_recursionlimit"));
        fn(d, "setrecursionlimit", (s, args, kw) -> {
            long n = Abstract.index(args[0]).longValueExact();
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            d.setStr("_recursionlimit", PyInt.of(n));
            ThreadState.current().recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        fn(d, "exc_info", (s, args, kw) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback == null ? PyNone.NONE : e.traceback);
        });
        fn(d, "exception", (s, args, kw) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
        fn(d, "_getframe", (s, args, kw) -> {
            long depth = args.length == 0 ? 0 : Abstract.index(args[0]).longValueExact();
            Frame f = ThreadState.current().frame;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            // Python may keep it, and reach its callers through f_back: they are not reused.
            f.escape();
            return f;
        });
        fn(d, "intern", (s, args, kw) -> PyStr.intern(Abstract.strArg(args[0], "intern() argument").value()));
        fn(d, "getsizeof", (s, args, kw) -> PyInt.of(sizeOf(args[0])));
        fn(d, "getdefaultencoding", (s, args, kw) -> PyStr.of("utf-8"));
        fn(d, "getfilesystemencoding", (s, args, kw) -> PyStr.of("utf-8"));
        fn(d, "get_int_max_str_digits", (s, args, kw) -> PyInt.of(4300));
        fn(d, "displayhook", (s, args, kw) -> {
            PyObj v = args[0];
            if (v == PyNone.NONE) {
                return PyNone.NONE;
            }
            st.builtins.setStr("_", PyNone.NONE);
            PyObj out = d.getStr("stdout");
            Abstract.call(Abstract.getAttr(out, "write"), new PyObj[] {PyStr.of(Abstract.repr(v).value() + "\n")}, null);
            st.builtins.setStr("_", v);
            return PyNone.NONE;
        });
        fn(d, "excepthook", (s, args, kw) -> {
            if (args.length > 1 && args[1] instanceof PyBaseException) {
                PyObj err = d.getStr("stderr");
                Abstract.call(Abstract.getAttr(err, "write"),
                        new PyObj[] {PyStr.of(TracebackPrinter.format((PyBaseException) args[1]))}, null);
            }
            return PyNone.NONE;
        });
        fn(d, "breakpointhook", (s, args, kw) -> {
            st.stderr.write("breakpoint(): no debugger is available in Ember yet (pdb is not supported); continuing\n");
            return PyNone.NONE;
        });
        d.setStr("__breakpointhook__", d.getStr("breakpointhook"));
        d.setStr("__displayhook__", d.getStr("displayhook"));
        d.setStr("__excepthook__", d.getStr("excepthook"));
        return sys;
    }

    /** A struct-sequence value ({@code sys.float_info} and friends): a named tuple printed as CPython prints it. */
    private static PyObj struct(String name, String[] fields, PyObj... values) {
        return org.ember.objects.PyStructSeq.instance(org.ember.objects.PyStructSeq.newType(name, fields), values);
    }

    private static long sizeOf(PyObj o) {
        if (o instanceof PyStr) {
            return 49 + ((PyStr) o).length();
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).signum() == 0 ? 24 : 24 + 4 * ((((PyInt) o).bigValue().abs().bitLength() + 29) / 30);
        }
        if (o instanceof PyList) {
            return 56 + 8L * ((PyList) o).size();
        }
        if (o instanceof PyTuple) {
            return 40 + 8L * ((PyTuple) o).size();
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        return 48;
    }

    private static void fn(PyDict d, String name, org.ember.objects.SlotFns.CallFn impl) {
        d.setStr(name, new PyBuiltinFunction(name, "sys", null, impl));
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            return "win32";
        }
        if (os.contains("mac")) {
            return "darwin";
        }
        return "linux";
    }
}
