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
        d.setStr("implementation", Namespace.of("namespace", Map.of(
                "name", PyStr.of("ember"), "cache_tag", PyNone.NONE,
                "version", VersionInfo.create(0, 1, 0, "alpha", 0), "hexversion", PyInt.of(0x000100A0))));
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
        d.setStr("float_info", Namespace.of("sys.float_info", floatInfo()));
        d.setStr("int_info", Namespace.of("sys.int_info", Map.of("bits_per_digit", PyInt.of(30),
                "sizeof_digit", PyInt.of(4), "default_max_str_digits", PyInt.of(4300), "str_digits_check_threshold", PyInt.of(640))));
        d.setStr("hash_info", Namespace.of("sys.hash_info", Map.of("width", PyInt.of(64), "modulus",
                PyInt.of((1L << 61) - 1), "inf", PyInt.of(314159), "nan", PyInt.of(0), "imag", PyInt.of(1000003),
                "algorithm", PyStr.of("siphash13"), "hash_bits", PyInt.of(64), "seed_bits", PyInt.of(128),
                "cutoff", PyInt.of(0))));
        d.setStr("flags", Namespace.of("sys.flags", Map.of("debug", PyInt.of(0), "inspect", PyInt.of(0),
                "interactive", PyInt.of(0), "optimize", PyInt.of(0), "dont_write_bytecode", PyInt.of(1),
                "verbose", PyInt.of(0), "quiet", PyInt.of(0), "hash_randomization", PyInt.of(1), "isolated", PyInt.of(0),
                "utf8_mode", PyInt.of(1))));

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
        d.setStr("__displayhook__", d.getStr("displayhook"));
        d.setStr("__excepthook__", d.getStr("excepthook"));
        return sys;
    }

    private static Map<String, PyObj> floatInfo() {
        java.util.LinkedHashMap<String, PyObj> m = new java.util.LinkedHashMap<>();
        m.put("max", new PyFloat(Double.MAX_VALUE));
        m.put("max_exp", PyInt.of(1024));
        m.put("max_10_exp", PyInt.of(308));
        m.put("min", new PyFloat(Double.MIN_NORMAL));
        m.put("min_exp", PyInt.of(-1021));
        m.put("min_10_exp", PyInt.of(-307));
        m.put("dig", PyInt.of(15));
        m.put("mant_dig", PyInt.of(53));
        m.put("epsilon", new PyFloat(Math.ulp(1.0)));
        m.put("radix", PyInt.of(2));
        m.put("rounds", PyInt.of(1));
        return m;
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
