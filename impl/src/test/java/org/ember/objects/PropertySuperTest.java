package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ember.objects.Py.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code property} and {@code super}, on classes built with {@code type(name, bases, ns)}; expectations from python3. */
class PropertySuperTest {
    static PyType cls(String name, PyDict ns, PyObj... bases) {
        return (PyType) call("type", s(name), tup(bases), ns);
    }

    static PyObj fn(String name, org.ember.objects.SlotFns.CallFn f) {
        return PyBuiltinFunction.of(name, f);
    }

    static PyObj newInstance(PyType t) {
        return Abstract.call(t, new PyObj[0], null);
    }

    @AfterEach
    void resetHook() {
        PySuper.zeroArgResolver = null;
    }

    @Test
    void propertyGetSetDelete() {
        // class C:
        //     x = property(lambda self: self._x, lambda self, v: setattr(self, '_x', v), lambda self: delattr(self, '_x'))
        PyObj getter = fn("getx", (s, a, kw) -> Abstract.getAttr(a[0], "_x"));
        PyObj setter = fn("setx", (s, a, kw) -> {
            Abstract.setAttr(a[0], "_x", a[1]);
            return PyNone.NONE;
        });
        PyObj deleter = fn("delx", (s, a, kw) -> {
            Abstract.setAttr(a[0], "_x", null);
            return PyNone.NONE;
        });
        PyDict ns = new PyDict();
        ns.setStr("x", call("property", getter, setter, deleter));
        PyType c = cls("C", ns);
        PyObj o = newInstance(c);
        // c = C(); c.x = 5; c.x -> 5 ; c._x -> 5 ; del c.x ; hasattr(c, '_x') -> False
        Abstract.setAttr(o, "x", i(5));
        eq("5", Abstract.getAttr(o, "x"));
        eq("5", Abstract.getAttr(o, "_x"));
        Abstract.setAttr(o, "x", null);
        eq("False", call("hasattr", o, s("_x")));
        // type(C.x).__name__ -> 'property' ; C.x.fget is getter
        assertThat(Abstract.getAttr(c, "x").type().name()).isEqualTo("property");
        assertThat(Abstract.getAttr(Abstract.getAttr(c, "x"), "fget")).isSameAs(getter);
    }

    @Test
    void propertyMissingAccessorMessagesUseTheSetName() {
        // class C:
        //     x = property(lambda self: 1)
        //     y = property()
        // c.x = 1 ; del c.x ; c.y
        PyDict ns = new PyDict();
        ns.setStr("x", call("property", fn("one", (s, a, kw) -> i(1))));
        ns.setStr("y", call("property"));
        PyObj o = newInstance(cls("C", ns));
        eq("1", Abstract.getAttr(o, "x"));
        raises("AttributeError: property 'x' of 'C' object has no setter", () -> {
            Abstract.setAttr(o, "x", i(1));
            return null;
        });
        raises("AttributeError: property 'x' of 'C' object has no deleter", () -> {
            Abstract.setAttr(o, "x", null);
            return null;
        });
        raises("AttributeError: property 'y' of 'C' object has no getter", () -> Abstract.getAttr(o, "y"));
        // p = property(); class C: pass ; C.z = p ; C().z  (no __set_name__ call)
        PyType c2 = cls("C", new PyDict());
        c2.setClassAttr("z", call("property"));
        raises("AttributeError: property of 'C' object has no getter", () -> Abstract.getAttr(newInstance(c2), "z"));
    }

    @Test
    void propertyCopiesAndDoc() {
        // p = property(None, None, None, 'd'); p.__doc__ -> 'd' ; property().__doc__ -> None
        eq("'d'", Abstract.getAttr(call("property", PyNone.NONE, PyNone.NONE, PyNone.NONE, s("d")), "__doc__"));
        eq("None", Abstract.getAttr(call("property"), "__doc__"));
        // p = property(lambda s: 1, doc='D.y'); q = p.deleter(f); q.__doc__ -> 'D.y' ; q.fget is p.fget ; q is not p
        PyObj g = fn("g", (s, a, kw) -> i(1));
        PyObj p = callKw("property", kw("doc"), g, s("D.y"));
        PyObj q = m(p, "deleter", fn("d", (s, a, kw) -> PyNone.NONE));
        assertThat(q).isNotSameAs(p);
        eq("'D.y'", Abstract.getAttr(q, "__doc__"));
        assertThat(Abstract.getAttr(q, "fget")).isSameAs(g);
        assertThat(Abstract.getAttr(q, "fdel")).isNotSameAs(PyNone.NONE);
        eq("None", Abstract.getAttr(q, "fset"));
        // p.setter(f).fset is f ; p.getter(h).fget is h
        PyObj f = fn("f", (s, a, kw) -> PyNone.NONE);
        assertThat(Abstract.getAttr(m(p, "setter", f), "fset")).isSameAs(f);
        assertThat(Abstract.getAttr(m(p, "getter", f), "fget")).isSameAs(f);
        // property().__isabstractmethod__ -> False
        eq("False", Abstract.getAttr(call("property"), "__isabstractmethod__"));
    }

    @Test
    void propertyArgumentErrors() {
        // property(1,2,3,4,5) ; property(fget=1, x=2) ; property(1, fget=2)
        raises("TypeError: property() takes at most 4 arguments (5 given)",
                () -> call("property", i(1), i(2), i(3), i(4), i(5)));
        raises("TypeError: 'x' is an invalid keyword argument for property()",
                () -> callKw("property", kw("fget", "x"), i(1), i(2)));
        raises("TypeError: argument for property() given by name ('fget') and position (1)",
                () -> callKw("property", kw("fget"), i(1), i(2)));
    }

    @Test
    void propertySubclass() {
        // class P(property): pass ; class C: x = P(lambda s: 7) ; C().x -> 7 ; type(C.__dict__['x'].setter(f)) is P
        PyType p = cls("P", new PyDict(), PyProperty.TYPE);
        PyObj prop = Abstract.call(p, new PyObj[] {fn("seven", (s, a, kw) -> i(7))}, null);
        PyDict ns = new PyDict();
        ns.setStr("x", prop);
        PyObj o = newInstance(cls("C", ns));
        eq("7", Abstract.getAttr(o, "x"));
        assertThat(m(prop, "setter", fn("f", (s, a, kw) -> PyNone.NONE)).type()).isSameAs(p);
    }

    /** class A: who() -> 'A', make (classmethod) -> cls ; class B(A): who() -> 'B'. */
    static PyType[] hierarchy() {
        PyType a = cls("A", new PyDict());
        a.setClassAttr("who", PyMethodDescr.of0(a, "who", self -> s("A")));
        a.setClassAttr("make", new PyClassMethod(fn("make", (s, args, kw) -> args[0])));
        a.setClassAttr("tag", s("a-tag"));
        PyType b = cls("B", new PyDict(), a);
        b.setClassAttr("who", PyMethodDescr.of0(b, "who", self -> s("B")));
        return new PyType[] {a, b};
    }

    @Test
    void superWithArguments() {
        PyType[] h = hierarchy();
        PyType a = h[0];
        PyType b = h[1];
        PyObj obj = newInstance(b);
        // b.who() -> 'B' ; super(B, b).who() -> 'A' ; super(B, B).who(b) -> 'A' ; super(B, B).make() -> B ; super(B, b).tag -> 'a-tag'
        eq("'B'", m(obj, "who"));
        eq("'A'", m(call("super", b, obj), "who"));
        eq("'A'", m(call("super", b, b), "who", obj));
        assertThat(m(call("super", b, b), "make")).isSameAs(b);
        eq("'a-tag'", Abstract.getAttr(call("super", b, obj), "tag"));
        // super(A, b).who -> AttributeError: 'super' object has no attribute 'who'
        raises("AttributeError: 'super' object has no attribute 'who'", () -> Abstract.getAttr(call("super", a, obj), "who"));
        // s = super(B, b): s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B, s.__class__ is super
        PyObj sup = call("super", b, obj);
        assertThat(Abstract.getAttr(sup, "__thisclass__")).isSameAs(b);
        assertThat(Abstract.getAttr(sup, "__self__")).isSameAs(obj);
        assertThat(Abstract.getAttr(sup, "__self_class__")).isSameAs(b);
        assertThat(Abstract.getAttr(sup, "__class__")).isSameAs(PySuper.TYPE);
        // repr(super(B, b)) -> <super: <class 'B'>, <B object>> ; repr(super(int)) -> <super: <class 'int'>, NULL>
        eq("<super: <class 'B'>, <B object>>", sup);
        eq("<super: <class 'int'>, NULL>", call("super", PyInt.TYPE));
        // super(int, 1) -> <super: <class 'int'>, <int object>>
        eq("<super: <class 'int'>, <int object>>", call("super", PyInt.TYPE, i(1)));
    }

    @Test
    void superErrors() {
        // super(1) ; super(int, str) ; super(1, 2) ; super(B, A())
        raises("TypeError: super() argument 1 must be a type, not int", () -> call("super", i(1)));
        raises("TypeError: super(type, obj): obj must be an instance or subtype of type",
                () -> call("super", PyInt.TYPE, PyStr.TYPE));
        raises("TypeError: super() argument 1 must be a type, not int", () -> call("super", i(1), i(2)));
        PyType[] h = hierarchy();
        raises("TypeError: super(type, obj): obj must be an instance or subtype of type",
                () -> call("super", h[1], newInstance(h[0])));
        // super(int, 1, 2)
        raises("TypeError: super expected at most 2 arguments, got 3", () -> call("super", PyInt.TYPE, i(1), i(2)));
    }

    @Test
    void zeroArgumentSuperUsesTheRuntimeHook() {
        // def f(self): return super().who()  -- in B, called on b -> 'A'
        PyType[] h = hierarchy();
        PyObj obj = newInstance(h[1]);
        raises("RuntimeError: super(): no arguments", () -> call("super"));
        PySuper.zeroArgResolver = () -> null;
        raises("RuntimeError: super(): no arguments", () -> call("super"));
        PySuper.zeroArgResolver = () -> new PyObj[] {h[1], obj};
        eq("'A'", m(call("super"), "who"));
    }

    @Test
    void superIsSubclassable() {
        // class S(super): pass ; S(B, b).who() -> 'A' ; type(S(B, b)).__name__ -> 'S'
        PyType[] h = hierarchy();
        PyType sCls = cls("S", new PyDict(), PySuper.TYPE);
        PyObj sup = Abstract.call(sCls, new PyObj[] {h[1], newInstance(h[1])}, null);
        assertThat(sup.type()).isSameAs(sCls);
        eq("'A'", m(sup, "who"));
    }
}
