package org.ember.objects;

/** A bound method ({@code method}): a function and the object it was found through. */
public final class PyMethod extends PyObj {
    public static final PyType TYPE = PyType.builtin("method", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.slot(Slot.CALL, (SlotFns.CallFn) (self, args, kw) -> {
            PyMethod m = (PyMethod) self;
            if (!m.function.type().isMethodDescriptorType() && !(m.function instanceof PyMethodDescr)) {
                // Any other callable (a builtin function under classmethod, ...) gets self prepended, as CPython's method_vectorcall.
                PyObj[] all = new PyObj[args.length + 1];
                all[0] = m.self;
                System.arraycopy(args, 0, all, 1, args.length);
                return Abstract.call(m.function, all, kw);
            }
            return Abstract.callMethodArgs(m.function, m.self, args, kw);
        }).slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyMethod m = (PyMethod) self;
            PyObj qn = Abstract.lookupAttr(m.function, "__qualname__");
            String name = qn instanceof PyStr ? ((PyStr) qn).value() : "?";
            return PyStr.of("<bound method " + name + " of " + Abstract.repr(m.self).value() + ">");
        }).slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (self, other, op) -> {
            if (!(other instanceof PyMethod) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod a = (PyMethod) self;
            PyMethod b = (PyMethod) other;
            boolean eq = a.self == b.self && Abstract.richCompareBool(a.function, b.function, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }).slot(Slot.HASH, (SlotFns.HashFn) self -> System.identityHashCode(((PyMethod) self).self)
                ^ Abstract.hash(((PyMethod) self).function));
        TYPE.attr("__func__", new PyGetSet("__func__", self -> ((PyMethod) self).function, null));
        TYPE.attr("__self__", new PyGetSet("__self__", self -> ((PyMethod) self).self, null));
        TYPE.slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) (self, name) -> {
            PyObj r = PyBaseObject.genericGetAttrOrNull(self, name);
            return r != null ? r : Abstract.getAttr(((PyMethod) self).function, name);
        });
        TYPE.dict().remove("__getattr__");
    }

    public final PyObj function;
    public final PyObj self;

    public PyMethod(PyObj function, PyObj self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
