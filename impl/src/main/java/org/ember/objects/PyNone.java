package org.ember.objects;

/** {@code None} and its type {@code NoneType}. */
public final class PyNone extends PyObj {
    public static final PyType TYPE = PyType.builtin("NoneType", PyBaseObject.TYPE, null).finalType();
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) self -> PyStr.of("None"))
                .slot(Slot.BOOL, (SlotFns.TestFn) self -> false)
                .slot(Slot.HASH, (SlotFns.HashFn) self -> 0xFCA86420L);
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return NONE;
        };
        TYPE.new_ = nw;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, nw));
    }

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
