package org.ember.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ember.objects.SlotFns.Fn1;
import org.ember.objects.format.StrRepr;

/**
 * The slots and methods that {@code bytes} and {@code bytearray} share: everything that reads
 * the bytes. A method called on a bytearray returns bytearrays where CPython does (its own
 * methods build results through {@link #make}). Character classes are ASCII only, as in CPython
 * {@code Objects/bytes_methods.c}; compare also {@code bytesobject.c} and {@code bytearrayobject.c}.
 */
final class BytesMethods {
    private BytesMethods() {}

    // ---- access ----------------------------------------------------------------------------------

    /** The bytes of a bytes or bytearray {@code self}; for a bytearray, a copy. Callers must not modify it. */
    static byte[] data(PyObj self) {
        if (self instanceof PyBytes) {
            return ((PyBytes) self).value;
        }
        return ((PyByteArray) self).toArray();
    }

    /** A result of the same family as {@code self}: bytearray for a bytearray (or subclass), else bytes. */
    static PyObj make(PyObj self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. Callers must not modify it. */
    static byte[] buffer(PyObj o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toArray();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toBytes();
        }
        return null;
    }

    /** {@link #buffer}, or TypeError {@code a bytes-like object is required, not 'str'}. */
    static byte[] bufferArg(PyObj o) {
        byte[] b = buffer(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    /** A byte value in range(256) from an int-like object. */
    static byte byteValue(PyObj o) {
        PyInt v = Abstract.index(o);
        if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v.longValue();
    }

    /** The needle of find/count/index/{@code in}: an int in range(256) or a bytes-like object. */
    static byte[] needle(PyObj o) {
        byte[] b = buffer(o);
        if (b != null) {
            return b;
        }
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
        }
        return new byte[] {byteValue(o)};
    }

    // ---- ASCII character classes -------------------------------------------------------------------

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(int c) {
        return isUpper(c) || isLower(c);
    }

    static int toUpper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    static int toLower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    // ---- definition ------------------------------------------------------------------------------

    private static final ArgParser DECODE = new ArgParser("decode", 0, 2, 0, "encoding", "errors");
    private static final ArgParser HEX = new ArgParser("hex", 0, 2, 0, "sep", "bytes_per_sep");
    private static final ArgParser SPLIT = new ArgParser("split", 0, 2, 0, "sep", "maxsplit");
    private static final ArgParser RSPLIT = new ArgParser("rsplit", 0, 2, 0, "sep", "maxsplit");
    private static final ArgParser SPLITLINES = new ArgParser("splitlines", 0, 1, 0, "keepends");
    private static final ArgParser EXPANDTABS = new ArgParser("expandtabs", 0, 1, 0, "tabsize");
    private static final ArgParser TRANSLATE = new ArgParser("translate", 1, 2, 1, "table", "delete");

    interface ByteTest {
        boolean test(int c);
    }

    /** Old-style argument check of find/count/startswith...: {@code find() takes at least 1 argument (0 given)}. */
    private static PyObj[] oldStyle(String name, PyObj[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(name, kw);
        int n = args.length;
        if (n < min) {
            throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (n > max) {
            throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
        return Arrays.copyOf(args, max);
    }

    static void define(PyType t) {
        boolean mutable = t == PyByteArray.TYPE;
        String tn = t.name();
        t.slot(Slot.LEN, (SlotFns.LenFn) self -> self instanceof PyBytes ? ((PyBytes) self).value.length
                        : ((PyByteArray) self).size)
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, item) -> {
                    byte[] sub = item instanceof PyInt || item.type().index != null ? new byte[] {byteValue(item)}
                            : bufferArg(item);
                    return find(data(self), sub, 0, Integer.MAX_VALUE, false) >= 0;
                })
                .slot(Slot.ITER, (Fn1) self -> new ByteIter(self))
                .slot(Slot.forward(BinOp.ADD), (SlotFns.Fn2) (a, b) -> {
                    byte[] y = buffer(b);
                    if (y == null) {
                        // CPython tries the right operand's __radd__ before the sequence concat fails.
                        SlotFns.Fn2 reflected = b.type().nbr[BinOp.ADD.ordinal()];
                        PyObj r = reflected == null ? PyNotImplemented.NOT_IMPLEMENTED : reflected.apply(b, a);
                        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                            return r;
                        }
                        throw Errors.typeError("can't concat " + b.type().name() + " to " + tn);
                    }
                    byte[] x = data(a);
                    byte[] r = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return make(a, r);
                })
                .binop(BinOp.MULTIPLY, (a, b) -> {
                    boolean left = a.type().isSubtypeOf(t);
                    PyObj s = left ? a : b;
                    PyObj n = left ? b : a;
                    if (!SeqMethods.isIndexable(n)) {
                        if (!left) {
                            return PyNotImplemented.NOT_IMPLEMENTED;
                        }
                        throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
                    }
                    return make(s, repeat(data(s), n));
                })
                .binop(BinOp.REMAINDER, (a, b) -> a.type().isSubtypeOf(t) ? make(a, BytesFormat.percent(data(a), b))
                        : PyNotImplemented.NOT_IMPLEMENTED)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    byte[] y = mutable ? buffer(b) : b instanceof PyBytes ? ((PyBytes) b).value : null;
                    if (y == null) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(op.test(Arrays.compareUnsigned(data(a), y)));
                })
                .slot(Slot.REPR, (Fn1) BytesMethods::repr)
                // str(b) is the builtin repr even when a subclass overrides __repr__, as in CPython.
                .slot(Slot.STR, (Fn1) BytesMethods::repr);

        // bytes.count(sub[, start[, end]])
        t.method(PyMethodDescr.ofKw(t, "count", (self, args, kw) -> {
            PyObj[] a = oldStyle("count", args, kw, 1, 3);
            byte[] v = data(self);
            int[] b = bounds(a[1], a[2], v.length);
            byte[] sub = needle(a[0]);
            if (b[0] > v.length || b[1] < b[0]) {
                return PyInt.of(0);
            }
            if (sub.length == 0) {
                return PyInt.of(b[1] - b[0] + 1);
            }
            int n = 0;
            int i = b[0];
            while ((i = find(v, sub, i, b[1], false)) >= 0) {
                n++;
                i += sub.length;
            }
            return PyInt.of(n);
        }));
        // bytes.find(sub[, start[, end]]) and rfind, index, rindex
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean reverse = name.startsWith("r");
            boolean raise = name.endsWith("index");
            t.method(PyMethodDescr.ofKw(t, name, (self, args, kw) -> {
                PyObj[] a = oldStyle(name, args, kw, 1, 3);
                byte[] v = data(self);
                int[] b = bounds(a[1], a[2], v.length);
                byte[] sub = needle(a[0]);
                int r = b[0] > v.length ? -1 : find(v, sub, b[0], b[1], reverse);
                if (r < 0 && raise) {
                    throw Errors.valueError("subsection not found");
                }
                return PyInt.of(r);
            }));
        }
        // bytes.startswith(prefix[, start[, end]]) and endswith
        for (String name : new String[] {"startswith", "endswith"}) {
            boolean prefix = name.equals("startswith");
            t.method(PyMethodDescr.ofKw(t, name, (self, args, kw) -> {
                PyObj[] a = oldStyle(name, args, kw, 1, 3);
                byte[] v = data(self);
                int[] b = bounds(a[1], a[2], v.length);
                if (a[0] instanceof PyTuple) {
                    for (PyObj p : ((PyTuple) a[0]).items()) {
                        if (affix(v, bufferArg(p), b, prefix)) {
                            return PyBool.TRUE;
                        }
                    }
                    return PyBool.FALSE;
                }
                byte[] p = buffer(a[0]);
                if (p == null) {
                    throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + a[0].type().name());
                }
                return PyBool.of(affix(v, p, b, prefix));
            }));
        }
        // bytes.decode(self, /, encoding='utf-8', errors='strict')
        t.method(PyMethodDescr.ofKw(t, "decode", (self, args, kw) -> {
            PyObj[] p = DECODE.parse(args, kw);
            String enc = p[0] == null ? "utf-8" : Abstract.strArg(p[0], "decode() argument 'encoding'").value();
            String err = p[1] == null ? "strict" : Abstract.strArg(p[1], "decode() argument 'errors'").value();
            return PyStr.of(BytesCodec.decode(data(self), enc, err));
        }));
        // bytes.hex(self, /, sep=<unrepresentable>, bytes_per_sep=1)
        t.method(PyMethodDescr.ofKw(t, "hex", (self, args, kw) -> {
            PyObj[] p = HEX.parse(args, kw);
            return PyStr.of(hex(data(self), p[0], p[1]));
        }));
        // bytes.fromhex(string, /)  (a classmethod: bytearray.fromhex gives a bytearray)
        t.attr("fromhex", new PyClassMethod(PyBuiltinFunction.of("fromhex", (s, args, kw) -> {
            ArgParser.noKeywords(tn + ".fromhex", kw);
            if (args.length != 2) {
                throw Errors.typeError(tn + ".fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            PyType cls = (PyType) args[0];
            if (!(args[1] instanceof PyStr)) {
                throw Errors.typeError("fromhex() argument must be str, not " + args[1].type().name());
            }
            byte[] b = fromHex((PyStr) args[1]);
            PyObj r = mutable ? new PyByteArray(b) : new PyBytes(b);
            return cls == t ? r : Abstract.call(cls, new PyObj[] {r}, null);
        })));
        // bytes.isalnum(), isalpha, isascii, isdigit, isspace (ASCII only)
        defineTest(t, "isalnum", c -> isAlpha(c) || isDigit(c));
        defineTest(t, "isalpha", BytesMethods::isAlpha);
        defineTest(t, "isdigit", BytesMethods::isDigit);
        defineTest(t, "isspace", BytesMethods::isSpace);
        // bytes.isascii()
        t.method(PyMethodDescr.of0(t, "isascii", self -> {
            for (byte c : data(self)) {
                if (c < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        // bytes.islower() and isupper(): some cased byte and none of the other case
        t.method(PyMethodDescr.of0(t, "islower", self -> cased(data(self), false)));
        t.method(PyMethodDescr.of0(t, "isupper", self -> cased(data(self), true)));
        // bytes.istitle()
        t.method(PyMethodDescr.of0(t, "istitle", self -> PyBool.of(isTitle(data(self)))));
        // bytes.lower(), upper(), swapcase()
        t.method(PyMethodDescr.of0(t, "lower", self -> make(self, mapBytes(data(self), BytesMethods::toLower))));
        t.method(PyMethodDescr.of0(t, "upper", self -> make(self, mapBytes(data(self), BytesMethods::toUpper))));
        t.method(PyMethodDescr.of0(t, "swapcase", self -> make(self, mapBytes(data(self),
                c -> isUpper(c) ? toLower(c) : toUpper(c)))));
        // bytes.capitalize()
        t.method(PyMethodDescr.of0(t, "capitalize", self -> {
            byte[] r = mapBytes(data(self), BytesMethods::toLower);
            if (r.length > 0) {
                r[0] = (byte) toUpper(r[0] & 0xFF);
            }
            return make(self, r);
        }));
        // bytes.title()
        t.method(PyMethodDescr.of0(t, "title", self -> {
            byte[] r = data(self).clone();
            boolean prevCased = false;
            for (int i = 0; i < r.length; i++) {
                int c = r[i] & 0xFF;
                r[i] = (byte) (prevCased ? toLower(c) : toUpper(c));
                prevCased = isAlpha(c);
            }
            return make(self, r);
        }));
        // bytes.join(iterable_of_bytes, /)
        t.method(PyMethodDescr.of1(t, "join", (self, iterable) -> {
            byte[] sep = data(self);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            if (iterable.type().iter == null && iterable.type().getitem == null) {
                throw Errors.typeError("can only join an iterable");
            }
            for (PyObj item : Abstract.iterate(iterable)) {
                byte[] b = buffer(item);
                if (b == null) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + item.type().name()
                            + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b);
                i++;
            }
            return make(self, out.toByteArray());
        }));
        // bytes.ljust(width, fillchar=b' ', /), rjust, center
        for (String name : new String[] {"ljust", "rjust", "center"}) {
            t.method(PyMethodDescr.ofRange(t, name, 1, 2, (self, a) -> pad(self, name, a[0], a[1])));
        }
        // bytes.zfill(width, /)
        t.method(PyMethodDescr.of1(t, "zfill", (self, w) -> {
            byte[] v = data(self);
            long width = Abstract.index(w).longValueExact();
            if (width <= v.length) {
                return make(self, v.clone());
            }
            byte[] r = new byte[(int) width];
            int fill = (int) width - v.length;
            Arrays.fill(r, 0, fill, (byte) '0');
            System.arraycopy(v, 0, r, fill, v.length);
            if (v.length > 0 && (v[0] == '+' || v[0] == '-')) {
                r[0] = v[0];
                r[fill] = '0';
            }
            return make(self, r);
        }));
        // bytes.strip(bytes=None, /), lstrip, rstrip
        t.method(PyMethodDescr.ofRange(t, "strip", 0, 1, (self, a) -> strip(self, a[0], true, true)));
        t.method(PyMethodDescr.ofRange(t, "lstrip", 0, 1, (self, a) -> strip(self, a[0], true, false)));
        t.method(PyMethodDescr.ofRange(t, "rstrip", 0, 1, (self, a) -> strip(self, a[0], false, true)));
        // bytes.split(sep=None, maxsplit=-1), rsplit
        t.method(PyMethodDescr.ofKw(t, "split", (self, args, kw) -> split(self, SPLIT.parse(args, kw), false)));
        t.method(PyMethodDescr.ofKw(t, "rsplit", (self, args, kw) -> split(self, RSPLIT.parse(args, kw), true)));
        // bytes.splitlines(keepends=False)
        t.method(PyMethodDescr.ofKw(t, "splitlines", (self, args, kw) -> {
            PyObj[] p = SPLITLINES.parse(args, kw);
            return splitlines(self, p[0] != null && Abstract.index(p[0]).signum() != 0);
        }));
        // bytes.partition(sep, /), rpartition
        t.method(PyMethodDescr.of1(t, "partition", (self, sep) -> partition(self, sep, false)));
        t.method(PyMethodDescr.of1(t, "rpartition", (self, sep) -> partition(self, sep, true)));
        // bytes.removeprefix(prefix, /), removesuffix(suffix, /)
        t.method(PyMethodDescr.of1(t, "removeprefix", (self, p) -> {
            byte[] v = data(self);
            byte[] pre = bufferArg(p);
            boolean has = startsAt(v, pre, 0);
            return make(self, has ? Arrays.copyOfRange(v, pre.length, v.length) : v.clone());
        }));
        t.method(PyMethodDescr.of1(t, "removesuffix", (self, p) -> {
            byte[] v = data(self);
            byte[] suf = bufferArg(p);
            boolean has = suf.length > 0 && suf.length <= v.length && startsAt(v, suf, v.length - suf.length);
            return make(self, has ? Arrays.copyOf(v, v.length - suf.length) : v.clone());
        }));
        // bytes.replace(old, new, count=-1, /)
        t.method(PyMethodDescr.ofRange(t, "replace", 2, 3, (self, a) -> make(self, replace(data(self),
                bufferArg(a[0]), bufferArg(a[1]), a[2] == null ? -1 : Abstract.index(a[2]).longValueExact()))));
        // bytes.expandtabs(tabsize=8)
        t.method(PyMethodDescr.ofKw(t, "expandtabs", (self, args, kw) -> {
            PyObj[] p = EXPANDTABS.parse(args, kw);
            long tab = p[0] == null ? 8 : Abstract.index(p[0]).longValueExact();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long col = 0;
            for (byte b : data(self)) {
                if (b == '\t') {
                    if (tab > 0) {
                        long spaces = tab - col % tab;
                        for (long k = 0; k < spaces; k++) {
                            out.write(' ');
                        }
                        col += spaces;
                    }
                } else {
                    out.write(b);
                    col = b == '\n' || b == '\r' ? 0 : col + 1;
                }
            }
            return make(self, out.toByteArray());
        }));
        // bytes.translate(table, /, delete=b'')
        t.method(PyMethodDescr.ofKw(t, "translate", (self, args, kw) -> {
            if (ArgParser.npos(args, kw) < 1) {
                throw Errors.typeError("translate() takes at least 1 positional argument (0 given)");
            }
            PyObj[] p = TRANSLATE.parse(args, kw);
            return make(self, translate(data(self), p[0], p[1]));
        }));
        // bytes.maketrans(frm, to, /)  (a staticmethod)
        t.attr("maketrans", new PyStaticMethod(PyBuiltinFunction.of("maketrans", (s, args, kw) -> {
            ArgParser.noKeywords("maketrans", kw);
            PyMethodDescr.checkRange("maketrans", args.length, 2, 2);
            byte[] from = bufferArg(args[0]);
            byte[] to = bufferArg(args[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] r = new byte[256];
            for (int i = 0; i < 256; i++) {
                r[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                r[from[i] & 0xFF] = to[i];
            }
            return new PyBytes(r);
        })));
    }

    static PyObj repr(PyObj self) {
        byte[] v = data(self);
        return PyStr.of(self instanceof PyByteArray ? self.type().name() + "(" + byteArrayRepr(v) + ")" : StrRepr.bytesRepr(v));
    }

    /** The {@code b'...'} inside a bytearray's repr: like bytes' but a single quote is always escaped. */
    static String byteArrayRepr(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte c : v) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(v.length + 3).append('b').append(q);
        for (byte b : v) {
            int c = b & 0xFF;
            if (c == q || c == '\'' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append('\\').append('x').append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    private static void defineTest(PyType t, String name, ByteTest p) {
        t.method(PyMethodDescr.of0(t, name, self -> {
            byte[] v = data(self);
            if (v.length == 0) {
                return PyBool.FALSE;
            }
            for (byte c : v) {
                if (!p.test(c & 0xFF)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
    }

    // ---- algorithms ------------------------------------------------------------------------------

    /** Start/end arguments adjusted as CPython's ADJUST_INDICES: {start, end}, end clamped to {@code len}. */
    static int[] bounds(PyObj start, PyObj end, int len) {
        long st = start == null || start == PyNone.NONE ? 0 : sliceIndex(start);
        long en = end == null || end == PyNone.NONE ? len : sliceIndex(end);
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        } else if (en > len) {
            en = len;
        }
        return new int[] {(int) Math.min(st, Integer.MAX_VALUE), (int) en};
    }

    private static long sliceIndex(PyObj o) {
        if (!(o instanceof PyInt) && o.type().index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        return i.fitsLong() ? i.longValue() : i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** The index of {@code sub} in {@code v[start:end]} (first or last), or -1. */
    static int find(byte[] v, byte[] sub, int start, int end, boolean reverse) {
        end = Math.min(end, v.length);
        if (start > end) {
            return -1;
        }
        int last = end - sub.length;
        if (!reverse) {
            for (int i = start; i <= last; i++) {
                if (startsAt(v, sub, i)) {
                    return i;
                }
            }
        } else {
            for (int i = last; i >= start; i--) {
                if (startsAt(v, sub, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean startsAt(byte[] v, byte[] sub, int at) {
        if (at < 0 || at + sub.length > v.length) {
            return false;
        }
        for (int k = 0; k < sub.length; k++) {
            if (v[at + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean affix(byte[] v, byte[] p, int[] b, boolean prefix) {
        if (b[0] > v.length || b[1] - b[0] < p.length) {
            return false;
        }
        return startsAt(v, p, prefix ? b[0] : b[1] - p.length);
    }

    static byte[] repeat(byte[] v, PyObj n) {
        long count = Abstract.index(n).fitsLong() ? Abstract.index(n).longValue() : Abstract.index(n).signum() < 0 ? 0 : Long.MAX_VALUE;
        if (count <= 0 || v.length == 0) {
            return new byte[0];
        }
        if (count * v.length > Integer.MAX_VALUE - 16 || count > Integer.MAX_VALUE) {
            throw Errors.memoryError("");
        }
        byte[] r = new byte[(int) (count * v.length)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(v, 0, r, i * v.length, v.length);
        }
        return r;
    }

    private interface ByteMap {
        int map(int c);
    }

    private static byte[] mapBytes(byte[] v, ByteMap f) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) f.map(v[i] & 0xFF);
        }
        return r;
    }

    private static PyObj cased(byte[] v, boolean upper) {
        boolean any = false;
        for (byte b : v) {
            int c = b & 0xFF;
            if (upper ? isLower(c) : isUpper(c)) {
                return PyBool.FALSE;
            }
            any |= upper ? isUpper(c) : isLower(c);
        }
        return PyBool.of(any);
    }

    private static boolean isTitle(byte[] v) {
        boolean cased = false;
        boolean prevCased = false;
        for (byte b : v) {
            int c = b & 0xFF;
            if (isUpper(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static PyObj pad(PyObj self, String name, PyObj w, PyObj fillObj) {
        byte[] v = data(self);
        long width = Abstract.index(w).longValueExact();
        byte fill = ' ';
        if (fillObj != null) {
            byte[] f = fillObj instanceof PyBytes || fillObj instanceof PyByteArray ? data(fillObj) : null;
            if (f == null || f.length != 1) {
                throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not "
                        + fillObj.type().name());
            }
            fill = f[0];
        }
        if (width <= v.length) {
            return make(self, v.clone());
        }
        int total = (int) width - v.length;
        int left;
        switch (name) {
            case "ljust": left = 0; break;
            case "rjust": left = total; break;
            default: left = total / 2 + (int) (total & width & 1); break;
        }
        byte[] r = new byte[(int) width];
        Arrays.fill(r, fill);
        System.arraycopy(v, 0, r, left, v.length);
        return make(self, r);
    }

    private static PyObj strip(PyObj self, PyObj chars, boolean left, boolean right) {
        byte[] v = data(self);
        ByteTest strip;
        if (chars == null || chars == PyNone.NONE) {
            strip = BytesMethods::isSpace;
        } else {
            byte[] cs = bufferArg(chars);
            boolean[] set = new boolean[256];
            for (byte c : cs) {
                set[c & 0xFF] = true;
            }
            strip = c -> set[c];
        }
        int i = 0;
        int j = v.length;
        if (left) {
            while (i < j && strip.test(v[i] & 0xFF)) {
                i++;
            }
        }
        if (right) {
            while (j > i && strip.test(v[j - 1] & 0xFF)) {
                j--;
            }
        }
        return make(self, Arrays.copyOfRange(v, i, j));
    }

    private static PyObj split(PyObj self, PyObj[] a, boolean right) {
        byte[] v = data(self);
        long max = a[1] == null ? -1 : Abstract.index(a[1]).longValueExact();
        List<PyObj> out = new ArrayList<>();
        if (a[0] == null || a[0] == PyNone.NONE) {
            int n = v.length;
            if (!right) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(v[i] & 0xFF)) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        out.add(make(self, Arrays.copyOfRange(v, i, n)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(v[j] & 0xFF)) {
                        j++;
                    }
                    out.add(make(self, Arrays.copyOfRange(v, i, j)));
                    i = j;
                }
            } else {
                int i = n - 1;
                while (true) {
                    while (i >= 0 && isSpace(v[i] & 0xFF)) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        out.add(0, make(self, Arrays.copyOfRange(v, 0, i + 1)));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !isSpace(v[j] & 0xFF)) {
                        j--;
                    }
                    out.add(0, make(self, Arrays.copyOfRange(v, j + 1, i + 1)));
                    i = j;
                }
            }
            return PyList.ofList(out);
        }
        byte[] sep = bufferArg(a[0]);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        if (!right) {
            int start = 0;
            while (max < 0 || out.size() < max) {
                int idx = find(v, sep, start, v.length, false);
                if (idx < 0) {
                    break;
                }
                out.add(make(self, Arrays.copyOfRange(v, start, idx)));
                start = idx + sep.length;
            }
            out.add(make(self, Arrays.copyOfRange(v, start, v.length)));
        } else {
            int end = v.length;
            while (max < 0 || out.size() < max) {
                int idx = find(v, sep, 0, end, true);
                if (idx < 0) {
                    break;
                }
                out.add(0, make(self, Arrays.copyOfRange(v, idx + sep.length, end)));
                end = idx;
            }
            out.add(0, make(self, Arrays.copyOfRange(v, 0, end)));
        }
        return PyList.ofList(out);
    }

    private static PyObj splitlines(PyObj self, boolean keep) {
        byte[] v = data(self);
        List<PyObj> out = new ArrayList<>();
        int i = 0;
        int n = v.length;
        while (i < n) {
            int j = i;
            while (j < n && v[j] != '\n' && v[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
            }
            out.add(make(self, Arrays.copyOfRange(v, i, keep ? j : eol)));
            i = j;
        }
        return PyList.ofList(out);
    }

    private static PyObj partition(PyObj self, PyObj sepObj, boolean right) {
        byte[] v = data(self);
        byte[] sep = bufferArg(sepObj);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = find(v, sep, 0, v.length, right);
        if (i < 0) {
            PyObj whole = make(self, v.clone());
            return right ? PyTuple.of(make(self, new byte[0]), make(self, new byte[0]), whole)
                    : PyTuple.of(whole, make(self, new byte[0]), make(self, new byte[0]));
        }
        // bytes.partition returns the separator object itself (a quirk of CPython); bytearray copies it.
        PyObj middle = self instanceof PyBytes ? sepObj : make(self, sep.clone());
        return PyTuple.of(make(self, Arrays.copyOf(v, i)), middle,
                make(self, Arrays.copyOfRange(v, i + sep.length, v.length)));
    }

    static byte[] replace(byte[] v, byte[] old, byte[] nw, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = 0;
        if (old.length == 0) {
            for (int k = 0; k <= v.length; k++) {
                if (max < 0 || n < max) {
                    out.writeBytes(nw);
                    n++;
                }
                if (k < v.length) {
                    out.write(v[k]);
                }
            }
            return out.toByteArray();
        }
        int i = 0;
        while (max < 0 || n < max) {
            int j = find(v, old, i, v.length, false);
            if (j < 0) {
                break;
            }
            out.write(v, i, j - i);
            out.writeBytes(nw);
            i = j + old.length;
            n++;
        }
        out.write(v, i, v.length - i);
        return out.toByteArray();
    }

    private static byte[] translate(byte[] v, PyObj tableObj, PyObj deleteObj) {
        byte[] table = null;
        if (tableObj != PyNone.NONE) {
            table = bufferArg(tableObj);
            if (table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (deleteObj != null) {
            for (byte b : bufferArg(deleteObj)) {
                del[b & 0xFF] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length);
        for (byte b : v) {
            int c = b & 0xFF;
            if (!del[c]) {
                out.write(table == null ? c : table[c]);
            }
        }
        return out.toByteArray();
    }

    // ---- hex -------------------------------------------------------------------------------------

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right when positive, from the left when negative. */
    static String hex(byte[] v, PyObj sepObj, PyObj perObj) {
        char sep = 0;
        if (sepObj != null) {
            String s;
            if (Abstract.length(sepObj) != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (sepObj instanceof PyStr) {
                s = ((PyStr) sepObj).value();
            } else if (sepObj instanceof PyBytes) {
                s = ((PyBytes) sepObj).asLatin1();
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            sep = s.charAt(0);
            if (sep > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        long per = perObj == null ? 1 : Abstract.index(perObj).longValueExact();
        StringBuilder sb = new StringBuilder(v.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < v.length; i++) {
            if (sep != 0 && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (v.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(HEX_DIGITS[(v[i] >> 4) & 0xF]).append(HEX_DIGITS[v[i] & 0xF]);
        }
        return sb.toString();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, whitespace allowed between pairs. */
    static byte[] fromHex(PyStr s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (c < 128 && isSpace(c)) {
                i++;
                continue;
            }
            int hi = hexValue(c);
            if (hi < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n ? hexValue(s.codePointAt(i + 1)) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** {@code int(b, base)} of a bytes-like object: its ASCII text parsed as for str; the message shows it as bytes. */
    static PyInt parseInt(PyObj o, int base) {
        byte[] b = buffer(o);
        try {
            return Formatting.parseInt(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base, o);
        } catch (PyRaise e) {
            if (!e.exception().type().isSubtypeOf(ExceptionTypes.ValueError)) {
                throw e;
            }
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + StrRepr.bytesRepr(b));
        }
    }

    /** {@code float(b)} of a bytes-like object. */
    static double parseFloat(PyObj o) {
        byte[] b = buffer(o);
        try {
            return Formatting.parseFloat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (PyRaise e) {
            if (!e.exception().type().isSubtypeOf(ExceptionTypes.ValueError)) {
                throw e;
            }
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(o).value());
        }
    }

    /** A consistent hash of bytes (equal for bytes and equal read-only memoryviews); never -1. */
    static long hash(byte[] v) {
        long h = 0xcbf29ce484222325L;
        for (byte b : v) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 31;
        return h == -1 ? -2 : h;
    }

    // ---- iteration -------------------------------------------------------------------------------

    static final PyType BYTES_ITER = PySeqIter.iterType("bytes_iterator", self -> ((ByteIter) self).nextItem());
    static final PyType BYTEARRAY_ITER = PySeqIter.iterType("bytearray_iterator", self -> ((ByteIter) self).nextItem());

    /** Iterates a bytes or bytearray by index, so a bytearray's changes during iteration are seen. */
    static final class ByteIter extends PyObj {
        private PyObj source;
        private final PyType type;
        private int i;

        ByteIter(PyObj source) {
            this.source = source;
            this.type = source instanceof PyByteArray ? BYTEARRAY_ITER : BYTES_ITER;
        }

        @Override
        public PyType type() {
            return type;
        }

        PyObj nextItem() {
            if (source == null) {
                return null;
            }
            if (source instanceof PyBytes) {
                byte[] v = ((PyBytes) source).value;
                if (i < v.length) {
                    return PyInt.of(v[i++] & 0xFF);
                }
            } else {
                PyByteArray b = (PyByteArray) source;
                if (i < b.size) {
                    return PyInt.of(b.buf[i++] & 0xFF);
                }
            }
            source = null;
            return null;
        }
    }
}
