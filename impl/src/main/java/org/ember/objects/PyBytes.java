package org.ember.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ember.objects.format.StrRepr;

/**
 * {@code bytes}: an immutable byte string. Its methods are shared with {@code bytearray} and live
 * in {@link BytesMethods}; this class holds the value, the hash, indexing and the constructor.
 */
public class PyBytes extends PyObj {
    public static final PyType TYPE = PyType.builtin("bytes", PyBaseObject.TYPE, null);

    final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    public static PyBytes of(byte[] b) {
        return new PyBytes(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes; callers must not modify the array. */
    public final byte[] value() {
        return value;
    }

    /** Decodes with {@code encoding} and strict errors. */
    public final String decode(String encoding) {
        return BytesCodec.decode(value, encoding, "strict");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes && Arrays.equals(value, ((PyBytes) o).value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** {@code repr(b)}: {@code b'...'} with CPython's quoting and escapes. */
    public static String repr(byte[] v) {
        return StrRepr.bytesRepr(v);
    }

    private static final ArgParser NEW = new ArgParser("bytes", 0, 3, 0, "source", "encoding", "errors");

    static {
        BytesMethods.define(TYPE);
        TYPE.slot(Slot.HASH, (SlotFns.HashFn) self -> BytesMethods.hash(((PyBytes) self).value))
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    byte[] v = ((PyBytes) self).value;
                    if (key instanceof PySlice) {
                        return new PyBytes(slice(v, v.length, (PySlice) key));
                    }
                    long i = SeqMethods.index(key, "byte");
                    if (i < 0) {
                        i += v.length;
                    }
                    if (i < 0 || i >= v.length) {
                        throw Errors.indexError("index out of range");
                    }
                    return PyInt.of(v[(int) i] & 0xFF);
                });
        // bytes.__getnewargs__(self, /)
        TYPE.method(PyMethodDescr.of0(TYPE, "__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).value))));
        // bytes.__bytes__(self, /)
        TYPE.method(PyMethodDescr.of0(TYPE, "__bytes__", self -> self.getClass() == PyBytes.class ? self
                : new PyBytes(((PyBytes) self).value)));
        // bytes(source=b'', encoding=..., errors=...)
        SlotFns.CallFn nw = (cls, args, kw) -> {
            byte[] b = construct("bytes", NEW.parse(args, kw), true);
            return cls == TYPE ? new PyBytes(b) : new Derived((PyType) cls, b);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
    }

    /** {@code v[slice]} for the first {@code size} bytes of {@code v}. */
    static byte[] slice(byte[] v, int size, PySlice s) {
        long[] r = s.indices(size);
        byte[] out = new byte[(int) r[3]];
        if (r[2] == 1) {
            System.arraycopy(v, (int) r[0], out, 0, out.length);
            return out;
        }
        for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) {
            out[i] = v[j];
        }
        return out;
    }

    /**
     * The contents of {@code bytes(source, encoding, errors)} or {@code bytearray(...)}: a str with
     * an encoding, {@code __bytes__} (bytes only), an int count of zeros, a buffer, or an iterable of
     * ints. Compare CPython {@code bytes_new_impl}.
     */
    static byte[] construct(String tname, PyObj[] p, boolean useDunderBytes) {
        PyObj x = p[0];
        if (x == null) {
            if (p[1] != null) {
                throw Errors.typeError("encoding without a string argument");
            }
            if (p[2] != null) {
                throw Errors.typeError("errors without a string argument");
            }
            return new byte[0];
        }
        if (x instanceof PyStr) {
            if (p[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            String enc = Abstract.strArg(p[1], tname + "() argument 'encoding'").value();
            String err = p[2] == null ? "strict" : Abstract.strArg(p[2], tname + "() argument 'errors'").value();
            return StrExtras.encode((PyStr) x, enc, err);
        }
        if (p[1] != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (p[2] != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (useDunderBytes) {
            PyObj f = Abstract.lookupSpecial(x, "__bytes__");
            if (f != null) {
                PyObj r = Abstract.call(f, new PyObj[0], null);
                if (!(r instanceof PyBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                }
                return ((PyBytes) r).value.clone();
            }
        }
        byte[] buf = BytesMethods.buffer(x);
        if (buf != null) {
            return buf == (x instanceof PyBytes ? ((PyBytes) x).value : null) ? buf.clone() : buf;
        }
        if (x instanceof PyInt || x.type().index != null) {
            PyInt n = Abstract.index(x);
            if (n.signum() < 0) {
                throw Errors.valueError("negative count");
            }
            if (!n.fitsLong() || n.longValue() > Integer.MAX_VALUE - 16) {
                throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return new byte[(int) n.longValue()];
        }
        if (x.type().iter == null && x.type().getitem == null) {
            throw Errors.typeError("cannot convert '" + x.type().name() + "' object to " + tname);
        }
        return fromIterable(x, tname.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    /** The bytes of an iterable of ints in range(256). */
    static byte[] fromIterable(PyObj x, String rangeMessage) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObj item : Abstract.iterate(x)) {
            PyInt v = Abstract.index(item);
            if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
                throw Errors.valueError(rangeMessage);
            }
            out.write((int) v.longValue());
        }
        return out.toByteArray();
    }

    /** The bytes as Latin-1 text (each byte one char). */
    public final String asLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /** An instance of a Python subclass of {@code bytes}. */
    static final class Derived extends PyBytes {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type, byte[] v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public InstanceAttrs attrs() {
            return attrs;
        }
    }
}
