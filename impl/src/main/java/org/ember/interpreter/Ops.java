package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeObject;
import org.ember.bytecode.Opcode;
import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.CompareOp;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PySet;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** The slow paths of the eval loop, one static method per instruction family. */
final class Ops {
    private Ops() {}

    // ---- names -------------------------------------------------------------------------------------

    static PyObj loadName(Frame f, PyStr name) {
        if (f.locals != null) {
            PyObj v = f.locals instanceof PyDict ? ((PyDict) f.locals).getItem(name) : mappingGet(f.locals, name.value());
            if (v != null) {
                return v;
            }
        }
        return loadGlobal(f, name);
    }

    private static PyObj mappingGet(PyObj mapping, String name) {
        try {
            return Abstract.getItem(mapping, PyStr.of(name));
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static void storeName(Frame f, PyStr name, PyObj v) {
        if (f.locals instanceof PyDict) {
            ((PyDict) f.locals).setItem(name, v);
        } else if (f.locals != null) {
            Abstract.setItem(f.locals, name, v);
        } else {
            throw Errors.systemError("no locals found when storing '" + name.value() + "'");
        }
    }

    static void storeName(Frame f, String name, PyObj v) {
        storeName(f, PyStr.of(name), v);
    }

    static void deleteName(Frame f, String name) {
        try {
            if (f.locals instanceof PyDict) {
                if (!((PyDict) f.locals).delItemIfPresent(PyStr.of(name))) {
                    throw Errors.nameError(name);
                }
            } else {
                Abstract.delItem(f.locals, PyStr.of(name));
            }
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.KeyError)) {
                throw Errors.nameError(name);
            }
            throw e;
        }
    }

    static PyObj loadGlobal(Frame f, PyStr name) {
        PyObj v = f.globals.getItem(name);
        if (v == null) {
            v = f.builtins.getItem(name);
            if (v == null) {
                throw Errors.nameError(name.value());
            }
        }
        return v;
    }

    static PyObj loadBuiltin(Frame f, String name) {
        PyObj v = f.builtins.getStr(name);
        if (v == null) {
            throw Errors.nameError(name);
        }
        return v;
    }

    static PyRaise unboundDeref(CodeObject co, int i) {
        int nv = co.varnames.length;
        if (i - nv < co.cellvars.length) {
            return Errors.unboundLocal(co.cellvars[i - nv]);
        }
        return Errors.of(ExceptionTypes.NameError, "cannot access free variable '" + co.freevars[i - nv - co.cellvars.length]
                + "' where it is not associated with a value in enclosing scope");
    }

    static PyObj loadClassDeref(Frame f, int i) {
        CodeObject co = f.code;
        int nv = co.varnames.length;
        String name = i - nv < co.cellvars.length ? co.cellvars[i - nv] : co.freevars[i - nv - co.cellvars.length];
        if (f.locals != null) {
            PyObj v = f.locals instanceof PyDict ? ((PyDict) f.locals).getStr(name) : mappingGet(f.locals, name);
            if (v != null) {
                return v;
            }
        }
        PyObj v = ((PyCell) f.regs[i]).value;
        if (v == null) {
            throw unboundDeref(co, i);
        }
        return v;
    }

    // ---- attributes and calls ----------------------------------------------------------------------

    /** LOAD_METHOD: {@code obj -- meth self} for plain methods, else {@code obj -- NULL attr}. */
    static int loadMethod(PyObj[] r, int sp, String name) {
        PyObj obj = r[sp - 1];
        PyType t = obj.type();
        if (t.getattro == org.ember.objects.PyBaseObject.TYPE.getattro) {
            PyObj descr = t.lookup(name);
            if (descr != null && descr.type().isMethodDescriptorType()) {
                org.ember.objects.InstanceAttrs attrs = obj.attrs();
                if (attrs == null || attrs.get(name) == null) {
                    r[sp - 1] = descr;
                    r[sp] = obj;
                    return sp + 1;
                }
            }
        }
        r[sp - 1] = null;
        r[sp] = Abstract.getAttr(obj, name);
        return sp + 1;
    }

    /** A class attribute as found through an instance: bound if it is a descriptor. */
    static PyObj bindClassAttr(PyObj descr, PyObj obj) {
        org.ember.objects.SlotFns.Fn3 get = descr.type().descrGet;
        return get == null ? descr : get.apply(descr, obj, obj.type());
    }

    static String[] kwnames(PyObj t) {
        PyObj[] items = ((PyTuple) t).items();
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = ((PyStr) items[i]).value();
        }
        return out;
    }

    /**
     * CALL argc, generic: {@code NULL|meth callable|self args -- result}. The arguments go into an
     * array and through the callee's full binding (defaults, keywords, packing); the specialized
     * forms in {@link CallSpecializer} skip that for the callees they have seen.
     */
    static int call(ThreadState ts, PyObj[] r, int sp, int argc, String[] kw) {
        int base = sp - argc - 2;
        PyObj first = r[base];
        PyObj result;
        if (first == null) {
            PyObj callable = r[base + 1];
            PyObj[] args = args(r, base + 2, argc);
            result = callable instanceof PyFunction ? ((PyFunction) callable).invoke(ts, args, kw) : Abstract.call(callable, args, kw);
        } else if (first instanceof PyMethodDescr) {
            // LOAD_METHOD found a builtin type's method: call it on self without binding.
            result = ((PyMethodDescr) first).callOn(r[base + 1], args(r, base + 2, argc), kw);
        } else {
            PyObj[] args = args(r, base + 1, argc + 1);
            result = first instanceof PyFunction ? ((PyFunction) first).invoke(ts, args, kw) : Abstract.call(first, args, kw);
        }
        return pushResult(r, base, sp, result);
    }

    /** A call's arguments {@code r[from..from+n)} as an array. */
    static PyObj[] args(PyObj[] r, int from, int n) {
        PyObj[] args = new PyObj[n];
        System.arraycopy(r, from, args, 0, n);
        return args;
    }

    /** Clears a call's stack slots from {@code base} to {@code sp} and pushes the result; returns the new sp. */
    static int pushResult(PyObj[] r, int base, int sp, PyObj result) {
        for (int i = base + 1; i < sp; i++) {
            r[i] = null;
        }
        r[base] = result;
        return base + 1;
    }

    static PyObj callObject(PyObj callable, PyObj[] args, String[] kw) {
        if (callable instanceof PyFunction) {
            return ((PyFunction) callable).invoke(args, kw);
        }
        return Abstract.call(callable, args, kw);
    }

    /** CALL_FUNCTION_EX: {@code NULL callable args_tuple [kwargs] -- result}. */
    static int callEx(PyObj[] r, int sp, int flags) {
        PyObj kwargs = (flags & 1) != 0 ? r[--sp] : null;
        PyObj argsObj = r[--sp];
        PyObj callable = r[--sp];
        PyObj nul = r[--sp];
        PyObj target = nul != null ? nul : callable;
        if (!(argsObj instanceof PyTuple) && argsObj.type().iter == null && argsObj.type().getitem == null) {
            throw Errors.typeError(funcDesc(target) + " argument after * must be an iterable, not " + argsObj.type().name());
        }
        PyObj[] pos = argsObj instanceof PyTuple ? ((PyTuple) argsObj).items() : Abstract.toArray(argsObj);
        PyObj[] args = pos;
        String[] kw = null;
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            PyDict d = (PyDict) kwargs;
            args = new PyObj[pos.length + d.size()];
            System.arraycopy(pos, 0, args, 0, pos.length);
            kw = new String[d.size()];
            int k = 0;
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj key = d.entryKey(i);
                if (key == null) {
                    continue;
                }
                if (!(key instanceof PyStr)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kw[k] = ((PyStr) key).value();
                args[pos.length + k] = d.entryValue(i);
                k++;
            }
        }
        if (nul != null) {
            PyObj[] withSelf = new PyObj[args.length + 1];
            withSelf[0] = callable;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            args = withSelf;
            callable = nul;
        }
        PyObj result = callObject(callable, args, kw);
        r[sp + 1] = r[sp + 2] = r[sp + 3] = null;
        r[sp] = result;
        return sp + 1;
    }

    /** MAKE_FUNCTION: {@code [defaults] [kwdefaults] [annotations] [closure] code -- function}. */
    static int makeFunction(Frame f, PyObj[] r, int sp, int flags) {
        CodeObject code = (CodeObject) r[--sp];
        PyCell[] closure = null;
        PyObj annotations = null;
        PyDict kwdefaults = null;
        PyObj[] defaults = null;
        if ((flags & 8) != 0) {
            PyObj[] cells = ((PyTuple) r[--sp]).items();
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PyCell) cells[i];
            }
        }
        if ((flags & 4) != 0) {
            annotations = r[--sp];
        }
        if ((flags & 2) != 0) {
            kwdefaults = (PyDict) r[--sp];
        }
        if ((flags & 1) != 0) {
            defaults = ((PyTuple) r[--sp]).items();
        }
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, defaults, kwdefaults, closure);
        if (annotations != null) {
            PyDict d;
            if (annotations instanceof PyTuple) {
                d = new PyDict();
                PyObj[] a = ((PyTuple) annotations).items();
                for (int i = 0; i + 1 < a.length; i += 2) {
                    d.setItem(a[i], a[i + 1]);
                }
            } else {
                d = (PyDict) annotations;
            }
            fn.annotations = d;
        }
        for (int i = sp; i < r.length && r[i] != null; i++) {
            r[i] = null;
        }
        r[sp] = fn;
        return sp + 1;
    }

    // ---- operators ---------------------------------------------------------------------------------

    /** BINARY_OP, generic: the number protocol through the operands' type slots. */
    static PyObj binaryOp(PyObj a, PyObj b, int arg) {
        if (arg >= BinOp.INPLACE) {
            return Abstract.inplaceOp(a, b, BinOp.of(arg - BinOp.INPLACE));
        }
        return Abstract.binaryOp(a, b, BinOp.of(arg));
    }

    /** COMPARE_OP, generic: rich comparison through the operands' type slots. */
    static PyObj compare(PyObj a, PyObj b, int arg) {
        return Abstract.richCompare(a, b, CompareOp.of(arg));
    }

    // ---- building ----------------------------------------------------------------------------------

    static int buildTuple(PyObj[] r, int sp, int n) {
        PyObj[] items = new PyObj[n];
        sp -= n;
        System.arraycopy(r, sp, items, 0, n);
        clear(r, sp, n);
        r[sp] = PyTuple.of(items);
        return sp + 1;
    }

    static int buildList(PyObj[] r, int sp, int n) {
        PyObj[] items = new PyObj[n];
        sp -= n;
        System.arraycopy(r, sp, items, 0, n);
        clear(r, sp, n);
        r[sp] = new PyList(items);
        return sp + 1;
    }

    static int buildSet(PyObj[] r, int sp, int n) {
        PySet s = new PySet();
        sp -= n;
        for (int i = 0; i < n; i++) {
            s.add(r[sp + i]);
        }
        clear(r, sp, n);
        r[sp] = s;
        return sp + 1;
    }

    /**
     * BUILD_SET for the eval loop's fast path, which cannot raise: the new sp when every item is
     * a key whose hash and equality the set's table computes itself (ints, strs...: see
     * {@code SetTable.fastAddOrDiscard}); else -1 with the stack unchanged, for the general path.
     */
    static int buildSetHit(PyObj[] r, int sp, int n) {
        PySet s = new PySet();
        int base = sp - n;
        for (int i = base; i < sp; i++) {
            if (!s.fastAddOrDiscard(r[i], true)) {
                return -1;
            }
        }
        clear(r, base, n);
        r[base] = s;
        return base + 1;
    }

    static int buildMap(PyObj[] r, int sp, int n) {
        PyDict d = new PyDict();
        sp -= 2 * n;
        for (int i = 0; i < n; i++) {
            d.setItem(r[sp + 2 * i], r[sp + 2 * i + 1]);
        }
        clear(r, sp, 2 * n);
        r[sp] = d;
        return sp + 1;
    }

    static int buildConstKeyMap(PyObj[] r, int sp, int n) {
        PyObj[] keys = ((PyTuple) r[--sp]).items();
        PyDict d = new PyDict();
        sp -= n;
        for (int i = 0; i < n; i++) {
            d.setItem(keys[i], r[sp + i]);
        }
        clear(r, sp, n + 1);
        r[sp] = d;
        return sp + 1;
    }

    static int buildString(PyObj[] r, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        sp -= n;
        for (int i = 0; i < n; i++) {
            sb.append(((PyStr) r[sp + i]).value());
        }
        clear(r, sp, n);
        r[sp] = PyStr.of(sb.toString());
        return sp + 1;
    }

    static int buildSlice(PyObj[] r, int sp, int n) {
        PyObj step = n == 3 ? r[--sp] : PyNone.NONE;
        PyObj stop = r[--sp];
        PyObj start = r[--sp];
        clear(r, sp, n);
        r[sp] = new PySlice(start, stop, step);
        return sp + 1;
    }

    private static void clear(PyObj[] r, int from, int n) {
        for (int i = 0; i < n; i++) {
            r[from + i] = null;
        }
    }

    static int collectionOp(int op, PyObj[] r, int sp, int arg) {
        switch (op) {
            case SET_ADD: {
                PyObj v = r[--sp];
                r[sp] = null;
                ((PySet) r[sp - arg]).add(v);
                return sp;
            }
            case MAP_ADD: {
                PyObj v = r[--sp];
                PyObj k = r[--sp];
                r[sp] = r[sp + 1] = null;
                ((PyDict) r[sp - arg]).setItem(k, v);
                return sp;
            }
            case LIST_EXTEND: {
                PyObj it = r[--sp];
                r[sp] = null;
                PyList l = (PyList) r[sp - arg];
                PyType t = it.type();
                if (t.iter == null && t.getitem == null) {
                    throw Errors.typeError("Value after * must be an iterable, not " + t.name());
                }
                for (PyObj x : Abstract.toArray(it)) {
                    l.append(x);
                }
                return sp;
            }
            case SET_UPDATE: {
                PyObj it = r[--sp];
                r[sp] = null;
                PySet s = (PySet) r[sp - arg];
                for (PyObj x : Abstract.toArray(it)) {
                    s.add(x);
                }
                return sp;
            }
            case DICT_UPDATE: {
                PyObj m = r[--sp];
                r[sp] = null;
                PyDict d = (PyDict) r[sp - arg];
                if (m.type().getitem == null || Abstract.lookupAttr(m, "keys") == null) {
                    throw Errors.typeError("'" + m.type().name() + "' object is not a mapping");
                }
                Abstract.call(Abstract.getAttr(d, "update"), new PyObj[] {m}, null);
                return sp;
            }
            default: { // DICT_MERGE
                PyObj m = r[--sp];
                r[sp] = null;
                PyDict d = (PyDict) r[sp - arg];
                PyObj callee = r[sp - arg - 2];
                if (Abstract.lookupAttr(m, "keys") == null) {
                    throw Errors.typeError(funcDesc(callee) + " argument after ** must be a mapping, not " + m.type().name());
                }
                for (PyObj k : Abstract.iterate(Abstract.call(Abstract.getAttr(m, "keys"), new PyObj[0], null))) {
                    if (d.getItem(k) != null) {
                        throw Errors.typeError(funcDesc(callee) + " got multiple values for keyword argument '"
                                + Abstract.str(k).value() + "'");
                    }
                    d.setItem(k, Abstract.getItem(m, k));
                }
                return sp;
            }
        }
    }

    private static String funcDesc(PyObj callee) {
        if (callee instanceof PyFunction) {
            PyFunction fn = (PyFunction) callee;
            PyObj mod = fn.module;
            return (mod instanceof PyStr ? ((PyStr) mod).value() + "." : "") + fn.qualname + "()";
        }
        if (callee == null) {
            return "function";
        }
        return Abstract.lookupAttr(callee, "__qualname__") instanceof PyStr
                ? ((PyStr) Abstract.lookupAttr(callee, "__qualname__")).value() + "()" : callee.type().name() + " object";
    }

    static int formatValue(PyObj[] r, int sp, int flags) {
        String spec = "";
        if ((flags & 4) != 0) {
            spec = ((PyStr) r[--sp]).value();
            r[sp] = null;
        }
        PyObj v = r[sp - 1];
        switch (flags & 3) {
            case 1: v = Abstract.str(v); break;
            case 2: v = Abstract.repr(v); break;
            case 3: v = PyStr.of(org.ember.objects.format.StrRepr.escapeNonAscii(Abstract.repr(v).value())); break;
            default: break;
        }
        r[sp - 1] = Abstract.format(v, spec);
        return sp;
    }

    // ---- exceptions --------------------------------------------------------------------------------

    static boolean exceptionMatches(PyObj exc, PyObj type) {
        if (type instanceof PyTuple) {
            for (PyObj t : ((PyTuple) type).items()) {
                checkCatchable(t);
            }
        } else {
            checkCatchable(type);
        }
        return Abstract.isInstance(exc, type);
    }

    /** except* takes exception types, but not exception groups. */
    private static void checkCatchableStar(PyObj type) {
        PyObj[] types = type instanceof PyTuple ? ((PyTuple) type).items() : new PyObj[] {type};
        for (PyObj t : types) {
            checkCatchable(t);
            if (((PyType) t).isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    private static void checkCatchable(PyObj t) {
        if (!(t instanceof PyType) || !((PyType) t).isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Makes an exception instance from {@code raise X} (a class or an instance). */
    static PyBaseException toException(PyObj o) {
        if (o instanceof PyType && ((PyType) o).isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObj inst = Abstract.call(o, new PyObj[0], null);
            if (!(inst instanceof PyBaseException)) {
                throw Errors.typeError("calling " + Abstract.repr(o).value()
                        + " should have returned an instance of BaseException, not " + inst.type().name());
            }
            return (PyBaseException) inst;
        }
        if (o instanceof PyBaseException) {
            return (PyBaseException) o;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    static PyRaise raise(ThreadState ts, PyObj[] r, int sp, int n) {
        if (n == 0) {
            if (ts.handled == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            return ts.handled.raise();
        }
        PyObj cause = n == 2 ? r[sp - 1] : null;
        PyBaseException exc = toException(r[sp - n]);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                exc.cause = null;
            } else {
                PyObj c = cause;
                if (c instanceof PyType) {
                    c = toException(c);
                }
                if (!(c instanceof PyBaseException)) {
                    throw Errors.typeError("exception causes must derive from BaseException");
                }
                exc.cause = (PyBaseException) c;
            }
            exc.suppressContext = true;
        }
        return exc.raise();
    }

    // ---- with --------------------------------------------------------------------------------------

    static int beforeWith(PyObj[] r, int sp) {
        PyObj mgr = r[sp - 1];
        PyObj enter = Abstract.lookupSpecial(mgr, "__enter__");
        if (enter == null) {
            throw Errors.typeError("'" + mgr.type().name() + "' object does not support the context manager protocol");
        }
        PyObj exit = Abstract.lookupSpecial(mgr, "__exit__");
        if (exit == null) {
            throw Errors.typeError("'" + mgr.type().name()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        r[sp - 1] = exit;
        r[sp] = Abstract.call(enter, new PyObj[0], null);
        return sp + 1;
    }

    /** {@code exit lasti saved exc -- ... result}: calls exit(type, exc, tb). */
    static PyObj withExceptStart(PyObj[] r, int sp) {
        PyBaseException exc = (PyBaseException) r[sp - 1];
        PyObj exit = r[sp - 4];
        PyObj tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        return Abstract.call(exit, new PyObj[] {exc.type(), exc, tb}, null);
    }

    // ---- unpacking ---------------------------------------------------------------------------------

    static int unpackSequence(PyObj[] r, int sp, int n) {
        PyObj seq = r[--sp];
        PyObj[] items;
        if (seq instanceof PyTuple) {
            items = ((PyTuple) seq).items();
        } else if (seq instanceof PyList) {
            items = ((PyList) seq).toArray();
        } else {
            if (seq.type().iter == null && seq.type().getitem == null) {
                throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            PyObj it = Abstract.getIter(seq);
            items = new PyObj[n];
            for (int i = 0; i < n; i++) {
                PyObj x = Abstract.next(it);
                if (x == null) {
                    throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                }
                items[i] = x;
            }
            if (Abstract.next(it) != null) {
                throw Errors.valueError("too many values to unpack (expected " + n + ")");
            }
        }
        if (items.length != n) {
            if (items.length < n) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
            }
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            r[sp++] = items[i];
        }
        return sp;
    }

    static int unpackEx(PyObj[] r, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >> 8;
        PyObj seq = r[--sp];
        if (seq.type().iter == null && seq.type().getitem == null) {
            throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        PyObj[] items = Abstract.toArray(seq);
        if (items.length < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.length + ")");
        }
        PyObj[] mid = java.util.Arrays.copyOfRange(items, before, items.length - after);
        for (int i = items.length - 1; i >= items.length - after; i--) {
            r[sp++] = items[i];
        }
        r[sp++] = new PyList(mid);
        for (int i = before - 1; i >= 0; i--) {
            r[sp++] = items[i];
        }
        return sp;
    }

    // ---- generators --------------------------------------------------------------------------------

    /** SEND: returns 1 (jump) when the receiver finished, leaving its return value on the stack. */
    static int send(Frame f, PyObj[] r, int sp) {
        PyObj value = r[sp - 1];
        PyObj recv = r[sp - 2];
        PyObj result;
        if (recv instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) recv;
            result = g.resume(value, null);
            if (result == null) {
                r[sp - 1] = null;
                r[sp - 2] = g.returnValue;
                f.sp = sp - 1;
                return 1;
            }
        } else if (value == PyNone.NONE && recv.type().next != null) {
            try {
                result = Abstract.next(recv);
            } catch (PyRaise e) {
                // An iterator's __next__ may finish by raising StopIteration(value) itself.
                if (!e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                    throw e;
                }
                PyObj v = e.exception().getExtra("value");
                r[sp - 1] = null;
                r[sp - 2] = v == null ? PyNone.NONE : v;
                f.sp = sp - 1;
                return 1;
            }
            if (result == null) {
                r[sp - 1] = null;
                r[sp - 2] = Errors.exhaustedValue(recv);
                f.sp = sp - 1;
                return 1;
            }
        } else {
            try {
                result = Abstract.callMethod(Abstract.getAttr(recv, "send"), value);
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                    PyObj v = e.exception().getExtra("value");
                    r[sp - 1] = null;
                    r[sp - 2] = v == null ? PyNone.NONE : v;
                    f.sp = sp - 1;
                    return 1;
                }
                throw e;
            }
        }
        r[sp - 1] = result;
        f.sp = sp;
        return 0;
    }

    // ---- imports and the rest ----------------------------------------------------------------------

    static PyObj importName(Frame f, String name, PyObj fromlist, PyObj level) {
        PyObj imp = f.builtins.getStr("__import__");
        if (imp == null) {
            throw Errors.importError("__import__ not found");
        }
        PyObj locals = f.locals != null ? f.locals : PyNone.NONE;
        return Abstract.call(imp, new PyObj[] {PyStr.of(name), f.globals, locals, fromlist, level}, null);
    }

    static PyObj importFrom(PyObj module, String name) {
        PyObj v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        String modName = module instanceof PyModule ? ((PyModule) module).name() : "?";
        PyObj sysModules = ImportHook.sysModules();
        if (sysModules instanceof PyDict) {
            PyObj sub = ((PyDict) sysModules).getStr(modName + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        PyObj file = module instanceof PyModule ? ((PyModule) module).dict().getStr("__file__") : null;
        String where = file instanceof PyStr ? ((PyStr) file).value() : "unknown location";
        PyObj spec = module instanceof PyModule ? ((PyModule) module).dict().getStr("__spec__") : null;
        PyObj initializing = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, "_initializing");
        PyRaise e = initializing != null && Abstract.isTrue(initializing)
                ? Errors.importError("cannot import name '" + name + "' from partially initialized module '" + modName
                        + "' (most likely due to a circular import) (" + where + ")")
                : Errors.importError("cannot import name '" + name + "' from '" + modName + "' (" + where + ")");
        e.exception().setExtra("name", PyStr.of(modName));
        return rethrow(e);
    }

    private static PyObj rethrow(PyRaise e) {
        throw e;
    }

    static void importStar(Frame f, PyObj module) {
        PyObj all = Abstract.lookupAttr(module, "__all__");
        PyDict dict = module instanceof PyModule ? ((PyModule) module).dict() : null;
        if (all != null) {
            for (PyObj n : Abstract.iterate(all)) {
                String name = Abstract.attrName(n);
                storeName(f, name, Abstract.getAttr(module, name));
            }
        } else if (dict != null) {
            for (int i = 0; i < dict.entryCount(); i++) {
                PyObj k = dict.entryKey(i);
                if (k instanceof PyStr && !((PyStr) k).value().startsWith("_")) {
                    storeName(f, ((PyStr) k).value(), dict.entryValue(i));
                }
            }
        }
    }

    static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict) {
            if (((PyDict) f.locals).getStr("__annotations__") == null) {
                ((PyDict) f.locals).setStr("__annotations__", new PyDict());
            }
        } else if (mappingGet(f.locals, "__annotations__") == null) {
            Abstract.setItem(f.locals, PyStr.of("__annotations__"), new PyDict());
        }
    }

    static void printExpr(ThreadState ts, PyObj v) {
        ImportHook.displayHook(v);
    }

    /**
     * Instructions too rare in hot code for a case of their own in the eval loop (deletions,
     * imports, exception handling, with, pattern matching, async, except*, building sets, maps,
     * strings and slices...). {@code f.sp} and {@code f.pc} are current and {@code f.lasti} is
     * this instruction; returns the new stack pointer.
     */
    static int rareOp(ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObj[] r = f.regs;
        CodeObject co = f.code;
        switch (op) {
            case MATCH_SEQUENCE:
                r[sp] = org.ember.objects.PyBool.of(isMatchSequence(r[sp - 1]));
                return sp + 1;
            case MATCH_MAPPING:
                r[sp] = org.ember.objects.PyBool.of(r[sp - 1] instanceof PyDict);
                return sp + 1;
            case MATCH_KEYS:
                r[sp] = matchKeys(r[sp - 2], r[sp - 1]);
                return sp + 1;
            case MATCH_CLASS: {
                PyObj names = r[--sp];
                PyObj cls = r[--sp];
                PyObj subject = r[--sp];
                r[sp + 1] = r[sp + 2] = null;
                r[sp] = matchClass(subject, cls, arg, (PyTuple) names);
                return sp + 1;
            }
            case CHECK_EG_MATCH: {
                PyObj type = r[--sp];
                r[sp] = null;
                checkCatchableStar(type);
                PyObj[] mr = org.ember.objects.ExceptionGroups.exceptStarMatch(r[sp - 1], type);
                if (mr[0] == PyNone.NONE) {
                    r[sp] = PyNone.NONE;
                } else {
                    r[sp - 1] = mr[1];
                    r[sp] = mr[0];
                    ts.handled = (PyBaseException) mr[0];
                }
                return sp + 1;
            }
            case PREP_RERAISE_STAR: {
                PyObj list = r[--sp];
                PyObj orig = r[sp - 1];
                r[sp] = null;
                r[sp - 1] = org.ember.objects.ExceptionGroups.prepReraiseStar(orig, list);
                return sp;
            }
            case GET_AWAITABLE:
                r[sp - 1] = Coroutines.awaitable(r[sp - 1], arg);
                return sp;
            case GET_AITER:
                r[sp - 1] = Coroutines.aiter(r[sp - 1]);
                return sp;
            case GET_ANEXT:
                r[sp] = Coroutines.anext(r[sp - 1]);
                return sp + 1;
            case BEFORE_ASYNC_WITH: {
                PyObj mgr = r[sp - 1];
                PyObj enter = Abstract.lookupSpecial(mgr, "__aenter__");
                PyObj exit = Abstract.lookupSpecial(mgr, "__aexit__");
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.type().name()
                            + "' object does not support the asynchronous context manager protocol");
                }
                if (exit == null) {
                    throw Errors.typeError("'" + mgr.type().name()
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                r[sp - 1] = exit;
                r[sp] = Abstract.call(enter, new PyObj[0], null);
                return sp + 1;
            }
            case END_ASYNC_FOR: {
                PyObj exc = r[--sp];
                r[sp] = null;
                if (exc.type().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
                    r[--sp] = null;
                    return sp;
                }
                f.sp = sp;
                throw new Interpreter.ReraiseSignal(((PyBaseException) exc).raise(), f.lasti);
            }
            case DELETE_FAST:
                if (r[arg] == null) {
                    throw Errors.unboundLocal(co.varnames[arg]);
                }
                r[arg] = null;
                return sp;
            case DELETE_NAME:
                deleteName(f, co.names[arg]);
                return sp;
            case STORE_GLOBAL:
                f.globals.setItem(co.nameObjs[arg], r[--sp]);
                r[sp] = null;
                return sp;
            case DELETE_GLOBAL:
                if (!f.globals.delItemIfPresent(org.ember.objects.PyStr.of(co.names[arg]))) {
                    throw Errors.nameError(co.names[arg]);
                }
                return sp;
            case DELETE_DEREF:
                if (((PyCell) r[arg]).value == null) {
                    throw unboundDeref(co, arg);
                }
                ((PyCell) r[arg]).value = null;
                return sp;
            case LOAD_CLASSDEREF:
                r[sp++] = loadClassDeref(f, arg);
                return sp;
            case DELETE_ATTR:
                Abstract.setAttr(r[--sp], co.names[arg], null);
                r[sp] = null;
                return sp;
            case DELETE_SUBSCR:
                Abstract.delItem(r[sp - 2], r[sp - 1]);
                sp -= 2;
                r[sp] = r[sp + 1] = null;
                return sp;
            case UNARY_POSITIVE:
                r[sp - 1] = Abstract.positive(r[sp - 1]);
                return sp;
            case UNARY_INVERT:
                r[sp - 1] = Abstract.invert(r[sp - 1]);
                return sp;
            case BUILD_SET:
                return buildSet(r, sp, arg);
            case BUILD_MAP:
                return buildMap(r, sp, arg);
            case BUILD_CONST_KEY_MAP:
                return buildConstKeyMap(r, sp, arg);
            case BUILD_STRING:
                return buildString(r, sp, arg);
            case BUILD_SLICE:
                return buildSlice(r, sp, arg);
            case LIST_TO_TUPLE:
                r[sp - 1] = PyTuple.of(((PyList) r[sp - 1]).toArray());
                return sp;
            case FORMAT_VALUE:
                return formatValue(r, sp, arg);
            case GET_YIELD_FROM_ITER:
                r[sp - 1] = r[sp - 1] instanceof PyGenerator ? r[sp - 1] : Abstract.getIter(r[sp - 1]);
                return sp;
            case POP_EXCEPT: {
                PyObj saved = r[--sp];
                r[sp] = null;
                ts.handled = saved == PyNone.NONE ? null : (PyBaseException) saved;
                return sp;
            }
            case PUSH_EXC_INFO: {
                PyObj exc = r[sp - 1];
                r[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                r[sp++] = exc;
                ts.handled = (PyBaseException) exc;
                return sp;
            }
            case CHECK_EXC_MATCH:
                r[sp - 1] = org.ember.objects.PyBool.of(exceptionMatches(r[sp - 2], r[sp - 1]));
                return sp;
            case RERAISE: {
                // The handler is looked up at the RERAISE; the traceback keeps the original position.
                int at = f.lasti;
                PyObj exc = r[--sp];
                if (arg != 0 && r[sp - arg] instanceof PyInt) {
                    f.lasti = ((PyInt) r[sp - arg]).intValueExact();
                }
                f.sp = sp;
                throw new Interpreter.ReraiseSignal(((PyBaseException) exc).raise(), at);
            }
            case RAISE_VARARGS:
                f.sp = sp;
                if (arg == 0 && ts.handled != null) {
                    throw new Interpreter.ReraiseSignal(ts.handled.raise(), f.lasti);
                }
                throw raise(ts, r, sp, arg);
            case LOAD_ASSERTION_ERROR:
                r[sp++] = org.ember.objects.ExceptionTypes.AssertionError;
                return sp;
            case BEFORE_WITH:
                return beforeWith(r, sp);
            case WITH_EXCEPT_START:
                r[sp] = withExceptStart(r, sp);
                return sp + 1;
            case UNPACK_EX:
                return unpackEx(r, sp, arg);
            case IMPORT_NAME:
                r[sp - 2] = importName(f, co.names[arg], r[sp - 1], r[sp - 2]);
                r[--sp] = null;
                return sp;
            case IMPORT_FROM:
                r[sp] = importFrom(r[sp - 1], co.names[arg]);
                return sp + 1;
            case IMPORT_STAR:
                importStar(f, r[--sp]);
                r[sp] = null;
                return sp;
            case LOAD_BUILD_CLASS:
                r[sp++] = loadBuiltin(f, "__build_class__");
                return sp;
            case SETUP_ANNOTATIONS:
                setupAnnotations(f);
                return sp;
            case PRINT_EXPR:
                printExpr(ts, r[--sp]);
                r[sp] = null;
                return sp;
            case CALL_FUNCTION_EX:
                f.sp = sp;
                return callEx(r, sp, arg);
            case GET_LEN:
                r[sp] = PyInt.of(Abstract.length(r[sp - 1]));
                return sp + 1;
            default:
                throw Errors.systemError("unsupported instruction " + Opcode.name(op) + " (not yet implemented in Ember)");
        }
    }

    private static boolean isMatchSequence(PyObj o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof org.ember.objects.PyRange;
    }

    /** MATCH_KEYS: the values of {@code keys} in a mapping subject (via its get), or None if any is missing. */
    private static PyObj matchKeys(PyObj subject, PyObj keys) {
        PyObj[] ks = ((PyTuple) keys).items();
        if (ks.length == 0) {
            return PyTuple.EMPTY;
        }
        PyObj get = Abstract.getAttr(subject, "get");
        PyObj dummy = new PyList();
        PyObj[] values = new PyObj[ks.length];
        for (int i = 0; i < ks.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Abstract.richCompareBool(ks[i], ks[j], CompareOp.EQ)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(ks[i]).value() + ")");
                }
            }
            PyObj v = Abstract.call(get, new PyObj[] {ks[i], dummy}, null);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    private static final java.util.Set<String> SELF_MATCHING = java.util.Set.of("bool", "bytearray", "bytes", "dict",
            "float", "frozenset", "int", "list", "set", "str", "tuple");

    /** MATCH_CLASS: the attributes matched by {@code cls(p1, ..., kw=...)}, or None when it does not match. */
    private static PyObj matchClass(PyObj subject, PyObj cls, int npos, PyTuple kwNames) {
        if (!(cls instanceof PyType)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!Abstract.isInstance(subject, cls)) {
            return PyNone.NONE;
        }
        PyType type = (PyType) cls;
        java.util.List<PyObj> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (npos > 0) {
            PyObj matchArgs = Abstract.lookupAttr(cls, "__match_args__");
            if (matchArgs == null) {
                boolean selfMatch = false;
                for (PyType t : type.mro()) {
                    if (t.isBuiltin() && SELF_MATCHING.contains(t.name())) {
                        selfMatch = true;
                        break;
                    }
                }
                if (selfMatch) {
                    if (npos > 1) {
                        throw Errors.typeError(type.name() + "() accepts 1 positional sub-pattern (" + npos + " given)");
                    }
                    out.add(subject);
                } else {
                    throw Errors.typeError(type.name() + "() accepts 0 positional sub-patterns (" + npos + " given)");
                }
            } else {
                if (!(matchArgs instanceof PyTuple)) {
                    throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got " + matchArgs.type().name() + ")");
                }
                PyObj[] names = ((PyTuple) matchArgs).items();
                if (npos > names.length) {
                    throw Errors.typeError(type.name() + "() accepts " + names.length + " positional sub-pattern"
                            + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(names[i] instanceof PyStr)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + names[i].type().name() + ")");
                    }
                    String n = ((PyStr) names[i]).value();
                    seen.add(n);
                    PyObj v = Abstract.lookupAttr(subject, n);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    out.add(v);
                }
            }
        }
        for (PyObj k : kwNames.items()) {
            String n = ((PyStr) k).value();
            if (!seen.add(n)) {
                throw Errors.typeError(type.name() + "() got multiple sub-patterns for attribute '" + n + "'");
            }
            PyObj v = Abstract.lookupAttr(subject, n);
            if (v == null) {
                return PyNone.NONE;
            }
            out.add(v);
        }
        return PyTuple.ofList(out);
    }
}
