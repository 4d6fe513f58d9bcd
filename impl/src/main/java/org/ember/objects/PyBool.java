package org.ember.objects;

/** {@code bool}: a subclass of {@code int} with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, null).finalType();
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of(self == TRUE ? "True" : "False"));
        TYPE.binop(BinOp.AND, (a, b) -> a instanceof PyBool && b instanceof PyBool ? of(a == TRUE & b == TRUE)
                : PyInt.TYPE.nb[BinOp.AND.ordinal()].apply(a, b));
        TYPE.binop(BinOp.OR, (a, b) -> a instanceof PyBool && b instanceof PyBool ? of(a == TRUE | b == TRUE)
                : PyInt.TYPE.nb[BinOp.OR.ordinal()].apply(a, b));
        TYPE.binop(BinOp.XOR, (a, b) -> a instanceof PyBool && b instanceof PyBool ? of(a == TRUE ^ b == TRUE)
                : PyInt.TYPE.nb[BinOp.XOR.ordinal()].apply(a, b));
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("bool() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("bool expected at most 1 argument, got " + args.length);
            }
            return args.length == 0 ? FALSE : of(Abstract.isTrue(args[0]));
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
    }

    private PyBool(long v) {
        super(PyInt.of(v));
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
