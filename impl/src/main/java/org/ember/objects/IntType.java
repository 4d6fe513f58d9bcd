package org.ember.objects;

import java.math.BigInteger;
import org.ember.objects.SlotFns.Fn1;
import org.ember.objects.SlotFns.Fn2;

/** The slots and methods of {@code int}. Compare CPython {@code Objects/longobject.c}. */
final class IntType {
    private IntType() {}

    /** A binary int operation, given that both operands are ints. */
    private interface IntOp {
        PyObj apply(PyInt a, PyInt b);
    }

    private static Fn2 op(IntOp f) {
        return (a, b) -> {
            PyInt x = PyInt.asInt(a);
            PyInt y = PyInt.asInt(b);
            if (x == null || y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return f.apply(x, y);
        };
    }

    static void define(PyType t) {
        t.binop(BinOp.ADD, op(PyInt::add))
                .binop(BinOp.SUBTRACT, op(PyInt::sub))
                .binop(BinOp.MULTIPLY, op(PyInt::mul))
                .binop(BinOp.FLOOR_DIVIDE, op(PyInt::floorDiv))
                .binop(BinOp.REMAINDER, op(PyInt::mod))
                .binop(BinOp.TRUE_DIVIDE, op(PyInt::trueDiv))
                .binop(BinOp.POWER, op(PyInt::pow))
                .binop(BinOp.LSHIFT, op(PyInt::lshift))
                .binop(BinOp.RSHIFT, op(PyInt::rshift))
                .binop(BinOp.AND, op(PyInt::and))
                .binop(BinOp.OR, op(PyInt::or))
                .binop(BinOp.XOR, op(PyInt::xor))
                .slot(Slot.REPR, (Fn1) self -> PyStr.of(((PyInt) self).toDecimal()))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> Hashing.hashInt((PyInt) self))
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> ((PyInt) self).signum() != 0)
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyInt)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(op.test(PyInt.compare((PyInt) a, (PyInt) b)));
                })
                .slot(Slot.NEG, (Fn1) self -> PyInt.negate(exact(self)))
                .slot(Slot.POS, (Fn1) IntType::exact)
                .slot(Slot.ABS, (Fn1) self -> ((PyInt) self).signum() < 0 ? PyInt.negate(exact(self)) : exact(self))
                .slot(Slot.INVERT, (Fn1) self -> PyInt.sub(PyInt.negate(exact(self)), PyInt.of(1)))
                .slot(Slot.INDEX, (Fn1) IntType::exact)
                .slot(Slot.INT, (Fn1) IntType::exact)
                .slot(Slot.FLOAT, (Fn1) self -> new PyFloat(((PyInt) self).doubleValue()));
        SlotFns.CallFn nw = IntType::newInt;
        t.new_ = nw;
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        t.instanceFactory = null;
        t.method(PyMethodDescr.of0(t, "bit_length", self -> PyInt.of(bitLength((PyInt) self))));
        t.method(PyMethodDescr.of0(t, "bit_count", self -> PyInt.of(((PyInt) self).bigValue().abs().bitCount())));
        t.method(PyMethodDescr.of0(t, "conjugate", IntType::exact));
        t.method(PyMethodDescr.of0(t, "__trunc__", IntType::exact));
        t.method(PyMethodDescr.of0(t, "__floor__", IntType::exact));
        t.method(PyMethodDescr.of0(t, "__ceil__", IntType::exact));
        t.method(PyMethodDescr.of0(t, "__getnewargs__", self -> PyTuple.of(exact(self))));
        t.method(PyMethodDescr.of0(t, "as_integer_ratio", self -> PyTuple.of(exact(self), PyInt.of(1))));
        t.method(PyMethodDescr.ofRange(t, "__round__", 0, 1, (self, a) -> round((PyInt) self, a[0])));
        t.method(PyMethodDescr.of1(t, "__divmod__", (a, b) -> divmod(a, b)));
        t.method(PyMethodDescr.of1(t, "__rdivmod__", (a, b) -> divmod(b, a)));
        t.method(PyMethodDescr.of1(t, "__format__", (self, spec) -> {
            String sp = Abstract.strArg(spec, "format() argument 2").value();
            // An empty spec means str(self): bool and int subclasses print their own way.
            return sp.isEmpty() && self.getClass() != PyInt.class ? Abstract.str(self) : Formatting.formatInt((PyInt) self, sp);
        }));
        t.attr("real", new PyGetSet("real", IntType::exact, null));
        t.attr("imag", new PyGetSet("imag", self -> PyInt.of(0), null));
        t.attr("numerator", new PyGetSet("numerator", IntType::exact, null));
        t.attr("denominator", new PyGetSet("denominator", self -> PyInt.of(1), null));
    }

    /** The plain int value of an int or an int subclass instance (bool → int). */
    static PyInt exact(PyObj self) {
        PyInt i = (PyInt) self;
        if (i.getClass() == PyInt.class) {
            return i;
        }
        return i.fitsLong() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
    }

    static int bitLength(PyInt i) {
        if (i.fitsLong()) {
            long v = i.longValue();
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return i.bigValue().abs().bitLength();
    }

    static PyObj divmod(PyObj a, PyObj b) {
        if (!(a instanceof PyInt) || !(b instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (((PyInt) b).signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        return PyTuple.of(PyInt.floorDiv((PyInt) a, (PyInt) b), PyInt.mod((PyInt) a, (PyInt) b));
    }

    static PyObj round(PyInt self, PyObj nd) {
        if (nd == null || nd == PyNone.NONE) {
            return exact(self);
        }
        PyInt n = Abstract.index(nd);
        if (n.signum() >= 0) {
            return exact(self);
        }
        if (!n.fitsLong() || n.longValue() < -4000) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n.longValue());
        BigInteger v = self.bigValue();
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    static PyObj newInt(PyObj clsObj, PyObj[] args, String[] kw) {
        PyType cls = (PyType) clsObj;
        PyObj x = null;
        PyObj base = null;
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + npos + " given)");
        }
        if (npos > 0) {
            x = args[0];
        }
        if (npos > 1) {
            base = args[1];
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("base") && base == null) {
                    base = args[npos + i];
                } else {
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for int()");
                }
            }
        }
        PyInt v = base == null ? (x == null ? PyInt.of(0) : Abstract.toIntConstructor(x)) : parseWithBase(x, base);
        if (cls == PyInt.TYPE) {
            return v;
        }
        return new Derived(cls, v);
    }

    private static PyInt parseWithBase(PyObj x, PyObj baseObj) {
        if (x == null) {
            throw Errors.typeError("int() missing string argument");
        }
        PyInt b = Abstract.index(baseObj);
        long base = b.fitsLong() ? b.longValue() : 99;
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s;
        if (x instanceof PyStr) {
            s = ((PyStr) x).value();
        } else if (BytesMethods.buffer(x) != null) {
            return BytesMethods.parseInt(x, (int) base);
        } else {
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return Formatting.parseInt(s, (int) base, x);
    }

    /** An instance of a Python subclass of {@code int}. */
    static final class Derived extends PyInt {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type, PyInt v) {
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
