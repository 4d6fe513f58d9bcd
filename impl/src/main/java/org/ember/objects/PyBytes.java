package org.ember.objects;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable byte string. */
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

    public final String decode(String encoding) {
        try {
            return new String(value, Charset.forName(encoding.replace('_', '-')));
        } catch (IllegalArgumentException e) {
            throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
        }
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
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : v) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte b : v) {
            int c = b & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of(repr(((PyBytes) self).value)))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> Arrays.hashCode(((PyBytes) self).value))
                .slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyBytes) self).value.length)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyBytes)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(op.test(Arrays.compareUnsigned(((PyBytes) a).value, ((PyBytes) b).value)));
                })
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    byte[] v = ((PyBytes) self).value;
                    if (key instanceof PySlice) {
                        long[] r = ((PySlice) key).indices(v.length);
                        byte[] out = new byte[(int) r[3]];
                        for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) {
                            out[i] = v[j];
                        }
                        return new PyBytes(out);
                    }
                    long i = SeqMethods.index(key, "byte");
                    if (i < 0) {
                        i += v.length;
                    }
                    if (i < 0 || i >= v.length) {
                        throw Errors.indexError("index out of range");
                    }
                    return PyInt.of(v[(int) i] & 0xFF);
                })
                .slot(Slot.ITER, (SlotFns.Fn1) self -> {
                    byte[] v = ((PyBytes) self).value;
                    PyObj[] items = new PyObj[v.length];
                    for (int i = 0; i < v.length; i++) {
                        items[i] = PyInt.of(v[i] & 0xFF);
                    }
                    return new PySeqIter.ArrayIter(items, items.length, PySeqIter.TUPLE_ITER);
                })
                .binop(BinOp.ADD, (a, b) -> {
                    if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    byte[] x = ((PyBytes) a).value;
                    byte[] y = ((PyBytes) b).value;
                    byte[] r = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return new PyBytes(r);
                });
        TYPE.method(PyMethodDescr.ofRange(TYPE, "decode", 0, 2, (self, a) ->
                PyStr.of(((PyBytes) self).decode(a[0] == null ? "utf-8" : Abstract.strArg(a[0], "decode() argument 'encoding'").value()))));
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (args.length == 0) {
                return new PyBytes(new byte[0]);
            }
            PyObj x = args[0];
            if (x instanceof PyStr) {
                if (args.length < 2) {
                    throw Errors.typeError("string argument without an encoding");
                }
                String enc = Abstract.strArg(args[1], "bytes() argument 'encoding'").value();
                return new PyBytes(((PyStr) x).value().getBytes(Charset.forName(enc)));
            }
            if (x instanceof PyInt) {
                long n = ((PyInt) x).longValueExact();
                if (n < 0) {
                    throw Errors.valueError("negative count");
                }
                return new PyBytes(new byte[(int) n]);
            }
            PyObj[] items = Abstract.toArray(x);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long b = Abstract.index(items[i]).longValueExact();
                if (b < 0 || b > 255) {
                    throw Errors.valueError("bytes must be in range(0, 256)");
                }
                out[i] = (byte) b;
            }
            return new PyBytes(out);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
    }

    /** The bytes as Latin-1 text (each byte one char). */
    public final String asLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }
}
