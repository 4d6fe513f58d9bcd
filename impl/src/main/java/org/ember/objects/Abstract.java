package org.ember.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The abstract object operations ({@code PyObject_GetAttr}, {@code PyNumber_Add},
 * {@code PyObject_RichCompare}, ...): the one home for the semantics that the interpreter, the
 * builtins, the host API and (later) compiled code all share, so they can never disagree. Named
 * after the CPython C API they mirror.
 */
public final class Abstract {
    private Abstract() {}

    // ---- text --------------------------------------------------------------------------------------

    /** {@code repr(o)}. */
    public static PyStr repr(PyObj o) {
        SlotFns.Fn1 f = o.type().repr;
        PyObj r = f.apply(o);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
        }
        return (PyStr) r;
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObj o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        SlotFns.Fn1 f = o.type().str;
        PyObj r = f != null ? f.apply(o) : repr(o);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
        }
        return (PyStr) r;
    }

    /** A str argument, or TypeError {@code "<what> must be str, not int"}. */
    public static PyStr strArg(PyObj o, String what) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError(what + " must be str, not " + o.type().name());
        }
        return (PyStr) o;
    }

    /** {@code format(o, spec)}. */
    public static PyStr format(PyObj o, String spec) {
        if (spec.isEmpty() && o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        PyObj meth = lookupSpecial(o, "__format__");
        if (meth == null) {
            throw Errors.typeError("Type " + o.type().name() + " doesn't define __format__");
        }
        PyObj r = call(meth, new PyObj[] {PyStr.of(spec)}, null);
        if (!(r instanceof PyStr)) {
            throw Errors.typeError("__format__ must return a str, not " + r.type().name());
        }
        return (PyStr) r;
    }

    private static final ThreadLocal<IdentityHashMap<PyObj, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Guards recursive reprs: false when {@code o} is already being repr'd on this thread ({@code [...]}). */
    public static boolean reprEnter(PyObj o) {
        return REPR_STACK.get().put(o, Boolean.TRUE) == null;
    }

    public static void reprLeave(PyObj o) {
        REPR_STACK.get().remove(o);
    }

    // ---- hashing and truth -------------------------------------------------------------------------

    /** {@code hash(o)}. */
    public static long hash(PyObj o) {
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).pyHash();
        }
        SlotFns.HashFn f = o.type().hash;
        if (f == null) {
            throw Errors.typeError("unhashable type: '" + o.type().name() + "'");
        }
        return f.hash(o);
    }

    /** {@code bool(o)}. */
    public static boolean isTrue(PyObj o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.bool != null) {
            return t.bool.test(o);
        }
        if (t.len != null) {
            return t.len.len(o) != 0;
        }
        return true;
    }

    // ---- attributes --------------------------------------------------------------------------------

    /** {@code getattr(o, name)}. */
    public static PyObj getAttr(PyObj o, String name) {
        return o.type().getattro.get(o, name);
    }

    /** {@code getattr(o, name, None)} without the cost of an exception on a plain miss: null when absent. */
    public static PyObj lookupAttr(PyObj o, String name) {
        SlotFns.GetAttrFn f = o.type().getattro;
        try {
            if (f == PyBaseObject.TYPE.getattro) {
                // No exception for a plain miss; a descriptor may still raise AttributeError.
                return PyBaseObject.genericGetAttrOrNull(o, name);
            }
            return f.get(o, name);
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code setattr(o, name, v)}; v null deletes. */
    public static void setAttr(PyObj o, String name, PyObj v) {
        SlotFns.SetAttrFn f = o.type().setattro;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object has no attributes");
        }
        f.set(o, name, v);
    }

    /** An attribute name argument, as a Java string. */
    public static String attrName(PyObj o) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return ((PyStr) o).value();
    }

    /** The special method {@code name} looked up on the type and bound to {@code o}, or null. */
    public static PyObj lookupSpecial(PyObj o, String name) {
        PyObj f = o.type().lookup(name);
        if (f == null) {
            return null;
        }
        return bindDescriptor(f, o, o.type());
    }

    /** {@code f.__get__(inst, owner)} when f is a descriptor, else f. */
    public static PyObj bindDescriptor(PyObj f, PyObj inst, PyType owner) {
        SlotFns.Fn3 get = f.type().descrGet;
        return get == null ? f : get.apply(f, inst, owner);
    }

    // ---- calls -------------------------------------------------------------------------------------

    /** {@code f(*args)} in the vectorcall convention: trailing {@code kwnames.length} args are keywords. */
    public static PyObj call(PyObj f, PyObj[] args, String[] kwnames) {
        SlotFns.CallFn c = f.type().call;
        if (c == null) {
            throw Errors.notCallable(f);
        }
        return c.call(f, args, kwnames);
    }

    /** Calls a method found on a type with an explicit self (binding only when it is not a plain function). */
    public static PyObj callMethod(PyObj f, PyObj self, PyObj... args) {
        return callMethodArgs(f, self, args, null);
    }

    public static PyObj callMethodArgs(PyObj f, PyObj self, PyObj[] args, String[] kw) {
        if (f instanceof PyMethodDescr) {
            return ((PyMethodDescr) f).callOn(self, args, kw);
        }
        if (f.type().isMethodDescriptorType()) {
            PyObj[] all = new PyObj[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(f, all, kw);
        }
        return call(bindDescriptor(f, self, self.type()), args, kw);
    }

    // ---- items and sequences -----------------------------------------------------------------------

    public static PyObj getItem(PyObj o, PyObj key) {
        SlotFns.Fn2 f = o.type().getitem;
        if (f != null) {
            return f.apply(o, key);
        }
        if (o instanceof PyType) {
            if (o == TypeType.TYPE) {
                return new PyGenericAlias(o, key);
            }
            PyObj cgi = getAttrOrNullOnType((PyType) o, "__class_getitem__");
            if (cgi != null) {
                return call(cgi, new PyObj[] {key}, null);
            }
            throw Errors.typeError("type '" + ((PyType) o).name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + o.type().name() + "' object is not subscriptable");
    }

    private static PyObj getAttrOrNullOnType(PyType t, String name) {
        return TypeType.typeGetAttrOrNull(t, name);
    }

    public static void setItem(PyObj o, PyObj key, PyObj value) {
        SlotFns.Fn3 f = o.type().setitem;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object does not support item assignment");
        }
        f.apply(o, key, value);
    }

    public static void delItem(PyObj o, PyObj key) {
        SlotFns.Fn3 f = o.type().setitem;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object doesn't support item deletion");
        }
        f.apply(o, key, null);
    }

    /** {@code len(o)}. */
    public static long length(PyObj o) {
        SlotFns.LenFn f = o.type().len;
        if (f == null) {
            throw Errors.typeError("object of type '" + o.type().name() + "' has no len()");
        }
        return f.len(o);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObj container, PyObj item) {
        SlotFns.ContainsFn f = container.type().contains;
        if (f != null) {
            return f.contains(container, item);
        }
        PyType t = container.type();
        if (t.iter == null && t.getitem == null) {
            throw Errors.typeError("argument of type '" + t.name() + "' is not iterable");
        }
        PyObj it = getIter(container);
        PyObj x;
        while ((x = next(it)) != null) {
            if (x == item || richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration ---------------------------------------------------------------------------------

    /** {@code iter(o)}. */
    public static PyObj getIter(PyObj o) {
        PyType t = o.type();
        SlotFns.Fn1 f = t.iter;
        if (f != null) {
            PyObj it = f.apply(o);
            if (it.type().next == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (t.getitem != null && !(o instanceof PyDict)) {
            return new PySeqIter.GetItemIter(o);
        }
        throw Errors.notIterable(o);
    }

    /** The next item of an iterator, or null when exhausted (never StopIteration). */
    public static PyObj next(PyObj it) {
        SlotFns.NextFn f = it.type().next;
        if (f == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        return f.next(it);
    }

    /** Iterates any iterable from Java. */
    public static Iterable<PyObj> iterate(PyObj iterable) {
        PyObj it = getIter(iterable);
        return () -> new Iterator<PyObj>() {
            private PyObj nextItem;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    nextItem = Abstract.next(it);
                    fetched = true;
                }
                return nextItem != null;
            }

            @Override
            public PyObj next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return nextItem;
            }
        };
    }

    /** The items of any iterable as a fresh array. */
    public static PyObj[] toArray(PyObj iterable) {
        if (iterable instanceof PyTuple) {
            return ((PyTuple) iterable).items().clone();
        }
        if (iterable instanceof PyList) {
            return ((PyList) iterable).toArray();
        }
        List<PyObj> out = new ArrayList<>();
        PyObj it = getIter(iterable);
        PyObj x;
        while ((x = next(it)) != null) {
            out.add(x);
        }
        return out.toArray(new PyObj[0]);
    }

    // ---- numbers -----------------------------------------------------------------------------------

    /** {@code operator.index(o)}. */
    public static PyInt index(PyObj o) {
        if (o instanceof PyInt) {
            return o.getClass() == PyInt.class ? (PyInt) o : IntType.exact(o);
        }
        SlotFns.Fn1 f = o.type().index;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObj r = f.apply(o);
        if (!(r instanceof PyInt)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return (PyInt) r;
    }

    /** The float value of a number (for the host API and math functions). */
    public static double toDouble(PyObj o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).doubleValue();
        }
        SlotFns.Fn1 f = o.type().float_;
        if (f != null) {
            PyObj r = f.apply(o);
            if (!(r instanceof PyFloat)) {
                throw Errors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return ((PyFloat) r).value;
        }
        if (o.type().index != null) {
            return index(o).doubleValue();
        }
        throw Errors.typeError("must be real number, not " + o.type().name());
    }

    /** {@code float(o)}'s conversion. */
    public static double toDoubleConstructor(PyObj o) {
        if (o instanceof PyStr) {
            return Formatting.parseFloat(((PyStr) o).value());
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type().float_ != null || o.type().index != null) {
            return toDouble(o);
        }
        if (BytesMethods.buffer(o) != null) {
            return BytesMethods.parseFloat(o);
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + o.type().name() + "'");
    }

    /** {@code int(o)}'s conversion (no base). */
    public static PyInt toIntConstructor(PyObj o) {
        if (o instanceof PyInt) {
            return IntType.exact(o);
        }
        PyType t = o.type();
        if (t.int_ != null) {
            PyObj r = t.int_.apply(o);
            if (!(r instanceof PyInt)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
            }
            return IntType.exact(r);
        }
        if (t.index != null) {
            return index(o);
        }
        PyObj trunc = lookupSpecial(o, "__trunc__");
        if (trunc != null) {
            PyObj r = call(trunc, new PyObj[0], null);
            if (!(r instanceof PyInt)) {
                return index(r);
            }
            return IntType.exact(r);
        }
        if (o instanceof PyStr) {
            return Formatting.parseInt(((PyStr) o).value(), 10, o);
        }
        if (BytesMethods.buffer(o) != null) {
            return BytesMethods.parseInt(o, 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name() + "'");
    }

    /** {@code a op b} for a binary operator, with CPython's reflected-operand rules. */
    public static PyObj binaryOp(PyObj a, PyObj b, BinOp op) {
        PyObj r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryOpError(a, b, op.symbol);
    }

    private static PyRaise binaryOpError(PyObj a, PyObj b, String symbol) {
        if (symbol.equals("**") || symbol.equals("**=")) {
            return Errors.typeError("unsupported operand type(s) for " + (symbol.equals("**") ? "** or pow()" : symbol) + ": '"
                    + a.type().name() + "' and '" + b.type().name() + "'");
        }
        if ((symbol.equals(">>") && a instanceof PyBuiltinFunction && ((PyBuiltinFunction) a).name().equals("print"))) {
            return Errors.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '"
                    + b.type().name() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return Errors.unsupportedOperands(symbol, a, b);
    }

    /**
     * The rest of {@code a op b} after {@code type(a)}'s forward method returned NotImplemented,
     * when {@code type(b)} does not take precedence over it (not a subclass overriding the
     * reflected method): {@code type(b)}'s reflected method, else TypeError.
     */
    public static PyObj binaryOpReflected(PyObj a, PyObj b, BinOp op) {
        int i = op.ordinal();
        PyType ta = a.type();
        PyType tb = b.type();
        SlotFns.Fn2 fb = ta != tb ? tb.nbr[i] : null;
        if (fb != null) {
            PyObj r = fb.apply(b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw binaryOpError(a, b, op.symbol);
    }

    static PyObj binaryOp1(PyObj a, PyObj b, int i) {
        PyType ta = a.type();
        PyType tb = b.type();
        SlotFns.Fn2 fa = ta.nb[i];
        SlotFns.Fn2 fb = ta != tb ? tb.nbr[i] : null;
        if (fb != null && fa != null && tb.isSubtypeOf(ta) && fb != ta.nbr[i]) {
            PyObj r = fb.apply(b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            PyObj r = fa.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            return fb.apply(b, a);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code a op= b}: {@code __iop__} first, then the binary operator. */
    public static PyObj inplaceOp(PyObj a, PyObj b, BinOp op) {
        SlotFns.Fn2 fi = a.type().nbi[op.ordinal()];
        if (fi != null) {
            PyObj r = fi.apply(a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObj r = binaryOp1(a, b, op.ordinal());
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryOpError(a, b, op.symbol + "=");
    }

    /** Three-argument {@code pow(a, b, m)}. */
    public static PyObj pow3(PyObj a, PyObj b, PyObj m) {
        if (a instanceof PyInt && b instanceof PyInt && m instanceof PyInt) {
            return PyInt.pow3((PyInt) a, (PyInt) b, (PyInt) m);
        }
        PyObj f = a.type().lookup("__pow__");
        if (f != null && !(f instanceof PySlotWrapper)) {
            PyObj r = callMethod(f, a, b, m);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PyFloat || b instanceof PyFloat || m instanceof PyFloat) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type().name() + "', '"
                + b.type().name() + "', '" + m.type().name() + "'");
    }

    public static PyObj negative(PyObj o) {
        return unary(o, o.type().neg, "-");
    }

    public static PyObj positive(PyObj o) {
        return unary(o, o.type().pos, "+");
    }

    public static PyObj invert(PyObj o) {
        return unary(o, o.type().invert, "~");
    }

    public static PyObj absolute(PyObj o) {
        SlotFns.Fn1 f = o.type().abs;
        if (f == null) {
            throw Errors.typeError("bad operand type for abs(): '" + o.type().name() + "'");
        }
        return f.apply(o);
    }

    private static PyObj unary(PyObj o, SlotFns.Fn1 f, String sym) {
        if (f == null) {
            throw Errors.typeError("bad operand type for unary " + sym + ": '" + o.type().name() + "'");
        }
        return f.apply(o);
    }

    // ---- comparison --------------------------------------------------------------------------------

    /** {@code a op b} for a rich comparison, with reflection and the identity fallback for ==/!=. */
    public static PyObj richCompare(PyObj a, PyObj b, CompareOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.richcmp != null) {
            checkedReverse = true;
            PyObj r = tb.richcmp.compare(b, a, op.reflected());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (ta.richcmp != null) {
            PyObj r = ta.richcmp.compare(a, b, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && tb.richcmp != null) {
            PyObj r = tb.richcmp.compare(b, a, op.reflected());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name() + "' and '"
                        + tb.name() + "'");
        }
    }

    /** {@code bool(a op b)}, with the identity shortcut CPython uses for == and != in containers. */
    public static boolean richCompareBool(PyObj a, PyObj b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        PyObj r = richCompare(a, b, op);
        if (r == PyBool.TRUE) {
            return true;
        }
        if (r == PyBool.FALSE) {
            return false;
        }
        return isTrue(r);
    }

    // ---- types -------------------------------------------------------------------------------------

    /** {@code isinstance(o, cls)} with tuples and {@code __instancecheck__}. */
    public static boolean isInstance(PyObj o, PyObj cls) {
        if (o.type() == cls) {
            return true;
        }
        if (cls instanceof PyTuple) {
            for (PyObj c : ((PyTuple) cls).items()) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && cls.type() == TypeType.TYPE) {
            if (o.type().isSubtypeOf((PyType) cls)) {
                return true;
            }
            // An object may claim another class through __class__ (proxies, mocks), as in CPython.
            if (o.type().lookup("__class__") == ObjectClassAttr.DESCRIPTOR) {
                return false;
            }
            PyObj claimed = lookupAttr(o, "__class__");
            return claimed != o.type() && claimed instanceof PyType && ((PyType) claimed).isSubtypeOf((PyType) cls);
        }
        PyObj check = lookupSpecial(cls, "__instancecheck__");
        if (check != null) {
            return isTrue(call(check, new PyObj[] {o}, null));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code object.__class__}, looked up once (a holder: object's type must be initialized first). */
    private static final class ObjectClassAttr {
        static final PyObj DESCRIPTOR = PyBaseObject.TYPE.lookup("__class__");
    }

    /** {@code issubclass(sub, cls)}. */
    public static boolean isSubclass(PyObj sub, PyObj cls) {
        if (cls instanceof PyTuple) {
            for (PyObj c : ((PyTuple) cls).items()) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType && cls.type() == TypeType.TYPE) {
            if (!(sub instanceof PyType)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return ((PyType) sub).isSubtypeOf((PyType) cls);
        }
        PyObj check = lookupSpecial(cls, "__subclasscheck__");
        if (check != null) {
            return isTrue(call(check, new PyObj[] {sub}, null));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** {@code object.__dir__}: instance attributes plus everything on the class and its bases, sorted. */
    public static PyObj defaultDir(PyObj o) {
        TreeSet<String> names = new TreeSet<>(StrMethods::compare);
        InstanceAttrs attrs = o.type().instancesHaveDict ? o.attrs() : null;
        if (attrs != null) {
            PyDict d = attrs.asDict();
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj k = d.entryKey(i);
                if (k instanceof PyStr) {
                    names.add(((PyStr) k).value());
                }
            }
        }
        PyType[] mro = o instanceof PyType ? ((PyType) o).mro() : o.type().mro();
        for (PyType t : mro) {
            names.addAll(t.dict().keySet());
        }
        if (o instanceof PyModule) {
            names.clear();
            PyDict d = ((PyModule) o).dict();
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj k = d.entryKey(i);
                if (k instanceof PyStr) {
                    names.add(((PyStr) k).value());
                }
            }
        }
        List<PyObj> out = new ArrayList<>();
        for (String n : names) {
            out.add(PyStr.of(n));
        }
        return PyList.ofList(out);
    }

    /** {@code str(b, encoding, errors)}: decodes any bytes-like object. */
    public static PyObj decode(PyObj obj, PyObj encoding, PyObj errors) {
        if (obj instanceof PyStr) {
            throw Errors.typeError("decoding str is not supported");
        }
        byte[] b = BytesMethods.buffer(obj);
        if (b == null) {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + obj.type().name() + " found");
        }
        String enc = encoding == null ? "utf-8" : strArg(encoding, "str() argument 'encoding'").value();
        String err = errors == null ? "strict" : strArg(errors, "str() argument 'errors'").value();
        return PyStr.of(BytesCodec.decode(b, enc, err));
    }
}
