package org.ember.objects;

/** The mutating slots and methods of {@code bytearray}. Compare CPython {@code Objects/bytearrayobject.c}. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static final ArgParser INIT = new ArgParser("bytearray", 0, 3, 0, "source", "encoding", "errors");

    static PyByteArray ba(PyObj o) {
        return (PyByteArray) o;
    }

    static void define(PyType t) {
        t.attr("__hash__", PyNone.NONE);
        t.hash = null;
        // bytearray.__new__ makes an empty array; __init__ fills it, as in CPython.
        SlotFns.CallFn nw = (cls, args, kw) -> cls == PyByteArray.TYPE ? new PyByteArray()
                : new PyByteArray.Derived((PyType) cls);
        t.new_ = nw;
        t.instanceFactory = cls -> cls == PyByteArray.TYPE ? new PyByteArray() : new PyByteArray.Derived(cls);
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        // bytearray.__init__(self, /, source=b'', encoding=..., errors=...)
        t.slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            byte[] b = PyBytes.construct("bytearray", INIT.parse(args, kw), false);
            ba(self).setContents(b);
            return PyNone.NONE;
        });
        t.slot(Slot.GETITEM, (SlotFns.Fn2) (self, key) -> {
            PyByteArray a = ba(self);
            if (key instanceof PySlice) {
                return new PyByteArray(PyBytes.slice(a.buf, a.size, (PySlice) key));
            }
            return PyInt.of(a.buf[checkIndex(a, SeqMethods.index(key, "bytearray"))] & 0xFF);
        });
        t.slot(Slot.SETITEM, (SlotFns.Fn3) (self, key, value) -> {
            PyByteArray a = ba(self);
            if (key instanceof PySlice) {
                setSlice(a, (PySlice) key, value);
            } else if (value == null) {
                int i = checkIndex(a, SeqMethods.index(key, "bytearray"));
                a.checkResizable();
                System.arraycopy(a.buf, i + 1, a.buf, i, a.size - i - 1);
                a.size--;
            } else {
                // CPython's order: the index's type, then the value, then the index's range.
                long i = SeqMethods.index(key, "bytearray");
                byte v = BytesMethods.byteValue(value);
                a.buf[checkIndex(a, i)] = v;
            }
            return PyNone.NONE;
        });
        t.slot(Slot.inplace(BinOp.ADD), (SlotFns.Fn2) (self, other) -> {
            byte[] b = BytesMethods.buffer(other);
            if (b == null) {
                throw Errors.typeError("can't concat " + other.type().name() + " to " + self.type().name());
            }
            ba(self).appendAll(b);
            return self;
        });
        t.slot(Slot.inplace(BinOp.MULTIPLY), (SlotFns.Fn2) (self, n) -> {
            byte[] r = BytesMethods.repeat(ba(self).toArray(), n);
            if (r.length != ba(self).size) {
                ba(self).setContents(r);
            }
            return self;
        });
        // bytearray.append(item, /)
        t.method(PyMethodDescr.of1(t, "append", (self, x) -> {
            ba(self).append(BytesMethods.byteValue(x));
            return PyNone.NONE;
        }));
        // bytearray.extend(iterable_of_ints, /)
        t.method(PyMethodDescr.of1(t, "extend", (self, x) -> {
            byte[] b = BytesMethods.buffer(x);
            if (b == null) {
                if (x.type().iter == null && x.type().getitem == null) {
                    throw Errors.typeError("can't extend bytearray with " + x.type().name());
                }
                b = PyBytes.fromIterable(x, "byte must be in range(0, 256)");
            }
            ba(self).appendAll(b);
            return PyNone.NONE;
        }));
        // bytearray.insert(index, item, /)
        t.method(PyMethodDescr.of2(t, "insert", (self, i, x) -> {
            PyByteArray a = ba(self);
            PyInt big = Abstract.index(i);
            long idx = big.fitsLong() ? big.longValue() : big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
            byte v = BytesMethods.byteValue(x);
            if (idx < 0) {
                idx = Math.max(0, idx + a.size);
            }
            idx = Math.min(idx, a.size);
            a.append(v);
            System.arraycopy(a.buf, (int) idx, a.buf, (int) idx + 1, a.size - 1 - (int) idx);
            a.buf[(int) idx] = v;
            return PyNone.NONE;
        }));
        // bytearray.pop(index=-1, /)
        t.method(PyMethodDescr.ofRange(t, "pop", 0, 1, (self, args) -> {
            PyByteArray a = ba(self);
            long idx = args[0] == null ? -1 : Abstract.index(args[0]).longValueExact();
            if (a.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (idx < 0) {
                idx += a.size;
            }
            if (idx < 0 || idx >= a.size) {
                throw Errors.indexError("pop index out of range");
            }
            a.checkResizable();
            int r = a.buf[(int) idx] & 0xFF;
            System.arraycopy(a.buf, (int) idx + 1, a.buf, (int) idx, a.size - (int) idx - 1);
            a.size--;
            return PyInt.of(r);
        }));
        // bytearray.remove(value, /)
        t.method(PyMethodDescr.of1(t, "remove", (self, x) -> {
            PyByteArray a = ba(self);
            byte v = BytesMethods.byteValue(x);
            for (int i = 0; i < a.size; i++) {
                if (a.buf[i] == v) {
                    a.checkResizable();
                    System.arraycopy(a.buf, i + 1, a.buf, i, a.size - i - 1);
                    a.size--;
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        }));
        // bytearray.reverse()
        t.method(PyMethodDescr.of0(t, "reverse", self -> {
            PyByteArray a = ba(self);
            for (int i = 0, j = a.size - 1; i < j; i++, j--) {
                byte tmp = a.buf[i];
                a.buf[i] = a.buf[j];
                a.buf[j] = tmp;
            }
            return PyNone.NONE;
        }));
        // bytearray.clear()
        t.method(PyMethodDescr.of0(t, "clear", self -> {
            ba(self).setContents(new byte[0]);
            return PyNone.NONE;
        }));
        // bytearray.copy()
        t.method(PyMethodDescr.of0(t, "copy", self -> new PyByteArray(ba(self).toArray())));
        // bytearray.__alloc__()  (CPython's allocated size: the used bytes plus the terminating NUL)
        t.method(PyMethodDescr.of0(t, "__alloc__", self -> PyInt.of(Math.max(ba(self).buf.length, ba(self).size + 1))));
    }

    /** An index argument resolved against the current size: {@code bytearray index out of range}. */
    private static int checkIndex(PyByteArray a, long i) {
        if (i < 0) {
            i += a.size;
        }
        if (i < 0 || i >= a.size) {
            throw Errors.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    /** {@code a[s] = value} and (value null) {@code del a[s]}. */
    private static void setSlice(PyByteArray a, PySlice s, PyObj value) {
        long[] r = s.indices(a.size);
        int start = (int) r[0];
        int step = (int) r[2];
        int n = (int) r[3];
        byte[] src = null;
        if (value != null) {
            src = BytesMethods.buffer(value);
            if (src == null) {
                PyType vt = value.type();
                if (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat || value instanceof PyComplex
                        || vt.index != null || vt.int_ != null || vt.float_ != null) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                if (vt.iter == null && vt.getitem == null) {
                    throw Errors.typeError("cannot convert '" + vt.name() + "' object to bytearray");
                }
                src = PyBytes.fromIterable(value, "byte must be in range(0, 256)");
            }
            if (src.length == 0 && step != 1) {
                src = null; // CPython deletes an extended slice assigned an empty sequence
            }
        }
        if (step == 1) {
            int stop = start + n;
            int newLen = src == null ? 0 : src.length;
            if (newLen != n) {
                a.checkResizable();
            }
            byte[] out = new byte[a.size - n + newLen];
            System.arraycopy(a.buf, 0, out, 0, start);
            if (src != null) {
                System.arraycopy(src, 0, out, start, newLen);
            }
            System.arraycopy(a.buf, stop, out, start + newLen, a.size - stop);
            if (newLen == n) {
                System.arraycopy(out, 0, a.buf, 0, out.length);
            } else {
                a.setContents(out);
            }
            return;
        }
        if (src == null) {
            if (n == 0) {
                return;
            }
            a.checkResizable();
            boolean[] drop = new boolean[a.size];
            for (int i = 0, j = start; i < n; i++, j += step) {
                drop[j] = true;
            }
            byte[] out = new byte[a.size - n];
            int k = 0;
            for (int i = 0; i < a.size; i++) {
                if (!drop[i]) {
                    out[k++] = a.buf[i];
                }
            }
            a.setContents(out);
            return;
        }
        if (src.length != n) {
            throw Errors.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            a.buf[j] = src[i];
        }
    }
}
