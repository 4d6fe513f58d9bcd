package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ember.objects.Py.*;

import org.junit.jupiter.api.Test;

/** {@code set} and {@code frozenset}; expectations from python3 (the line run is in each comment). */
class SetTest {
    static PyObj op(PyObj a, BinOp o, PyObj b) {
        return Abstract.binaryOp(a, b, o);
    }

    static boolean cmp(PyObj a, CompareOp o, PyObj b) {
        return Abstract.richCompareBool(a, b, o);
    }

    @Test
    void operators() {
        // {1,2,3} | {3,4} -> {1, 2, 3, 4} ; {1,2,3} & {2,3,4} -> {2, 3} ; {1,2,3} - {2} -> {1, 3} ; {1,2,3} ^ {3,4} -> {1, 2, 4}
        eq("{1, 2, 3, 4}", op(set(i(1), i(2), i(3)), BinOp.OR, set(i(3), i(4))));
        eq("{2, 3}", op(set(i(1), i(2), i(3)), BinOp.AND, set(i(2), i(3), i(4))));
        eq("{1, 3}", op(set(i(1), i(2), i(3)), BinOp.SUBTRACT, set(i(2))));
        eq("{1, 2, 4}", op(set(i(1), i(2), i(3)), BinOp.XOR, set(i(3), i(4))));
        // frozenset({1,2}) | {3} -> frozenset({1, 2, 3}) ; {1} | frozenset({2}) -> {1, 2}
        eq("frozenset({1, 2, 3})", op(fset(i(1), i(2)), BinOp.OR, set(i(3))));
        eq("{1, 2}", op(set(i(1)), BinOp.OR, fset(i(2))));
        // {1} | 1 ; {1} - [1]
        raises("TypeError: unsupported operand type(s) for |: 'set' and 'int'", () -> op(set(i(1)), BinOp.OR, i(1)));
        raises("TypeError: unsupported operand type(s) for -: 'set' and 'list'",
                () -> op(set(i(1)), BinOp.SUBTRACT, ints(1)));
    }

    @Test
    void inPlaceOperatorsMutate() {
        // s = {1, 2}; t = s; s |= {3}; s &= {2, 3}; s -= {2}; s ^= {4}; t -> {3, 4}
        PySet s = set(i(1), i(2));
        PyObj r = Abstract.inplaceOp(s, set(i(3)), BinOp.OR);
        r = Abstract.inplaceOp(r, set(i(2), i(3)), BinOp.AND);
        r = Abstract.inplaceOp(r, set(i(2)), BinOp.SUBTRACT);
        r = Abstract.inplaceOp(r, set(i(4)), BinOp.XOR);
        assertThat(r).isSameAs(s);
        eq("{3, 4}", s);
        // s = {1}; s |= [1]
        raises("TypeError: unsupported operand type(s) for |=: 'set' and 'list'",
                () -> Abstract.inplaceOp(set(i(1)), ints(1), BinOp.OR));
        // f = frozenset({1}); g = f; f |= {2}; f is g -> False, f -> frozenset({1, 2})
        PyFrozenSet f = fset(i(1));
        PyObj g = Abstract.inplaceOp(f, set(i(2)), BinOp.OR);
        assertThat(g).isNotSameAs(f);
        eq("frozenset({1, 2})", g);
    }

    @Test
    void comparisonsAreSubsetTests() {
        // {1,2} <= {1,2,3} -> True ; {1,2} < {1,2} -> False ; {1,2} >= {2} -> True ; {1,2} > {1,2} -> False
        assertThat(cmp(set(i(1), i(2)), CompareOp.LE, set(i(1), i(2), i(3)))).isTrue();
        assertThat(cmp(set(i(1), i(2)), CompareOp.LT, set(i(1), i(2)))).isFalse();
        assertThat(cmp(set(i(1), i(2)), CompareOp.GE, set(i(2)))).isTrue();
        assertThat(cmp(set(i(1), i(2)), CompareOp.GT, set(i(1), i(2)))).isFalse();
        // {1,2} == frozenset({2,1}) -> True ; {1,2} != {1} -> True
        assertThat(cmp(set(i(1), i(2)), CompareOp.EQ, fset(i(2), i(1)))).isTrue();
        assertThat(cmp(set(i(1), i(2)), CompareOp.NE, set(i(1)))).isTrue();
        // {1} < 1
        raises("TypeError: '<' not supported between instances of 'set' and 'int'",
                () -> cmp(set(i(1)), CompareOp.LT, i(1)));
    }

    @Test
    void methodsTakeAnyIterable() {
        // {1}.union([2],(3,)) -> {1, 2, 3} ; {1,2,3}.intersection([2,3],[3]) -> {3} ; {1,2,3}.difference([1],[2]) -> {3}
        eq("{1, 2, 3}", m(set(i(1)), "union", ints(2), tup(i(3))));
        eq("{3}", m(set(i(1), i(2), i(3)), "intersection", ints(2, 3), ints(3)));
        eq("{3}", m(set(i(1), i(2), i(3)), "difference", ints(1), ints(2)));
        // {1,2}.symmetric_difference([2,3]) -> {1, 3} ; {1,2}.issubset([1,2,3]) -> True ; {1,2}.issuperset([1]) -> True
        eq("{1, 3}", m(set(i(1), i(2)), "symmetric_difference", ints(2, 3)));
        eq("True", m(set(i(1), i(2)), "issubset", ints(1, 2, 3)));
        eq("True", m(set(i(1), i(2)), "issuperset", ints(1)));
        // {1,2}.isdisjoint([3]) -> True ; {1,2}.isdisjoint((2,)) -> False
        eq("True", m(set(i(1), i(2)), "isdisjoint", ints(3)));
        eq("False", m(set(i(1), i(2)), "isdisjoint", tup(i(2))));
        // {1}.union(1) ; {1}.issubset(1) ; {1}.union(x=1) ; {1}.symmetric_difference() ; set.union()
        raises("TypeError: 'int' object is not iterable", () -> m(set(i(1)), "union", i(1)));
        raises("TypeError: 'int' object is not iterable", () -> m(set(i(1)), "issubset", i(1)));
        raises("TypeError: set.union() takes no keyword arguments",
                () -> Abstract.call(Abstract.getAttr(set(i(1)), "union"), new PyObj[] {i(1)}, new String[] {"x"}));
        raises("TypeError: set.symmetric_difference() takes exactly one argument (0 given)",
                () -> m(set(i(1)), "symmetric_difference"));
        raises("TypeError: unbound method set.union() needs an argument", () -> m(PySet.TYPE, "union"));
    }

    @Test
    void mutatingMethods() {
        // s = {1, 2, 3}; s.update([4], [5]); s.intersection_update([1, 2, 4, 5, 6]); s.difference_update([2]);
        // s.symmetric_difference_update([5, 7]); s -> {1, 4, 7}
        PySet s = set(i(1), i(2), i(3));
        m(s, "update", ints(4), ints(5));
        m(s, "intersection_update", ints(1, 2, 4, 5, 6));
        m(s, "difference_update", ints(2));
        m(s, "symmetric_difference_update", ints(5, 7));
        eq("{1, 4, 7}", s);
        // s.discard(9); s.remove(4); s.add(8); s.copy() == s -> True
        m(s, "discard", i(9));
        m(s, "remove", i(4));
        m(s, "add", i(8));
        PyObj c = m(s, "copy");
        assertThat(c).isNotSameAs(s);
        assertThat(cmp(c, CompareOp.EQ, s)).isTrue();
        // {1,2,3}.pop() -> 1 ; s.clear(); s -> set()
        eq("1", m(set(i(1), i(2), i(3)), "pop"));
        m(s, "clear");
        eq("set()", s);
        // set().pop() ; set().remove(1) ; {1}.discard([]) ; frozenset().add
        raises("KeyError: 'pop from an empty set'", () -> m(set(), "pop"));
        raises("KeyError: 1", () -> m(set(), "remove", i(1)));
        raises("TypeError: unhashable type: 'list'", () -> m(set(i(1)), "discard", list()));
        raises("AttributeError: 'frozenset' object has no attribute 'add'", () -> Abstract.getAttr(fset(), "add"));
    }

    @Test
    void setsAsKeysOfLookups() {
        // {1} in {frozenset({1})} -> True ; {frozenset({1}): 2}[frozenset([1])] -> 2
        assertThat(Abstract.contains(set(fset(i(1))), set(i(1)))).isTrue();
        PyDict d = new PyDict();
        d.setItem(fset(i(1)), i(2));
        eq("2", Abstract.getItem(d, fset(i(1))));
        // {[]}
        raises("TypeError: unhashable type: 'list'", () -> set(list()));
        // hash(set())
        raises("TypeError: unhashable type: 'set'", () -> Abstract.hash(set()));
    }

    @Test
    void frozensetHashMatchesCPython() {
        // hash(frozenset()) -> 133146708735736 ; hash(frozenset({1,2})) -> -1826646154956904602
        assertThat(Abstract.hash(fset())).isEqualTo(133146708735736L);
        assertThat(Abstract.hash(fset(i(1), i(2)))).isEqualTo(-1826646154956904602L);
        // hash(frozenset({-1})) -> 6776983852052281967 ; hash(frozenset({1.5, 2**70})) -> 1892992739571880873
        assertThat(Abstract.hash(fset(i(-1)))).isEqualTo(6776983852052281967L);
        assertThat(Abstract.hash(fset(f(1.5), PyInt.lshift(i(1), i(70))))).isEqualTo(1892992739571880873L);
        // hash(frozenset([frozenset([1])])) -> 5515263749738256364 ; hash(frozenset(range(100))) -> 4411996150312757951
        assertThat(Abstract.hash(fset(fset(i(1))))).isEqualTo(5515263749738256364L);
        assertThat(Abstract.hash(call("frozenset", call("range", i(100))))).isEqualTo(4411996150312757951L);
    }

    @Test
    void constructorsAndRepr() {
        // set('abca') has 3 elements ; frozenset([3,1]) -> frozenset({3, 1}) (ours keeps insertion order)
        eq("3", call("len", call("set", s("abca"))));
        eq("frozenset()", call("frozenset"));
        eq("set()", call("set"));
        // a = frozenset([1]); frozenset(a) is a -> True ; a.copy() is a -> True
        PyObj a = call("frozenset", ints(1));
        assertThat(call("frozenset", a)).isSameAs(a);
        assertThat(m(a, "copy")).isSameAs(a);
        // frozenset(1) ; frozenset([],[]) ; frozenset(x=1) ; set(x=1) ; set(1) ; set([],[])
        raises("TypeError: 'int' object is not iterable", () -> call("frozenset", i(1)));
        raises("TypeError: frozenset expected at most 1 argument, got 2", () -> call("frozenset", list(), list()));
        raises("TypeError: frozenset() takes no keyword arguments", () -> callKw("frozenset", kw("x"), i(1)));
        raises("TypeError: set() takes no keyword arguments", () -> callKw("set", kw("x"), i(1)));
        raises("TypeError: 'int' object is not iterable", () -> call("set", i(1)));
        raises("TypeError: set expected at most 1 argument, got 2", () -> call("set", list(), list()));
    }

    @Test
    void iterationDetectsResizing() {
        // s = {1, 2}; for x in s: s.add(5)
        PySet s = set(i(1), i(2));
        PyObj it = Abstract.getIter(s);
        Abstract.next(it);
        s.add(i(5));
        raises("RuntimeError: Set changed size during iteration", () -> Abstract.next(it));
        // type(iter(set())).__name__ -> 'set_iterator'
        assertThat(Abstract.getIter(set()).type().name()).isEqualTo("set_iterator");
    }

    @Test
    void subclassesOfSetAndFrozenset() {
        // class S(set): pass ; class F(frozenset): pass
        PyType sCls = (PyType) call("type", s("S"), tup(PySet.TYPE), new PyDict());
        PyType fCls = (PyType) call("type", s("F"), tup(PyFrozenSet.TYPE), new PyDict());
        // repr(S([1])) -> S({1}) ; repr(S()) -> S() ; repr(F([1])) -> F({1}) ; repr(F()) -> F()
        PyObj s1 = Abstract.call(sCls, new PyObj[] {ints(1)}, null);
        eq("S({1})", s1);
        eq("S()", Abstract.call(sCls, new PyObj[0], null));
        PyObj f1 = Abstract.call(fCls, new PyObj[] {ints(1)}, null);
        eq("F({1})", f1);
        eq("F()", Abstract.call(fCls, new PyObj[0], null));
        // type(S([1]) | {2}) -> set ; type(F([1]) | {2}) -> frozenset ; type(F([1]).copy()) -> frozenset
        assertThat(op(s1, BinOp.OR, set(i(2))).type()).isSameAs(PySet.TYPE);
        assertThat(op(f1, BinOp.OR, set(i(2))).type()).isSameAs(PyFrozenSet.TYPE);
        assertThat(m(f1, "copy").type()).isSameAs(PyFrozenSet.TYPE);
        // s = S([1]); s.x = 5; s.x -> 5 ; isinstance(s, set) -> True ; hash(F([1])) == hash(frozenset([1])) -> True
        Abstract.setAttr(s1, "x", i(5));
        eq("5", Abstract.getAttr(s1, "x"));
        eq("True", call("isinstance", s1, PySet.TYPE));
        assertThat(Abstract.hash(f1)).isEqualTo(Abstract.hash(fset(i(1))));
    }
}
