package org.ember.objects;

import java.util.Arrays;
import org.ember.objects.SlotFns.Fn1;

/**
 * {@code memoryview} over a {@code bytes} or {@code bytearray}: a one-dimensional view with a
 * start, a step and a length, in one of the one-byte formats {@code B}, {@code b} or {@code c}.
 * A view over a bytearray writes through to it. Every access reads the exporter's current
 * storage, so a view stays valid if the bytearray is resized (CPython forbids the resize instead,
 * see {@link PyByteArray}). Compare CPython {@code Objects/memoryobject.c}.
 */
public final class PyMemoryView extends PyObj {
    public static final PyType TYPE = PyType.builtin("memoryview", PyBaseObject.TYPE, null).finalType();

    /** The exporting bytes or bytearray. */
    private final PyObj obj;
    private final int start;
    private final int step;
    private final int length;
    private final char format;
    /** The format as given to {@code cast} (e.g. {@code "@B"}), for the {@code format} attribute. */
    private final String formatText;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObj obj, int start, int step, int length, String formatText, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.formatText = formatText;
        this.format = formatText.charAt(formatText.length() - 1);
        this.readonly = readonly;
    }

    /** {@code memoryview(o)}. */
    public static PyMemoryView of(PyObj o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView m = ((PyMemoryView) o).live();
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.formatText, m.readonly);
        }
        if (o instanceof PyBytes) {
            return new PyMemoryView(o, 0, 1, ((PyBytes) o).value.length, "B", true);
        }
        if (o instanceof PyByteArray) {
            return new PyMemoryView(o, 0, 1, ((PyByteArray) o).size, "B", false);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** This view, or ValueError when released. */
    private PyMemoryView live() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    private byte[] storage() {
        return obj instanceof PyBytes ? ((PyBytes) obj).value : ((PyByteArray) obj).buf;
    }

    /** The storage offset of item {@code i}, checked against the exporter's current size. */
    private int address(int i) {
        int a = start + i * step;
        int limit = obj instanceof PyBytes ? ((PyBytes) obj).value.length : ((PyByteArray) obj).size;
        if (a < 0 || a >= limit) {
            throw Errors.indexError("memoryview: underlying buffer was resized");
        }
        return a;
    }

    /** The viewed bytes, copied ({@code tobytes()}). */
    public byte[] toBytes() {
        live();
        byte[] s = storage();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = s[address(i)];
        }
        return out;
    }

    private PyObj item(int i) {
        int b = storage()[address(i)];
        switch (format) {
            case 'b': return PyInt.of(b);
            case 'c': return new PyBytes(new byte[] {(byte) b});
            default: return PyInt.of(b & 0xFF);
        }
    }

    private PyObj[] items() {
        PyObj[] r = new PyObj[length];
        for (int i = 0; i < length; i++) {
            r[i] = item(i);
        }
        return r;
    }

    private byte packItem(PyObj v) {
        if (format == 'c') {
            if (!(v instanceof PyBytes) || ((PyBytes) v).value.length != 1) {
                throw Errors.typeError("memoryview: invalid type for format 'c'");
            }
            return ((PyBytes) v).value[0];
        }
        if (!(v instanceof PyInt) && v.type().index == null) {
            throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        PyInt n = Abstract.index(v);
        long lo = format == 'b' ? -128 : 0;
        long hi = format == 'b' ? 127 : 255;
        if (!n.fitsLong() || n.longValue() < lo || n.longValue() > hi) {
            throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
        }
        return (byte) n.longValue();
    }

    private int checkIndex(PyObj key) {
        PyInt k = Abstract.index(key);
        long i = k.fitsLong() ? k.longValue() : Long.MAX_VALUE;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private static boolean isIndex(PyObj key) {
        return key instanceof PyInt || key.type().index != null;
    }

    /**
     * The index in an item key: an int, or a tuple of one int (the multi-dimensional form of a
     * one-dimensional view), with CPython's errors for other tuples and keys.
     */
    private static PyObj indexKey(PyObj key, boolean assigning) {
        if (isIndex(key)) {
            return key;
        }
        if (key instanceof PyTuple) {
            PyObj[] items = ((PyTuple) key).items();
            boolean allIndex = true;
            boolean allIndexOrSlice = true;
            for (PyObj k : items) {
                allIndex &= isIndex(k);
                allIndexOrSlice &= isIndex(k) || k instanceof PySlice;
            }
            if (allIndex) {
                if (items.length == 0) {
                    throw Errors.notImplementedError("sub-views are not implemented");
                }
                if (items.length > 1) {
                    throw Errors.typeError("cannot index 1-dimension view with " + items.length + "-element tuple");
                }
                return items[0];
            }
            if (allIndexOrSlice) {
                throw Errors.notImplementedError(assigning ? "memoryview slice assignments are currently restricted to ndim = 1"
                        : "multi-dimensional slicing is not implemented");
            }
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    private PyMemoryView sliced(PySlice s) {
        long[] r = s.indices(length);
        return new PyMemoryView(obj, start + (int) r[0] * step, step * (int) r[2], (int) r[3], formatText, readonly);
    }

    private static PyMemoryView mv(PyObj o) {
        return ((PyMemoryView) o).live();
    }

    private static final ArgParser NEW = new ArgParser("memoryview", 0, 1, 1, "object");
    private static final ArgParser HEX = new ArgParser("hex", 0, 2, 0, "sep", "bytes_per_sep");
    private static final ArgParser TOBYTES = new ArgParser("tobytes", 0, 1, 0, "order");
    private static final ArgParser CAST = new ArgParser("cast", 0, 2, 1, "format", "shape");

    private interface Getter {
        PyObj get(PyMemoryView m);
    }

    private static PyGetSet getter(String name, Getter f) {
        return new PyGetSet(name, self -> f.get(mv(self)), null);
    }

    static {
        SlotFns.CallFn nw = (cls, args, kw) -> of(NEW.parse(args, kw)[0]);
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.slot(Slot.LEN, (SlotFns.LenFn) self -> mv(self).length)
                .slot(Slot.REPR, (Fn1) self -> PyStr.of("<" + (((PyMemoryView) self).released ? "released " : "")
                        + "memory at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">"))
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    PyMemoryView m = mv(self);
                    if (key instanceof PySlice) {
                        return m.sliced((PySlice) key);
                    }
                    return m.item(m.checkIndex(indexKey(key, false)));
                })
                .slot(Slot.SETITEM, (SlotFns.Fn3) (self, key, value) -> {
                    PyMemoryView m = mv(self);
                    if (m.readonly) {
                        throw Errors.typeError("cannot modify read-only memory");
                    }
                    if (value == null) {
                        throw Errors.typeError("cannot delete memory");
                    }
                    if (key instanceof PySlice) {
                        PyMemoryView dst = m.sliced((PySlice) key);
                        byte[] src = BytesMethods.bufferArg(value);
                        if (src.length != dst.length) {
                            throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                        }
                        byte[] s = m.storage();
                        for (int i = 0; i < src.length; i++) {
                            s[dst.address(i)] = src[i];
                        }
                        return PyNone.NONE;
                    }
                    int i = m.checkIndex(indexKey(key, true));
                    byte b = m.packItem(value);
                    m.storage()[m.address(i)] = b;
                    return PyNone.NONE;
                })
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (op != CompareOp.EQ && op != CompareOp.NE) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    boolean eq = equal((PyMemoryView) a, b);
                    if (eq == false && b != a && !(b instanceof PyMemoryView) && BytesMethods.buffer(b) == null
                            && !((PyMemoryView) a).released) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                })
                .slot(Slot.HASH, (SlotFns.HashFn) self -> {
                    PyMemoryView m = mv(self);
                    if (!m.readonly) {
                        throw Errors.valueError("cannot hash writable memoryview object");
                    }
                    if (!(m.obj instanceof PyBytes)) {
                        Abstract.hash(m.obj); // a read-only view of a bytearray is as unhashable as the bytearray
                    }
                    return BytesMethods.hash(m.toBytes());
                })
                .slot(Slot.ITER, (Fn1) self -> new MemIter(mv(self)));
        TYPE.attr("obj", getter("obj", m -> m.obj));
        TYPE.attr("nbytes", getter("nbytes", m -> PyInt.of(m.length)));
        TYPE.attr("readonly", getter("readonly", m -> PyBool.of(m.readonly)));
        TYPE.attr("itemsize", getter("itemsize", m -> PyInt.of(1)));
        TYPE.attr("format", getter("format", m -> PyStr.of(m.formatText)));
        TYPE.attr("ndim", getter("ndim", m -> PyInt.of(1)));
        TYPE.attr("shape", getter("shape", m -> PyTuple.of(PyInt.of(m.length))));
        TYPE.attr("strides", getter("strides", m -> PyTuple.of(PyInt.of(m.step))));
        TYPE.attr("suboffsets", getter("suboffsets", m -> PyTuple.EMPTY));
        TYPE.attr("contiguous", getter("contiguous", m -> PyBool.of(m.isContiguous())));
        TYPE.attr("c_contiguous", getter("c_contiguous", m -> PyBool.of(m.isContiguous())));
        TYPE.attr("f_contiguous", getter("f_contiguous", m -> PyBool.of(m.isContiguous())));
        // memoryview.tobytes(self, /, order='C')
        TYPE.method(PyMethodDescr.ofKw(TYPE, "tobytes", (self, args, kw) -> {
            PyObj order = TOBYTES.parse(args, kw)[0];
            if (order != null && order != PyNone.NONE) {
                String o = Abstract.strArg(order, "tobytes() argument 'order'").value();
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PyBytes(mv(self).toBytes());
        }));
        // memoryview.tolist(self, /)
        TYPE.method(PyMethodDescr.of0(TYPE, "tolist", self -> PyList.of(mv(self).items())));
        // memoryview.hex(self, /, sep=<unrepresentable>, bytes_per_sep=1)
        TYPE.method(PyMethodDescr.ofKw(TYPE, "hex", (self, args, kw) -> {
            PyObj[] p = HEX.parse(args, kw);
            return PyStr.of(BytesMethods.hex(mv(self).toBytes(), p[0], p[1]));
        }));
        // memoryview.release(self, /)
        TYPE.method(PyMethodDescr.of0(TYPE, "release", self -> {
            ((PyMemoryView) self).released = true;
            return PyNone.NONE;
        }));
        // memoryview.toreadonly(self, /)
        TYPE.method(PyMethodDescr.of0(TYPE, "toreadonly", self -> {
            PyMemoryView m = mv(self);
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.formatText, true);
        }));
        // memoryview.__enter__(self, /) and __exit__(self, *args)
        TYPE.method(PyMethodDescr.of0(TYPE, "__enter__", self -> mv(self)));
        TYPE.method(PyMethodDescr.ofKw(TYPE, "__exit__", (self, args, kw) -> {
            ((PyMemoryView) self).released = true;
            return PyNone.NONE;
        }));
        // memoryview.cast(self, /, format, shape=<unrepresentable>)
        TYPE.method(PyMethodDescr.ofKw(TYPE, "cast", (self, args, kw) -> {
            PyObj[] p = CAST.parse(args, kw);
            PyMemoryView m = mv(self);
            String f = Abstract.strArg(p[0], "cast() argument 'format'").value();
            String bare = f.startsWith("@") ? f.substring(1) : f;
            if (!m.isContiguous()) {
                throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            if (bare.length() != 1 || "cbB?hHiIlLqQnNfdeP".indexOf(bare.charAt(0)) < 0) {
                throw Errors.valueError("memoryview: destination format must be a native single character format"
                        + " prefixed with an optional '@'");
            }
            char c = bare.charAt(0);
            if (c != 'B' && c != 'b' && c != 'c') {
                throw Errors.notImplementedError("memoryview: cast to format '" + f + "' is not supported by Ember");
            }
            if (p[1] != null) {
                PyObj[] shape = Abstract.toArray(p[1]);
                if (m.length == 0) {
                    throw Errors.typeError("memoryview: cannot cast view with zeros in shape or strides");
                }
                if (shape.length != 1) {
                    throw Errors.notImplementedError("memoryview: multi-dimensional casts are not supported by Ember");
                }
                if (Abstract.index(shape[0]).longValueExact() != m.length) {
                    throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
                }
            }
            return new PyMemoryView(m.obj, m.start, 1, m.length, f, m.readonly);
        }));
    }

    static final PyType MEM_ITER = PySeqIter.iterType("memory_iterator", self -> ((MemIter) self).nextItem());

    /** Iterates the items of a view, reading the storage at each step. */
    static final class MemIter extends PyObj {
        private final PyMemoryView view;
        private int i;

        MemIter(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() {
            return MEM_ITER;
        }

        PyObj nextItem() {
            return i < view.live().length ? view.item(i++) : null;
        }
    }

    private boolean isContiguous() {
        return step == 1 || length == 1;
    }

    /** {@code a == b}: same items (unpacked per format) when b is bytes-like; a released view equals only itself. */
    private static boolean equal(PyMemoryView a, PyObj b) {
        if (a == b) {
            return true;
        }
        if (a.released || (b instanceof PyMemoryView && ((PyMemoryView) b).released)) {
            return false;
        }
        if (b instanceof PyMemoryView) {
            PyMemoryView m = (PyMemoryView) b;
            if (m.format == a.format) {
                return Arrays.equals(a.toBytes(), m.toBytes());
            }
            return Abstract.richCompareBool(PyList.of(a.items()), PyList.of(m.items()), CompareOp.EQ);
        }
        byte[] other = BytesMethods.buffer(b);
        if (other == null) {
            return false;
        }
        if (a.format == 'B') {
            return Arrays.equals(a.toBytes(), other);
        }
        return Abstract.richCompareBool(PyList.of(a.items()), PyList.of(of(b).items()), CompareOp.EQ);
    }
}
