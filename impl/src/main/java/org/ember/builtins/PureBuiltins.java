package org.ember.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BinOp;
import org.ember.objects.CompareOp;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyBytes;
import org.ember.objects.PyClassMethod;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyEllipsis;
import org.ember.objects.PyEnumerate;
import org.ember.objects.PyFilter;
import org.ember.objects.PyFloat;
import org.ember.objects.PyFrozenSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyMap;
import org.ember.objects.PyNone;
import org.ember.objects.PyNotImplemented;
import org.ember.objects.PyObj;
import org.ember.objects.PyProperty;
import org.ember.objects.PyRange;
import org.ember.objects.PyReversed;
import org.ember.objects.PySeqIter;
import org.ember.objects.PySet;
import org.ember.objects.PySlice;
import org.ember.objects.PyStaticMethod;
import org.ember.objects.PyStr;
import org.ember.objects.PySuper;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.PyZip;
import org.ember.objects.SlotFns.CallFn;
import org.ember.objects.TypeType;
import org.ember.objects.PyBaseObject;

/**
 * The builtins of CPython 3.11 that need no interpreter state: functions with CPython's argument
 * handling and messages, the builtin types, the constants and every exception class. The
 * function objects are created once per JVM and shared by all interpreters ({@link #install}
 * only copies references).
 *
 * <p>Zero-argument {@code dir()} and {@code vars()} read the caller's locals through
 * {@link #localsProvider}, which the runtime installs (as it installs
 * {@link PySuper#zeroArgResolver} for {@code super()}).
 */
public final class PureBuiltins {
    private PureBuiltins() {}

    /** Supplies the calling frame's locals mapping for {@code dir()} and {@code vars()}; installed by the runtime. */
    public static volatile Supplier<PyObj> localsProvider;

    private static final Map<String, PyObj> ALL = new java.util.LinkedHashMap<>();

    /** Puts every pure builtin into {@code builtins}. */
    public static void install(PyDict builtins) {
        for (Map.Entry<String, PyObj> e : ALL.entrySet()) {
            builtins.setStr(e.getKey(), e.getValue());
        }
    }

    /** The names {@link #install} defines, in definition order. */
    public static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }

    /** The builtin function {@code name} (shared by every interpreter), or null; the adaptive interpreter recognizes some by identity. */
    public static PyObj builtin(String name) {
        return ALL.get(name);
    }

    private static void def(String name, CallFn impl) {
        ALL.put(name, PyBuiltinFunction.of(name, impl));
    }

    private static PyObj currentLocals(String who) {
        Supplier<PyObj> p = localsProvider;
        PyObj locals = p == null ? null : p.get();
        if (locals == null) {
            throw Errors.systemError(who + "(): no locals!");
        }
        return locals;
    }

    static {
        // ---- constants ----------------------------------------------------------------------------
        ALL.put("None", PyNone.NONE);
        ALL.put("Ellipsis", PyEllipsis.ELLIPSIS);
        ALL.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        ALL.put("True", PyBool.TRUE);
        ALL.put("False", PyBool.FALSE);
        ALL.put("__debug__", PyBool.TRUE);

        // ---- functions ----------------------------------------------------------------------------

        // abs(x, /)
        def("abs", (s, a, kw) -> {
            ArgParser.exactlyOne("abs", a, kw);
            return Abstract.absolute(a[0]);
        });
        // all(iterable, /)
        def("all", (s, a, kw) -> {
            ArgParser.exactlyOne("all", a, kw);
            PyObj it = Abstract.getIter(a[0]);
            PyObj x;
            while ((x = Abstract.next(it)) != null) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        // any(iterable, /)
        def("any", (s, a, kw) -> {
            ArgParser.exactlyOne("any", a, kw);
            PyObj it = Abstract.getIter(a[0]);
            PyObj x;
            while ((x = Abstract.next(it)) != null) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        // ascii(obj, /)
        def("ascii", (s, a, kw) -> {
            ArgParser.exactlyOne("ascii", a, kw);
            return PyStr.of(asciiEscape(Abstract.repr(a[0]).value()));
        });
        // bin(number, /)
        def("bin", (s, a, kw) -> {
            ArgParser.exactlyOne("bin", a, kw);
            return PyStr.of(radix(a[0], 2, "0b"));
        });
        // oct(number, /)
        def("oct", (s, a, kw) -> {
            ArgParser.exactlyOne("oct", a, kw);
            return PyStr.of(radix(a[0], 8, "0o"));
        });
        // hex(number, /)
        def("hex", (s, a, kw) -> {
            ArgParser.exactlyOne("hex", a, kw);
            return PyStr.of(radix(a[0], 16, "0x"));
        });
        // callable(obj, /)
        def("callable", (s, a, kw) -> {
            ArgParser.exactlyOne("callable", a, kw);
            return PyBool.of(a[0].type().call != null);
        });
        // chr(i, /)
        def("chr", (s, a, kw) -> {
            ArgParser.exactlyOne("chr", a, kw);
            int cp = Abstract.index(a[0]).intValueExact();
            if (cp < 0 || cp > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint(cp);
        });
        // ord(c, /)
        def("ord", (s, a, kw) -> {
            ArgParser.exactlyOne("ord", a, kw);
            PyObj c = a[0];
            int n;
            if (c instanceof PyStr) {
                PyStr str = (PyStr) c;
                n = str.length();
                if (n == 1) {
                    return PyInt.of(str.codePointAt(0));
                }
            } else if (c instanceof PyBytes) {
                byte[] b = ((PyBytes) c).value();
                n = b.length;
                if (n == 1) {
                    return PyInt.of(b[0] & 0xFF);
                }
            } else {
                throw Errors.typeError("ord() expected string of length 1, but " + c.type().name() + " found");
            }
            throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
        });
        // delattr(obj, name, /)
        def("delattr", (s, a, kw) -> {
            ArgParser.noKeywords("delattr", kw);
            ArgParser.checkRange("delattr", a.length, 2, 2);
            Abstract.setAttr(a[0], Abstract.attrName(a[1]), null);
            return PyNone.NONE;
        });
        // setattr(obj, name, value, /)
        def("setattr", (s, a, kw) -> {
            ArgParser.noKeywords("setattr", kw);
            ArgParser.checkRange("setattr", a.length, 3, 3);
            Abstract.setAttr(a[0], Abstract.attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        // getattr(object, name[, default])
        def("getattr", (s, a, kw) -> {
            ArgParser.noKeywords("getattr", kw);
            ArgParser.checkRange("getattr", a.length, 2, 3);
            String name = Abstract.attrName(a[1]);
            if (a.length == 2) {
                return Abstract.getAttr(a[0], name);
            }
            PyObj v = Abstract.lookupAttr(a[0], name);
            return v != null ? v : a[2];
        });
        // hasattr(obj, name, /)
        def("hasattr", (s, a, kw) -> {
            ArgParser.noKeywords("hasattr", kw);
            ArgParser.checkRange("hasattr", a.length, 2, 2);
            return PyBool.of(Abstract.lookupAttr(a[0], Abstract.attrName(a[1])) != null);
        });
        // dir([object])
        def("dir", (s, a, kw) -> {
            ArgParser.noKeywords("dir", kw);
            ArgParser.checkRange("dir", a.length, 0, 1);
            List<PyObj> names = new ArrayList<>();
            if (a.length == 0) {
                PyObj locals = currentLocals("dir");
                for (PyObj k : Abstract.iterate(Abstract.call(Abstract.getAttr(locals, "keys"), new PyObj[0], null))) {
                    names.add(k);
                }
            } else {
                PyObj meth = Abstract.lookupSpecial(a[0], "__dir__");
                if (meth == null) {
                    throw Errors.typeError("object does not provide __dir__");
                }
                for (PyObj k : Abstract.iterate(Abstract.call(meth, new PyObj[0], null))) {
                    names.add(k);
                }
            }
            PyList r = PyList.ofList(names);
            Abstract.callMethodArgs(PyList.TYPE.lookup("sort"), r, new PyObj[0], null);
            return r;
        });
        // divmod(x, y, /)
        def("divmod", (s, a, kw) -> {
            ArgParser.noKeywords("divmod", kw);
            ArgParser.checkRange("divmod", a.length, 2, 2);
            return divmod(a[0], a[1]);
        });
        // format(value, format_spec='', /)
        def("format", (s, a, kw) -> {
            ArgParser.noKeywords("format", kw);
            ArgParser.checkRange("format", a.length, 1, 2);
            String spec = "";
            if (a.length == 2) {
                if (!(a[1] instanceof PyStr)) {
                    throw Errors.typeError("format() argument 2 must be str, not " + a[1].type().name());
                }
                spec = ((PyStr) a[1]).value();
            }
            return Abstract.format(a[0], spec);
        });
        // hash(obj, /)
        def("hash", (s, a, kw) -> {
            ArgParser.exactlyOne("hash", a, kw);
            return PyInt.of(Abstract.hash(a[0]));
        });
        // id(obj, /)
        def("id", (s, a, kw) -> {
            ArgParser.exactlyOne("id", a, kw);
            return PyInt.of(System.identityHashCode(a[0]));
        });
        // isinstance(obj, class_or_tuple, /)
        def("isinstance", (s, a, kw) -> {
            ArgParser.noKeywords("isinstance", kw);
            ArgParser.checkRange("isinstance", a.length, 2, 2);
            return PyBool.of(Abstract.isInstance(a[0], a[1]));
        });
        // issubclass(cls, class_or_tuple, /)
        def("issubclass", (s, a, kw) -> {
            ArgParser.noKeywords("issubclass", kw);
            ArgParser.checkRange("issubclass", a.length, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[0], a[1]));
        });
        // iter(object[, sentinel])
        def("iter", (s, a, kw) -> {
            ArgParser.noKeywords("iter", kw);
            ArgParser.checkRange("iter", a.length, 1, 2);
            if (a.length == 1) {
                return Abstract.getIter(a[0]);
            }
            if (a[0].type().call == null) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return PySeqIter.callableIter(a[0], a[1]);
        });
        // next(iterator[, default])
        def("next", (s, a, kw) -> {
            ArgParser.noKeywords("next", kw);
            ArgParser.checkRange("next", a.length, 1, 2);
            PyObj x = Abstract.next(a[0]);
            if (x != null) {
                return x;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw Errors.exhausted(a[0]);
        });
        // len(obj, /)
        def("len", (s, a, kw) -> {
            ArgParser.exactlyOne("len", a, kw);
            return PyInt.of(Abstract.length(a[0]));
        });
        // max(iterable, *[, default=obj, key=func]) / max(arg1, arg2, *args, *[, key=func])
        def("max", (s, a, kw) -> minMax("max", a, kw, CompareOp.GT));
        // min(iterable, *[, default=obj, key=func]) / min(arg1, arg2, *args, *[, key=func])
        def("min", (s, a, kw) -> minMax("min", a, kw, CompareOp.LT));
        ArgParser powArgs = new ArgParser("pow", 0, 3, 2, "base", "exp", "mod");
        // pow(base, exp, mod=None)
        def("pow", (s, a, kw) -> {
            PyObj[] p = powArgs.parse(a, kw);
            if (p[2] == null || p[2] == PyNone.NONE) {
                return Abstract.binaryOp(p[0], p[1], BinOp.POWER);
            }
            return Abstract.pow3(p[0], p[1], p[2]);
        });
        // repr(obj, /)
        def("repr", (s, a, kw) -> {
            ArgParser.exactlyOne("repr", a, kw);
            return Abstract.repr(a[0]);
        });
        ArgParser roundArgs = new ArgParser("round", 0, 2, 1, "number", "ndigits");
        // round(number, ndigits=None)
        def("round", (s, a, kw) -> {
            PyObj[] p = roundArgs.parse(a, kw);
            PyObj meth = Abstract.lookupSpecial(p[0], "__round__");
            if (meth == null) {
                throw Errors.typeError("type " + p[0].type().name() + " doesn't define __round__ method");
            }
            if (p[1] == null || p[1] == PyNone.NONE) {
                return Abstract.call(meth, new PyObj[0], null);
            }
            return Abstract.call(meth, new PyObj[] {p[1]}, null);
        });
        // sorted(iterable, /, *, key=None, reverse=False)
        def("sorted", (s, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            if (npos != 1) {
                throw Errors.typeError("sorted expected 1 argument, got " + npos);
            }
            PyList r = new PyList(Abstract.toArray(a[0]));
            if (nkw > 2) {
                throw Errors.typeError("sort() takes at most 2 keyword arguments (" + nkw + " given)");
            }
            PyObj[] kwValues = java.util.Arrays.copyOfRange(a, 1, a.length);
            Abstract.callMethodArgs(PyList.TYPE.lookup("sort"), r, kwValues, nkw == 0 ? null : kw);
            return r;
        });
        ArgParser sumArgs = new ArgParser("sum", 1, 2, 1, "iterable", "start");
        // sum(iterable, /, start=0)
        def("sum", (s, a, kw) -> {
            PyObj[] p = sumArgs.parse(a, kw);
            return sum(p[0], p[1]);
        });
        // vars([object])
        def("vars", (s, a, kw) -> {
            ArgParser.noKeywords("vars", kw);
            ArgParser.checkRange("vars", a.length, 0, 1);
            if (a.length == 0) {
                return currentLocals("vars");
            }
            PyObj d = Abstract.lookupAttr(a[0], "__dict__");
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        // aiter(async_iterable, /)
        def("aiter", (s, a, kw) -> {
            ArgParser.exactlyOne("aiter", a, kw);
            PyObj meth = Abstract.lookupSpecial(a[0], "__aiter__");
            if (meth == null) {
                throw Errors.typeError("'" + a[0].type().name() + "' object is not an async iterable");
            }
            PyObj it = Abstract.call(meth, new PyObj[0], null);
            if (it.type().lookup("__anext__") == null) {
                throw Errors.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
            }
            return it;
        });
        // anext(aiterator[, default])
        def("anext", (s, a, kw) -> {
            ArgParser.noKeywords("anext", kw);
            ArgParser.checkRange("anext", a.length, 1, 2);
            PyObj meth = Abstract.lookupSpecial(a[0], "__anext__");
            if (meth == null) {
                throw Errors.typeError("'" + a[0].type().name() + "' object is not an async iterator");
            }
            if (a.length == 2) {
                // The default form needs an awaitable wrapper that turns StopAsyncIteration into the
                // default; that belongs with the coroutine machinery of the runtime.
                throw Errors.notImplementedError("anext() with a default is not supported yet");
            }
            return Abstract.call(meth, new PyObj[0], null);
        });

        // ---- types --------------------------------------------------------------------------------
        type("bool", PyBool.TYPE);
        type("bytearray", org.ember.objects.PyByteArray.TYPE);
        type("bytes", PyBytes.TYPE);
        type("classmethod", PyClassMethod.TYPE);
        type("complex", PyComplex.TYPE);
        type("dict", PyDict.TYPE);
        type("enumerate", PyEnumerate.TYPE);
        type("filter", PyFilter.TYPE);
        type("float", PyFloat.TYPE);
        type("frozenset", PyFrozenSet.TYPE);
        type("int", PyInt.TYPE);
        type("list", PyList.TYPE);
        type("memoryview", org.ember.objects.PyMemoryView.TYPE);
        type("map", PyMap.TYPE);
        type("object", PyBaseObject.TYPE);
        type("property", PyProperty.TYPE);
        type("range", PyRange.TYPE);
        type("reversed", PyReversed.TYPE);
        type("set", PySet.TYPE);
        type("slice", PySlice.TYPE);
        type("staticmethod", PyStaticMethod.TYPE);
        type("str", PyStr.TYPE);
        type("super", PySuper.TYPE);
        type("tuple", PyTuple.TYPE);
        type("type", TypeType.TYPE);
        type("zip", PyZip.TYPE);

        // ---- exceptions ---------------------------------------------------------------------------
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) {
            ALL.put(e.getKey(), e.getValue());
        }
        ALL.putIfAbsent("EnvironmentError", ExceptionTypes.OSError);
        ALL.putIfAbsent("IOError", ExceptionTypes.OSError);
    }

    private static void type(String name, PyType t) {
        ALL.put(name, t);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The repr text with non-ASCII code points escaped, as {@code ascii()} shows it. */
    static String asciiEscape(String r) {
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** {@code bin}/{@code oct}/{@code hex}: the sign, the prefix, then the digits. */
    static String radix(PyObj o, int radix, String prefix) {
        BigInteger v = Abstract.index(o).bigValue();
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@code divmod(a, b)}: {@code __divmod__} of a, {@code __rdivmod__} of b, with the subclass rule of binary operators. */
    static PyObj divmod(PyObj a, PyObj b) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObj fa = ta.lookup("__divmod__");
        PyObj fb = ta != tb ? tb.lookup("__rdivmod__") : null;
        if (fb != null && fa != null && tb.isSubtypeOf(ta) && fb != ta.lookup("__rdivmod__")) {
            PyObj r = Abstract.callMethod(fb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            PyObj r = Abstract.callMethod(fa, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            PyObj r = Abstract.callMethod(fb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.unsupportedOperands("divmod()", a, b);
    }

    /** {@code max}/{@code min}: {@code op} is GT for max, LT for min (the first extreme item wins ties). */
    static PyObj minMax(String name, PyObj[] a, String[] kw, CompareOp op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        PyObj key = null;
        PyObj dflt = null;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("key")) {
                key = a[npos + i];
            } else if (kw[i].equals("default")) {
                dflt = a[npos + i];
            } else {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        PyObj it = Abstract.getIter(npos == 1 ? a[0] : PyTuple.of(java.util.Arrays.copyOf(a, npos)));
        PyObj best = null;
        PyObj bestKey = null;
        PyObj x;
        while ((x = Abstract.next(it)) != null) {
            PyObj k = key == null ? x : Abstract.call(key, new PyObj[] {x}, null);
            if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** {@code sum(iterable, start)}: left-to-right {@code +}, with int and float fast paths (no compensation, as 3.11). */
    static PyObj sum(PyObj iterable, PyObj start) {
        PyObj result = start == null ? PyInt.of(0) : start;
        if (result instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result.type().name().equals("bytearray") && result.type().isBuiltin()) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObj it = Abstract.getIter(iterable);
        PyObj x;
        while ((x = Abstract.next(it)) != null) {
            if (result.getClass() == PyInt.class && x.getClass() == PyInt.class) {
                result = PyInt.add((PyInt) result, (PyInt) x);
            } else if (result.getClass() == PyFloat.class && x.getClass() == PyFloat.class) {
                result = new PyFloat(((PyFloat) result).value + ((PyFloat) x).value);
            } else {
                result = Abstract.binaryOp(result, x, BinOp.ADD);
            }
        }
        return result;
    }
}
