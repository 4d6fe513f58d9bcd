package org.ember.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ember.objects.SlotFns.Fn1;

/** The slots and methods of {@code list} and {@code tuple}. Compare CPython {@code listobject.c}, {@code tupleobject.c}. */
final class SeqMethods {
    private SeqMethods() {}

    // ---- shared ----------------------------------------------------------------------------------

    static PyObj[] itemsOf(PyObj o) {
        if (o instanceof PyList) {
            return ((PyList) o).items;
        }
        return ((PyTuple) o).items;
    }

    static int sizeOf(PyObj o) {
        return o instanceof PyList ? ((PyList) o).size : ((PyTuple) o).items.length;
    }

    /** Lexicographic comparison, as CPython's list_richcompare: first differing item decides. */
    static PyObj compare(PyObj a, PyObj b, CompareOp op, Class<?> kind) {
        if (!kind.isInstance(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObj[] x = itemsOf(a);
        PyObj[] y = itemsOf(b);
        int nx = sizeOf(a);
        int ny = sizeOf(b);
        if ((op == CompareOp.EQ || op == CompareOp.NE) && nx != ny) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < nx && i < ny; i++) {
            if (x[i] != y[i] && !Abstract.richCompareBool(x[i], y[i], CompareOp.EQ)) {
                break;
            }
            x = itemsOf(a);
            y = itemsOf(b);
            nx = sizeOf(a);
            ny = sizeOf(b);
        }
        if (i >= nx || i >= ny) {
            return PyBool.of(op.test(Integer.compare(nx, ny)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x[i], y[i], op);
    }

    static String reprItems(PyObj self, String open, String close) {
        if (!Abstract.reprEnter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < sizeOf(self); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(itemsOf(self)[i]).value());
            }
            if (self instanceof PyTuple && sizeOf(self) == 1) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            Abstract.reprLeave(self);
        }
    }

    static long index(PyObj key, String what) {
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + key.type().name());
        }
        PyInt i = Abstract.index(key);
        if (!i.fitsLong()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    }

    static PyObj[] slice(PyObj[] items, int size, PySlice s) {
        long[] r = s.indices(size);
        int n = (int) r[3];
        PyObj[] out = new PyObj[n];
        for (int i = 0, j = (int) r[0]; i < n; i++, j += (int) r[2]) {
            out[i] = items[j];
        }
        return out;
    }

    static PyObj[] repeat(PyObj[] items, int size, PyObj n) {
        long count = Abstract.index(n).longValueExact();
        if (count <= 0 || size == 0) {
            return new PyObj[0];
        }
        if (count * size > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError("");
        }
        PyObj[] out = new PyObj[(int) (count * size)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, out, i * size, size);
        }
        return out;
    }

    static boolean isIndexable(PyObj n) {
        return n instanceof PyInt || n.type().index != null;
    }

    static PyObj indexOf(PyObj self, PyObj[] a, String name) {
        PyObj[] items = itemsOf(self);
        int size = sizeOf(self);
        long start = a[1] == null ? 0 : Abstract.index(a[1]).longValueExact();
        long stop = a[2] == null ? size : Abstract.index(a[2]).longValueExact();
        if (start < 0) {
            start = Math.max(0, start + size);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + size);
        }
        for (long i = start; i < Math.min(stop, sizeOf(self)); i++) {
            items = itemsOf(self);
            if (items[(int) i] == a[0] || Abstract.richCompareBool(items[(int) i], a[0], CompareOp.EQ)) {
                return PyInt.of(i);
            }
        }
        throw Errors.valueError(name);
    }

    static PyObj count(PyObj self, PyObj x) {
        int n = 0;
        for (int i = 0; i < sizeOf(self); i++) {
            PyObj item = itemsOf(self)[i];
            if (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    static boolean contains(PyObj self, PyObj x) {
        for (int i = 0; i < sizeOf(self); i++) {
            PyObj item = itemsOf(self)[i];
            if (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- tuple -----------------------------------------------------------------------------------

    static void defineTuple(PyType t) {
        t.slot(Slot.REPR, (Fn1) self -> PyStr.of(reprItems(self, "(", ")")))
                .slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyTuple) self).items.length)
                .slot(Slot.HASH, (SlotFns.HashFn) SeqMethods::tupleHash)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> compare(a, b, op, PyTuple.class))
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) SeqMethods::contains)
                .slot(Slot.ITER, (Fn1) self -> PySeqIter.ofTuple((PyTuple) self))
                .slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
                    PyTuple tu = (PyTuple) self;
                    if (key instanceof PySlice) {
                        return PyTuple.of(slice(tu.items, tu.items.length, (PySlice) key));
                    }
                    long i = index(key, "tuple");
                    if (i < 0) {
                        i += tu.items.length;
                    }
                    if (i < 0 || i >= tu.items.length) {
                        throw Errors.indexError("tuple index out of range");
                    }
                    return tu.items[(int) i];
                })
                .binop(BinOp.ADD, (a, b) -> {
                    if (!(a instanceof PyTuple)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (!(b instanceof PyTuple)) {
                        throw Errors.typeError("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
                    }
                    PyObj[] x = ((PyTuple) a).items;
                    PyObj[] y = ((PyTuple) b).items;
                    PyObj[] r = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return PyTuple.of(r);
                })
                .binop(BinOp.MULTIPLY, (a, b) -> {
                    PyObj s = a instanceof PyTuple ? a : b;
                    PyObj n = a instanceof PyTuple ? b : a;
                    if (!(s instanceof PyTuple)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (!isIndexable(n)) {
                        throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
                    }
                    PyTuple tu = (PyTuple) s;
                    return PyTuple.of(repeat(tu.items, tu.items.length, n));
                });
        t.dict().remove("__radd__");
        t.nbr[BinOp.ADD.ordinal()] = null;
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("tuple() takes no keyword arguments");
            }
            PyMethodDescr.checkRange("tuple", args.length, 0, 1);
            PyObj[] items = args.length == 0 ? new PyObj[0]
                    : args[0].type() == PyTuple.TYPE && cls == PyTuple.TYPE ? null : Abstract.toArray(args[0]);
            if (items == null) {
                return args[0];
            }
            return cls == PyTuple.TYPE ? PyTuple.of(items) : new PyTuple.Derived((PyType) cls, items);
        };
        t.new_ = nw;
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        t.method(PyMethodDescr.ofRange(t, "index", 1, 3, (self, a) -> indexOf(self, a, "tuple.index(x): x not in tuple")));
        t.method(PyMethodDescr.of1(t, "count", SeqMethods::count));
        t.method(PyMethodDescr.of0(t, "__getnewargs__", self -> PyTuple.of(PyTuple.of(((PyTuple) self).items))));
    }

    /** CPython 3.11's tuple hash (xxHash-derived), so hash((1, 2)) matches. */
    static long tupleHash(PyObj self) {
        PyObj[] items = ((PyTuple) self).items;
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObj item : items) {
            long lane = Abstract.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    // ---- list ------------------------------------------------------------------------------------

    static void defineList(PyType t) {
        t.slot(Slot.REPR, (Fn1) self -> PyStr.of(reprItems(self, "[", "]")))
                .slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyList) self).size)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> compare(a, b, op, PyList.class))
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) SeqMethods::contains)
                .slot(Slot.ITER, (Fn1) self -> PySeqIter.ofList((PyList) self))
                .slot(Slot.GETITEM, (SlotFns.Fn2) SeqMethods::listGetItem)
                .slot(Slot.SETITEM, (SlotFns.Fn3) (self, key, value) -> {
                    listSetItem((PyList) self, key, value);
                    return PyNone.NONE;
                })
                .slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw Errors.typeError("list() takes no keyword arguments");
                    }
                    PyMethodDescr.checkRange("list", args.length, 0, 1);
                    PyList l = (PyList) self;
                    l.setItems(args.length == 0 ? new PyObj[0] : Abstract.toArray(args[0]));
                    return PyNone.NONE;
                })
                .binop(BinOp.ADD, (a, b) -> {
                    if (!(a instanceof PyList)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (!(b instanceof PyList)) {
                        throw Errors.typeError("can only concatenate list (not \"" + b.type().name() + "\") to list");
                    }
                    PyList x = (PyList) a;
                    PyList y = (PyList) b;
                    PyObj[] r = Arrays.copyOf(x.items, x.size + y.size);
                    System.arraycopy(y.items, 0, r, x.size, y.size);
                    return new PyList(r);
                })
                .binop(BinOp.MULTIPLY, (a, b) -> {
                    PyObj s = a instanceof PyList ? a : b;
                    PyObj n = a instanceof PyList ? b : a;
                    if (!(s instanceof PyList)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (!isIndexable(n)) {
                        throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
                    }
                    PyList l = (PyList) s;
                    return new PyList(repeat(l.items, l.size, n));
                })
                .slot(Slot.inplace(BinOp.ADD), (SlotFns.Fn2) (a, b) -> {
                    extend((PyList) a, b);
                    return a;
                })
                .slot(Slot.inplace(BinOp.MULTIPLY), (SlotFns.Fn2) (a, b) -> {
                    if (!isIndexable(b)) {
                        throw Errors.typeError("can't multiply sequence by non-int of type '" + b.type().name() + "'");
                    }
                    PyList l = (PyList) a;
                    l.setItems(repeat(l.items, l.size, b));
                    return a;
                });
        t.dict().remove("__radd__");
        t.nbr[BinOp.ADD.ordinal()] = null;
        t.attr("__hash__", PyNone.NONE);
        t.hash = null;
        SlotFns.CallFn nw = (cls, args, kw) -> cls == PyList.TYPE ? new PyList() : new PyList.Derived((PyType) cls);
        t.new_ = nw;
        t.instanceFactory = cls -> cls == PyList.TYPE ? new PyList() : new PyList.Derived(cls);
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        t.method(PyMethodDescr.of1(t, "append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of1(t, "extend", (self, x) -> {
            extend((PyList) self, x);
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of2(t, "insert", (self, i, x) -> {
            PyList l = (PyList) self;
            long idx = Abstract.index(i).fitsLong() ? Abstract.index(i).longValue() : (Abstract.index(i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (idx < 0) {
                idx = Math.max(0, idx + l.size);
            }
            idx = Math.min(idx, l.size);
            l.append(x);
            System.arraycopy(l.items, (int) idx, l.items, (int) idx + 1, l.size - 1 - (int) idx);
            l.items[(int) idx] = x;
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.ofRange(t, "pop", 0, 1, (self, a) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long idx = a[0] == null ? l.size - 1 : Abstract.index(a[0]).longValueExact();
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Errors.indexError("pop index out of range");
            }
            PyObj r = l.items[(int) idx];
            System.arraycopy(l.items, (int) idx + 1, l.items, (int) idx, l.size - (int) idx - 1);
            l.items[--l.size] = null;
            return r;
        }));
        t.method(PyMethodDescr.of1(t, "remove", (self, x) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == x || Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
                    l.items[--l.size] = null;
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        }));
        t.method(PyMethodDescr.ofRange(t, "index", 1, 3, (self, a) -> indexOf(self, a,
                Abstract.repr(a[0]).value() + " is not in list")));
        t.method(PyMethodDescr.of1(t, "count", SeqMethods::count));
        t.method(PyMethodDescr.of0(t, "clear", self -> {
            ((PyList) self).setItems(new PyObj[0]);
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of0(t, "copy", self -> new PyList(((PyList) self).toArray())));
        t.method(PyMethodDescr.of0(t, "reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObj tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.ofKw(t, "sort", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyObj key = null;
            boolean reverse = false;
            for (int i = 0; i < nkw; i++) {
                if (kw[i].equals("key")) {
                    key = args[i];
                } else if (kw[i].equals("reverse")) {
                    reverse = Abstract.isTrue(args[i]);
                } else {
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                }
            }
            sort((PyList) self, key == PyNone.NONE ? null : key, reverse);
            return PyNone.NONE;
        }));
        t.method(PyMethodDescr.of0(t, "__reversed__", self -> new PySeqIter.ReversedList((PyList) self)));
    }

    static PyObj listGetItem(PyObj self, PyObj key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice) {
            return new PyList(slice(l.items, l.size, (PySlice) key));
        }
        long i = index(key, "list");
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list index out of range");
        }
        return l.items[(int) i];
    }

    static void listSetItem(PyList l, PyObj key, PyObj value) {
        if (key instanceof PySlice) {
            setSlice(l, (PySlice) key, value);
            return;
        }
        long i = index(key, "list");
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Errors.indexError(value == null ? "list assignment index out of range" : "list assignment index out of range");
        }
        if (value == null) {
            System.arraycopy(l.items, (int) i + 1, l.items, (int) i, l.size - (int) i - 1);
            l.items[--l.size] = null;
        } else {
            l.items[(int) i] = value;
        }
    }

    private static void setSlice(PyList l, PySlice s, PyObj value) {
        long[] r = s.indices(l.size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        if (value == null) {
            if (step == 1) {
                int stop = start + n;
                List<PyObj> keep = new ArrayList<>();
                for (int i = 0; i < l.size; i++) {
                    if (i < start || i >= stop) {
                        keep.add(l.items[i]);
                    }
                }
                l.setItems(keep.toArray(new PyObj[0]));
                return;
            }
            boolean[] drop = new boolean[l.size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            List<PyObj> keep = new ArrayList<>();
            for (int i = 0; i < l.size; i++) {
                if (!drop[i]) {
                    keep.add(l.items[i]);
                }
            }
            l.setItems(keep.toArray(new PyObj[0]));
            return;
        }
        PyType vt = value.type();
        if (vt.iter == null && (vt.getitem == null || value instanceof PyDict)) {
            throw Errors.typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        PyObj[] src = value == l ? l.toArray() : Abstract.toArray(value);
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            if (src.length == stop - start) {
                // As many items as replaced (perm[:k + 1] = perm[k::-1]): in place.
                System.arraycopy(src, 0, l.items, start, src.length);
                return;
            }
            PyObj[] out = new PyObj[l.size - (stop - start) + src.length];
            System.arraycopy(l.items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(l.items, stop, out, start + src.length, l.size - stop);
            l.setItems(out);
            return;
        }
        if (src.length != n) {
            throw Errors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            l.items[j] = src[i];
        }
    }

    static void extend(PyList l, PyObj iterable) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            PyObj[] src = itemsOf(iterable);
            int n = sizeOf(iterable);
            for (int i = 0; i < n; i++) {
                l.append(src[i]);
            }
            return;
        }
        for (PyObj x : Abstract.iterate(iterable)) {
            l.append(x);
        }
    }

    static void sort(PyList l, PyObj key, boolean reverse) {
        int n = l.size;
        PyObj[] items = l.toArray();
        PyObj[] keys = items;
        // CPython empties the list while sorting so mutations are detected.
        l.setItems(new PyObj[0]);
        try {
            if (key != null) {
                keys = new PyObj[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, new PyObj[] {items[i]}, null);
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            PyObj[] k = keys;
            // Stable merge sort; reverse keeps stability by comparing with operands swapped.
            java.util.Comparator<Integer> cmp = reverse
                    ? (x, y) -> Abstract.richCompareBool(k[y], k[x], CompareOp.LT) ? -1 : 0
                    : (x, y) -> Abstract.richCompareBool(k[x], k[y], CompareOp.LT) ? -1
                    : Abstract.richCompareBool(k[y], k[x], CompareOp.LT) ? 1 : 0;
            if (reverse) {
                cmp = (x, y) -> Abstract.richCompareBool(k[y], k[x], CompareOp.LT) ? -1
                        : Abstract.richCompareBool(k[x], k[y], CompareOp.LT) ? 1 : 0;
            }
            mergeSort(order, cmp);
            PyObj[] out = new PyObj[n];
            for (int i = 0; i < n; i++) {
                out[i] = items[order[i]];
            }
            if (l.size != 0) {
                throw Errors.valueError("list modified during sort");
            }
            l.setItems(out);
        } catch (RuntimeException e) {
            if (l.size == 0) {
                l.setItems(items);
            }
            throw e;
        }
    }

    private static void mergeSort(Integer[] a, java.util.Comparator<Integer> cmp) {
        Integer[] tmp = new Integer[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
                System.arraycopy(tmp, lo, a, lo, hi - lo);
            }
        }
    }
}
