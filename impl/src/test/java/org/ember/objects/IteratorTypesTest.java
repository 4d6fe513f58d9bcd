package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ember.objects.Py.*;

import org.junit.jupiter.api.Test;

/** {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}; expectations from python3. */
class IteratorTypesTest {
    static PyObj toList(PyObj iterable) {
        return Abstract.call(PyList.TYPE, new PyObj[] {iterable}, null);
    }

    @Test
    void enumerate() {
        // list(enumerate('ab')) -> [(0, 'a'), (1, 'b')] ; list(enumerate('ab', 5)) -> [(5, 'a'), (6, 'b')]
        eq("[(0, 'a'), (1, 'b')]", toList(call("enumerate", s("ab"))));
        eq("[(5, 'a'), (6, 'b')]", toList(call("enumerate", s("ab"), i(5))));
        // list(enumerate('ab', start=-1)) -> [(-1, 'a'), (0, 'b')] ; list(enumerate(iterable='ab')) -> [(0, 'a'), (1, 'b')]
        eq("[(-1, 'a'), (0, 'b')]", toList(callKw("enumerate", kw("start"), s("ab"), i(-1))));
        eq("[(0, 'a'), (1, 'b')]", toList(callKw("enumerate", kw("iterable"), s("ab"))));
        // list(enumerate('ab', 2**63 - 1)) -> [(9223372036854775807, 'a'), (9223372036854775808, 'b')]
        eq("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                toList(call("enumerate", s("ab"), i(Long.MAX_VALUE))));
        // type(enumerate([])).__name__ -> 'enumerate'
        assertThat(call("enumerate", list()).type().name()).isEqualTo("enumerate");
    }

    @Test
    void enumerateErrors() {
        // enumerate() ; enumerate(1) ; enumerate([], 'a') ; enumerate([], x=1) ; enumerate([],1,2)
        raises("TypeError: enumerate() missing required argument 'iterable'", () -> call("enumerate"));
        raises("TypeError: 'int' object is not iterable", () -> call("enumerate", i(1)));
        raises("TypeError: 'str' object cannot be interpreted as an integer", () -> call("enumerate", list(), s("a")));
        raises("TypeError: 'x' is an invalid keyword argument for enumerate()",
                () -> callKw("enumerate", kw("x"), list(), i(1)));
        raises("TypeError: enumerate() takes at most 2 arguments (3 given)",
                () -> call("enumerate", list(), i(1), i(2)));
        // enumerate([], iterable=[]) ; enumerate(start=1)
        raises("TypeError: 'iterable' is an invalid keyword argument for enumerate()",
                () -> callKw("enumerate", kw("iterable"), list(), list()));
        raises("TypeError: 'start' is an invalid keyword argument for enumerate()",
                () -> callKw("enumerate", kw("start"), i(1)));
    }

    @Test
    void zip() {
        // list(zip('ab', [1, 2, 3])) -> [('a', 1), ('b', 2)] ; list(zip()) -> [] ; list(zip('ab', 'cd', strict=True))
        eq("[('a', 1), ('b', 2)]", toList(call("zip", s("ab"), ints(1, 2, 3))));
        eq("[]", toList(call("zip")));
        eq("[('a', 'c'), ('b', 'd')]", toList(callKw("zip", kw("strict"), s("ab"), s("cd"), PyBool.TRUE)));
    }

    @Test
    void zipErrors() {
        // zip(1) ; zip(x=1) ; zip([1],[2], strict=1, x=2)
        raises("TypeError: 'int' object is not iterable", () -> call("zip", i(1)));
        raises("TypeError: 'x' is an invalid keyword argument for zip()", () -> callKw("zip", kw("x"), i(1)));
        raises("TypeError: zip() takes at most 1 keyword argument (2 given)",
                () -> callKw("zip", kw("strict", "x"), ints(1), ints(2), i(1), i(2)));
        // list(zip([1,2],[1],[3],strict=True)) ; list(zip([1],[1,2],strict=True)) ; list(zip([1],[1],[1,2],strict=True))
        raises("ValueError: zip() argument 2 is shorter than argument 1",
                () -> toList(callKw("zip", kw("strict"), ints(1, 2), ints(1), ints(3), PyBool.TRUE)));
        raises("ValueError: zip() argument 2 is longer than argument 1",
                () -> toList(callKw("zip", kw("strict"), ints(1), ints(1, 2), PyBool.TRUE)));
        raises("ValueError: zip() argument 3 is longer than arguments 1-2",
                () -> toList(callKw("zip", kw("strict"), ints(1), ints(1), ints(1, 2), PyBool.TRUE)));
    }

    @Test
    void map() {
        // list(map(pow, [2, 3], [2, 2, 9])) -> [4, 9] ; list(map(len, ['a', 'bb'])) -> [1, 2]
        eq("[4, 9]", toList(call("map", b("pow"), ints(2, 3), ints(2, 2, 9))));
        eq("[1, 2]", toList(call("map", b("len"), list(s("a"), s("bb")))));
        // map() ; map(len) ; map(len, 1) ; map(len,[1],x=1) ; list(map(None,[1]))
        raises("TypeError: map() must have at least two arguments.", () -> call("map"));
        raises("TypeError: map() must have at least two arguments.", () -> call("map", b("len")));
        raises("TypeError: 'int' object is not iterable", () -> call("map", b("len"), i(1)));
        raises("TypeError: map() takes no keyword arguments", () -> callKw("map", kw("x"), b("len"), ints(1), i(1)));
        raises("TypeError: 'NoneType' object is not callable", () -> toList(call("map", PyNone.NONE, ints(1))));
    }

    @Test
    void filter() {
        // list(filter(None, [0, 1, '', 'a'])) -> [1, 'a'] ; list(filter(len, ['', 'a'])) -> ['a']
        eq("[1, 'a']", toList(call("filter", PyNone.NONE, list(i(0), i(1), s(""), s("a")))));
        eq("['a']", toList(call("filter", b("len"), list(s(""), s("a")))));
        // filter() ; filter(1) ; filter(None, 1) ; filter(None,[1],x=1)
        raises("TypeError: filter expected 2 arguments, got 0", () -> call("filter"));
        raises("TypeError: filter expected 2 arguments, got 1", () -> call("filter", i(1)));
        raises("TypeError: 'int' object is not iterable", () -> call("filter", PyNone.NONE, i(1)));
        raises("TypeError: filter() takes no keyword arguments",
                () -> callKw("filter", kw("x"), PyNone.NONE, ints(1), i(1)));
    }

    @Test
    void reversed() {
        // list(reversed([1, 2, 3])) -> [3, 2, 1] ; list(reversed((1, 2, 3))) -> [3, 2, 1] ; list(reversed('abc'))
        eq("[3, 2, 1]", toList(call("reversed", ints(1, 2, 3))));
        eq("[3, 2, 1]", toList(call("reversed", tup(i(1), i(2), i(3)))));
        eq("['c', 'b', 'a']", toList(call("reversed", s("abc"))));
        eq("[2, 1, 0]", toList(call("reversed", call("range", i(3)))));
        // type(reversed([1])).__name__ -> 'list_reverseiterator' ; type(reversed((1,))).__name__ -> 'reversed'
        assertThat(call("reversed", ints(1)).type().name()).isEqualTo("list_reverseiterator");
        assertThat(call("reversed", tup(i(1))).type().name()).isEqualTo("reversed");
        // reversed((1,2)).__length_hint__() -> 2
        eq("2", m(call("reversed", tup(i(1), i(2))), "__length_hint__"));
        // reversed() ; reversed(1) ; reversed({}) is fine ; reversed(iter([])) ; reversed([],1) ; reversed(seq=[1])
        raises("TypeError: reversed expected 1 argument, got 0", () -> call("reversed"));
        raises("TypeError: 'int' object is not reversible", () -> call("reversed", i(1)));
        assertThat(call("reversed", new PyDict()).type().name()).isEqualTo("dict_reversekeyiterator");
        raises("TypeError: 'list_iterator' object is not reversible", () -> call("reversed", call("iter", list())));
        raises("TypeError: reversed expected 1 argument, got 2", () -> call("reversed", list(), i(1)));
        raises("TypeError: reversed() takes no keyword arguments", () -> callKw("reversed", kw("seq"), ints(1)));
    }

    @Test
    void reversedUsesTheSequenceProtocolOfClasses() {
        // class R: __len__ = lambda self: 2 ; __getitem__ = lambda self, i: i * 10 ; list(reversed(R())) -> [10, 0]
        PyDict ns = new PyDict();
        PyType r = (PyType) call("type", s("R"), tup(), ns);
        r.setClassAttr("__len__", PyMethodDescr.of0(r, "__len__", self -> i(2)));
        r.setClassAttr("__getitem__", PyMethodDescr.of1(r, "__getitem__",
                (self, k) -> PyInt.mul((PyInt) k, i(10))));
        eq("[10, 0]", toList(call("reversed", Abstract.call(r, new PyObj[0], null))));
        // class N: __reversed__ = None ; reversed(N())
        PyType n = (PyType) call("type", s("N"), tup(), new PyDict());
        n.setClassAttr("__reversed__", PyNone.NONE);
        raises("TypeError: 'N' object is not reversible", () -> call("reversed", Abstract.call(n, new PyObj[0], null)));
    }

    @Test
    void iteratorTypesAreSubclassable() {
        // class E(enumerate): pass ; e = E('a'); e.tag = 1; list(e) -> [(0, 'a')] ; isinstance(e, enumerate) -> True
        // (for reversed a tuple: class E(reversed): pass ; type(E([1])) -> list_reverseiterator, type(E(('a',))) -> E)
        for (String base : new String[] {"enumerate", "zip", "map", "filter", "reversed"}) {
            PyType cls = (PyType) call("type", s("E"), tup(b(base)), new PyDict());
            PyObj[] args = base.equals("map") || base.equals("filter")
                    ? new PyObj[] {b("len"), list(s("a"))} : new PyObj[] {tup(s("a"))};
            PyObj e = Abstract.call(cls, args, null);
            assertThat(e.type()).isSameAs(cls);
            Abstract.setAttr(e, "tag", i(1));
            eq("1", Abstract.getAttr(e, "tag"));
            eq("True", call("isinstance", e, b(base)));
            assertThat(((PyList) toList(e)).size()).isEqualTo(1);
        }
    }
}
