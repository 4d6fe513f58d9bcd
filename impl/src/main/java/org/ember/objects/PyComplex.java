package org.ember.objects;

/** {@code complex}: a pair of doubles. Compare CPython {@code Objects/complexobject.c}. */
public final class PyComplex extends PyObj {
    public static final PyType TYPE = PyType.builtin("complex", PyBaseObject.TYPE, null);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public static PyComplex of(double re, double im) {
        return new PyComplex(re, im);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static double[] parts(PyObj o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value, 0.0};
        }
        if (o instanceof PyInt) {
            return new double[] {((PyInt) o).doubleValue(), 0.0};
        }
        return null;
    }

    private interface COp {
        PyObj apply(double ar, double ai, double br, double bi);
    }

    private static SlotFns.Fn2 op(COp f) {
        return (a, b) -> {
            double[] x = parts(a);
            double[] y = parts(b);
            if (x == null || y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return f.apply(x[0], x[1], y[0], y[1]);
        };
    }

    static PyObj divide(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            throw Errors.zeroDivision("complex division by zero");
        }
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        double ratio = br / bi;
        double denom = br * ratio + bi;
        return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }

    static PyObj pow(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (bi == 0.0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            // Small integer powers by repeated squaring, as CPython does, so (1j)**2 == (-1+0j) exactly.
            long n = (long) Math.abs(br);
            double rr = 1.0;
            double ri = 0.0;
            double xr = ar;
            double xi = ai;
            while (n > 0) {
                if ((n & 1) != 0) {
                    double t = rr * xr - ri * xi;
                    ri = rr * xi + ri * xr;
                    rr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                n >>= 1;
            }
            if (br < 0) {
                if (rr == 0.0 && ri == 0.0) {
                    throw Errors.zeroDivision("0.0 to a negative or complex power");
                }
                return divide(1.0, 0.0, rr, ri);
            }
            return new PyComplex(rr, ri);
        }
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    static {
        TYPE.binop(BinOp.ADD, op((ar, ai, br, bi) -> new PyComplex(ar + br, ai + bi)))
                .binop(BinOp.SUBTRACT, op((ar, ai, br, bi) -> new PyComplex(ar - br, ai - bi)))
                .binop(BinOp.MULTIPLY, op((ar, ai, br, bi) -> new PyComplex(ar * br - ai * bi, ar * bi + ai * br)))
                .binop(BinOp.TRUE_DIVIDE, op(PyComplex::divide))
                .binop(BinOp.POWER, op(PyComplex::pow))
                .slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of(Formatting.complexRepr(((PyComplex) self).real, ((PyComplex) self).imag)))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> {
                    PyComplex c = (PyComplex) self;
                    long h = Hashing.hashDouble(c.real, self) + 1000003L * Hashing.hashDouble(c.imag, self);
                    return h == -1 ? -2 : h;
                })
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> ((PyComplex) self).real != 0.0 || ((PyComplex) self).imag != 0.0)
                .slot(Slot.NEG, (SlotFns.Fn1) self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag))
                .slot(Slot.POS, (SlotFns.Fn1) self -> new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag))
                .slot(Slot.ABS, (SlotFns.Fn1) self -> {
                    double r = Math.hypot(((PyComplex) self).real, ((PyComplex) self).imag);
                    if (Double.isInfinite(r) && !Double.isInfinite(((PyComplex) self).real) && !Double.isInfinite(((PyComplex) self).imag)) {
                        throw Errors.overflowError("absolute value too large");
                    }
                    return new PyFloat(r);
                })
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    double[] y = parts(b);
                    if (y == null || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyComplex x = (PyComplex) a;
                    boolean eq = b instanceof PyInt ? x.imag == 0.0 && PyFloat.compareWithInt(x.real, (PyInt) b) == 0
                            : x.real == y[0] && x.imag == y[1];
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                });
        SlotFns.CallFn nw = (cls, args, kw) -> {
            PyMethodDescr.checkRange("complex", args.length, 0, 2);
            if (args.length == 0) {
                return new PyComplex(0.0, 0.0);
            }
            if (args[0] instanceof PyStr) {
                if (args.length > 1) {
                    throw Errors.typeError("complex() can't take second arg if first is a string");
                }
                return Formatting.parseComplex(((PyStr) args[0]).value());
            }
            if (args.length > 1 && args[1] instanceof PyStr) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            // As CPython: real = r.real - i.imag, imag = r.imag + i.real, where a non-complex operand
            // contributes no imaginary part at all (so complex(0, -0.0) keeps its negative zero).
            double[] r = parts(args[0]);
            boolean rComplex = args[0] instanceof PyComplex;
            if (args.length == 1 && r == null && Abstract.lookupSpecial(args[0], "__complex__") == null
                    && args[0].type().float_ == null && args[0].type().index == null) {
                throw Errors.typeError("complex() first argument must be a string or a number, not '" + args[0].type().name() + "'");
            }
            if (r == null) {
                PyType t0 = args[0].type();
                if (t0.float_ == null && t0.index == null && Abstract.lookupSpecial(args[0], "__complex__") == null) {
                    throw Errors.typeError("complex() first argument must be a string or a number, not '" + t0.name() + "'");
                }
                PyObj cx = Abstract.lookupSpecial(args[0], "__complex__");
                if (cx != null) {
                    PyObj c = Abstract.call(cx, new PyObj[0], null);
                    if (!(c instanceof PyComplex)) {
                        throw Errors.typeError("__complex__ returned non-complex (type " + c.type().name() + ")");
                    }
                    r = new double[] {((PyComplex) c).real, ((PyComplex) c).imag};
                    rComplex = true;
                } else {
                    r = new double[] {Abstract.toDouble(args[0]), 0.0};
                }
            }
            if (args.length == 1) {
                return new PyComplex(r[0], r[1]);
            }
            double[] i = parts(args[1]);
            if (i == null) {
                throw Errors.typeError("complex() second arg must be a number, not '" + args[1].type().name() + "'");
            }
            boolean iComplex = args[1] instanceof PyComplex;
            double re = iComplex ? r[0] - i[1] : r[0];
            double im = rComplex ? r[1] + i[0] : i[0];
            return new PyComplex(re, im);
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
        TYPE.attr("real", new PyGetSet("real", s -> new PyFloat(((PyComplex) s).real), null));
        TYPE.attr("imag", new PyGetSet("imag", s -> new PyFloat(((PyComplex) s).imag), null));
        TYPE.method(PyMethodDescr.of1(TYPE, "__format__", (self, spec) -> {
            String sp = Abstract.strArg(spec, "format() argument 2").value();
            return sp.isEmpty() ? Abstract.str(self) : Formatting.formatComplex(((PyComplex) self).real, ((PyComplex) self).imag, sp);
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "conjugate", s -> new PyComplex(((PyComplex) s).real, -((PyComplex) s).imag)));
    }
}
