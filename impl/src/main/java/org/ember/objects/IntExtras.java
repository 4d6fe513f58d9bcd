package org.ember.objects;

import java.math.BigInteger;

/** {@code int.to_bytes} and {@code int.from_bytes}. Compare CPython {@code int_to_bytes_impl}, {@code int_from_bytes_impl}. */
final class IntExtras {
    private IntExtras() {}

    private static final ArgParser TO_BYTES = new ArgParser("to_bytes", 0, 2, 0, "length", "byteorder", "signed");
    private static final ArgParser FROM_BYTES = new ArgParser("from_bytes", 0, 2, 1, "bytes", "byteorder", "signed");

    static void define(PyType t) {
        // int.to_bytes(self, /, length=1, byteorder='big', *, signed=False)
        t.method(PyMethodDescr.ofKw(t, "to_bytes", (self, args, kw) -> {
            PyObj[] p = TO_BYTES.parse(args, kw);
            long length = 1;
            if (p[0] != null) {
                PyInt n = Abstract.index(p[0]);
                if (!n.fitsLong()) {
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                length = n.longValue();
                if (length < 0) {
                    throw Errors.valueError("length argument must be non-negative");
                }
            }
            boolean little = littleEndian(p[1], "to_bytes");
            boolean signed = p[2] != null && Abstract.isTrue(p[2]);
            return PyBytes.of(toBytes(((PyInt) self).bigValue(), length, little, signed));
        }));
        // int.from_bytes(bytes, byteorder='big', *, signed=False)  (a classmethod)
        t.attr("from_bytes", new PyClassMethod(PyBuiltinFunction.of("from_bytes", (s, args, kw) -> {
            PyType cls = (PyType) args[0];
            PyObj[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            PyObj[] p = FROM_BYTES.parse(rest, kw);
            boolean little = littleEndian(p[1], "from_bytes");
            boolean signed = p[2] != null && Abstract.isTrue(p[2]);
            byte[] b = bytesOf(p[0]);
            PyInt v = PyInt.of(fromBytes(b, little, signed));
            return cls == PyInt.TYPE ? v : Abstract.call(cls, new PyObj[] {v}, null);
        })));
    }

    private static boolean littleEndian(PyObj order, String fname) {
        if (order == null) {
            return false;
        }
        String o = Abstract.strArg(order, fname + "() argument 'byteorder'").value();
        if (o.equals("little")) {
            return true;
        }
        if (o.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    static byte[] toBytes(BigInteger v, long length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        long bits = v.signum() == 0 ? 0 : signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
        }
        int n = (int) length;
        byte[] out = new byte[n];
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = v.signum() < 0 ? (byte) 0xFF : 0;
        for (int i = 0; i < n; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fill;
            out[little ? i : n - 1 - i] = b;
        }
        return out;
    }

    static BigInteger fromBytes(byte[] b, boolean little, boolean signed) {
        byte[] be = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            be[i] = little ? b[b.length - 1 - i] : b[i];
        }
        if (be.length == 0) {
            return BigInteger.ZERO;
        }
        return signed ? new BigInteger(be) : new BigInteger(1, be);
    }

    /** The bytes of a bytes-like object, a {@code __bytes__} provider, or an iterable of ints. */
    static byte[] bytesOf(PyObj o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value();
        }
        PyObj meth = Abstract.lookupSpecial(o, "__bytes__");
        if (meth != null) {
            PyObj r = Abstract.call(meth, new PyObj[0], null);
            if (!(r instanceof PyBytes)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return ((PyBytes) r).value();
        }
        if (o instanceof PyStr || (o.type().iter == null && o.type().getitem == null)) {
            throw Errors.typeError("cannot convert '" + o.type().name() + "' object to bytes");
        }
        return ((PyBytes) Abstract.call(PyBytes.TYPE, new PyObj[] {o}, null)).value();
    }
}
