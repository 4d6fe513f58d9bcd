package org.ember.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ember.objects.Py.*;

import org.ember.objects.Py;

import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The pure builtins called through {@code Abstract.call} on Java-built values. Every expected
 * value and message was produced by python3 (3.11); the comment above each check is the line run.
 */
class PureBuiltinsTest {

    static final PyObj NEG = PyBuiltinFunction.of("neg", (s, a, kw) -> Abstract.negative(a[0]));
    static final PyObj LEN = Py.b("len");

    @Nested
    class Contents {
        @Test
        void installsFunctionsTypesConstantsAndExceptions() {
            for (String n : new String[] {"abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir",
                    "divmod", "format", "getattr", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter",
                    "len", "max", "min", "next", "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum",
                    "vars", "aiter", "anext", "bool", "bytes", "classmethod", "complex", "dict", "enumerate", "filter",
                    "float", "frozenset", "int", "list", "map", "object", "property", "range", "reversed", "set",
                    "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "None", "Ellipsis",
                    "NotImplemented", "True", "False", "__debug__", "ValueError", "KeyError", "OSError",
                    "EnvironmentError", "IOError"}) {
                assertThat(BUILTINS.getStr(n)).as(n).isNotNull();
            }
            for (String n : ExceptionTypes.ALL.keySet()) {
                assertThat(BUILTINS.getStr(n)).as(n).isSameAs(ExceptionTypes.ALL.get(n));
            }
            assertThat(BUILTINS.getStr("print")).isNull();
            // python3 -c "print(IOError is OSError, __debug__)"  -> True True
            assertThat(BUILTINS.getStr("IOError")).isSameAs(ExceptionTypes.OSError);
            assertThat(BUILTINS.getStr("__debug__")).isSameAs(PyBool.TRUE);
            // repr(len) -> <built-in function len>
            eq("<built-in function len>", b("len"));
        }
    }

    @Nested
    class SimpleFunctions {
        @Test
        void abs() {
            // abs(-3) -> 3 ; abs(-2.5) -> 2.5
            eq("3", call("abs", i(-3)));
            eq("2.5", call("abs", f(-2.5)));
            // abs() / abs(1,2) / abs('a') / abs(x=1)
            raises("TypeError: abs() takes exactly one argument (0 given)", () -> call("abs"));
            raises("TypeError: abs() takes exactly one argument (2 given)", () -> call("abs", i(1), i(2)));
            raises("TypeError: bad operand type for abs(): 'str'", () -> call("abs", s("a")));
            raises("TypeError: abs() takes no keyword arguments", () -> callKw("abs", kw("x"), i(1)));
        }

        @Test
        void allAny() {
            // all([1, 0]) -> False ; all([]) -> True ; any([0, 2]) -> True ; any([]) -> False
            eq("False", call("all", ints(1, 0)));
            eq("True", call("all", list()));
            eq("True", call("any", ints(0, 2)));
            eq("False", call("any", list()));
            // all(1) ; any(1,2)
            raises("TypeError: 'int' object is not iterable", () -> call("all", i(1)));
            raises("TypeError: any() takes exactly one argument (2 given)", () -> call("any", i(1), i(2)));
        }

        @Test
        void asciiAndRepr() {
            // ascii('é\U0001f600x') -> "'\\xe9\\U0001f600x'"
            eq("\"'\\\\xe9\\\\U0001f600x'\"", call("ascii", s("é\uD83D\uDE00x")));
            // ascii('\u20ac') -> "'\\u20ac'"
            assertThat(((PyStr) call("ascii", s("\u20ac"))).value()).isEqualTo("'\\u20ac'");
            // repr('a') -> "'a'"
            eq("\"'a'\"", call("repr", s("a")));
            raises("TypeError: repr() takes exactly one argument (0 given)", () -> call("repr"));
        }

        @Test
        void binOctHex() {
            // bin(-5) -> '-0b101' ; oct(-8) -> '-0o10' ; hex(-255) -> '-0xff' ; hex(True) -> '0x1'
            eq("'-0b101'", call("bin", i(-5)));
            eq("'-0o10'", call("oct", i(-8)));
            eq("'-0xff'", call("hex", i(-255)));
            eq("'0x1'", call("hex", PyBool.TRUE));
            // hex(2**70) -> '0x400000000000000000'
            eq("'0x400000000000000000'", call("hex", (PyObj) Abstract.binaryOp(i(2), i(70), BinOp.POWER)));
            // bin(1.5)
            raises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("bin", f(1.5)));
            raises("TypeError: bin() takes exactly one argument (0 given)", () -> call("bin"));
        }

        @Test
        void chrAndOrd() {
            // chr(97) -> 'a' ; chr(0x1f600) -> '😀'
            eq("'a'", call("chr", i(97)));
            assertThat(((PyStr) call("chr", i(0x1F600))).value()).isEqualTo("\uD83D\uDE00");
            // chr(-1) ; chr(0x110000) ; chr('a') ; chr(2**40)
            raises("ValueError: chr() arg not in range(0x110000)", () -> call("chr", i(-1)));
            raises("ValueError: chr() arg not in range(0x110000)", () -> call("chr", i(0x110000)));
            raises("TypeError: 'str' object cannot be interpreted as an integer", () -> call("chr", s("a")));
            raises("OverflowError: Python int too large to convert to C int", () -> call("chr", i(1L << 40)));
            // ord('a') -> 97 ; ord('😀') -> 128512 ; ord(b'a') -> 97
            eq("97", call("ord", s("a")));
            eq("128512", call("ord", s("\uD83D\uDE00")));
            eq("97", call("ord", PyBytes.of(new byte[] {97})));
            // ord('ab') ; ord('') ; ord(1) ; ord(b'ab')
            raises("TypeError: ord() expected a character, but string of length 2 found", () -> call("ord", s("ab")));
            raises("TypeError: ord() expected a character, but string of length 0 found", () -> call("ord", s("")));
            raises("TypeError: ord() expected string of length 1, but int found", () -> call("ord", i(1)));
            raises("TypeError: ord() expected a character, but string of length 2 found",
                    () -> call("ord", PyBytes.of(new byte[] {97, 98})));
        }

        @Test
        void callableHashId() {
            // callable(len) -> True ; callable(1) -> False ; callable(int) -> True
            eq("True", call("callable", b("len")));
            eq("False", call("callable", i(1)));
            eq("True", call("callable", PyInt.TYPE));
            // hash(1) -> 1 ; hash(-1) -> -2 ; hash((1, 2)) -> -3550055125485641917
            eq("1", call("hash", i(1)));
            eq("-2", call("hash", i(-1)));
            eq("-3550055125485641917", call("hash", tup(i(1), i(2))));
            // hash([]) ; hash()
            raises("TypeError: unhashable type: 'list'", () -> call("hash", list()));
            raises("TypeError: hash() takes exactly one argument (0 given)", () -> call("hash"));
            raises("TypeError: hash() takes no keyword arguments", () -> callKw("hash", kw("x"), i(1)));
            PyObj o = list();
            assertThat(call("id", o)).isEqualTo(call("id", o));
            raises("TypeError: id() takes exactly one argument (0 given)", () -> call("id"));
        }

        @Test
        void len() {
            // len([1, 2]) -> 2 ; len('héllo') -> 5
            eq("2", call("len", ints(1, 2)));
            eq("5", call("len", s("héllo")));
            // len() ; len(1) ; len(x=1)
            raises("TypeError: len() takes exactly one argument (0 given)", () -> call("len"));
            raises("TypeError: object of type 'int' has no len()", () -> call("len", i(1)));
            raises("TypeError: len() takes no keyword arguments", () -> callKw("len", kw("x"), i(1)));
        }

        @Test
        void divmod() {
            // divmod(7, -2) -> (-4, -1) ; divmod(7.5, 2) -> (3.0, 1.5)
            eq("(-4, -1)", call("divmod", i(7), i(-2)));
            eq("(3.0, 1.5)", call("divmod", f(7.5), i(2)));
            // divmod(1) ; divmod(1, 'a') ; divmod(1, 0) ; divmod(1, 2, x=3)
            raises("TypeError: divmod expected 2 arguments, got 1", () -> call("divmod", i(1)));
            raises("TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'",
                    () -> call("divmod", i(1), s("a")));
            raises("ZeroDivisionError: integer division or modulo by zero", () -> call("divmod", i(1), i(0)));
            raises("TypeError: divmod() takes no keyword arguments", () -> callKw("divmod", kw("x"), i(1), i(2), i(3)));
        }

        @Test
        void format() {
            // format(3.14159, '.2f') -> '3.14' ; format(42) -> '42' ; format(255, 'x') -> 'ff'
            eq("'3.14'", call("format", f(3.14159), s(".2f")));
            eq("'42'", call("format", i(42)));
            eq("'ff'", call("format", i(255), s("x")));
            // format() ; format(1, 2) ; format(value=1)
            raises("TypeError: format expected at least 1 argument, got 0", () -> call("format"));
            raises("TypeError: format() argument 2 must be str, not int", () -> call("format", i(1), i(2)));
            raises("TypeError: format() takes no keyword arguments", () -> callKw("format", kw("value"), i(1)));
        }
    }

    @Nested
    class Attributes {
        @Test
        void getattrHasattr() {
            // getattr(1, 'real') -> 1 ; getattr(1, 'x', 5) -> 5 ; hasattr(1, 'real') -> True ; hasattr(1, 'x') -> False
            eq("1", call("getattr", i(1), s("real")));
            eq("5", call("getattr", i(1), s("x"), i(5)));
            eq("True", call("hasattr", i(1), s("real")));
            eq("False", call("hasattr", i(1), s("x")));
            // getattr(1) ; getattr(1, 2) ; getattr(1, 'x') ; getattr(1, 'x', x=3) ; hasattr(1)
            raises("TypeError: getattr expected at least 2 arguments, got 1", () -> call("getattr", i(1)));
            raises("TypeError: attribute name must be string, not 'int'", () -> call("getattr", i(1), i(2)));
            raises("AttributeError: 'int' object has no attribute 'x'", () -> call("getattr", i(1), s("x")));
            raises("TypeError: getattr() takes no keyword arguments",
                    () -> callKw("getattr", kw("x"), i(1), s("x"), i(3)));
            raises("TypeError: hasattr expected 2 arguments, got 1", () -> call("hasattr", i(1)));
        }

        @Test
        void setattrDelattr() {
            // setattr(1, 'x', 2) ; setattr(1, 2, 3) ; setattr(1) ; delattr(1) ; delattr(1, 'x') ; delattr(1, 2)
            raises("AttributeError: 'int' object has no attribute 'x'", () -> call("setattr", i(1), s("x"), i(2)));
            raises("TypeError: attribute name must be string, not 'int'", () -> call("setattr", i(1), i(2), i(3)));
            raises("TypeError: setattr expected 3 arguments, got 1", () -> call("setattr", i(1)));
            raises("TypeError: delattr expected 2 arguments, got 1", () -> call("delattr", i(1)));
            raises("AttributeError: 'int' object has no attribute 'x'", () -> call("delattr", i(1), s("x")));
            raises("TypeError: attribute name must be string, not 'int'", () -> call("delattr", i(1), i(2)));
        }

        @Test
        void setattrOnAnInstanceOfAClass() {
            // class C: pass ; c = C() ; setattr(c, 'x', 5) ; getattr(c, 'x') -> 5 ; delattr(c, 'x') ; hasattr(c, 'x') -> False
            PyType c = (PyType) Abstract.call(b("type"), new PyObj[] {s("C"), tup(), new PyDict()}, null);
            PyObj inst = Abstract.call(c, new PyObj[0], null);
            call("setattr", inst, s("x"), i(5));
            eq("5", call("getattr", inst, s("x")));
            eq("{'x': 5}", call("vars", inst));
            call("delattr", inst, s("x"));
            eq("False", call("hasattr", inst, s("x")));
        }

        @Test
        void dirAndVars() {
            // 'append' in dir([]) -> True ; dir(1,2) ; dir(x=1)
            PyList d = (PyList) call("dir", list());
            assertThat(Abstract.contains(d, s("append"))).isTrue();
            assertThat(Abstract.contains(d, s("__len__"))).isTrue();
            raises("TypeError: dir expected at most 1 argument, got 2", () -> call("dir", i(1), i(2)));
            raises("TypeError: dir() takes no keyword arguments", () -> callKw("dir", kw("x"), i(1)));
            // vars(1) ; vars(1,2) ; vars(x=1)
            raises("TypeError: vars() argument must have __dict__ attribute", () -> call("vars", i(1)));
            raises("TypeError: vars expected at most 1 argument, got 2", () -> call("vars", i(1), i(2)));
            raises("TypeError: vars() takes no keyword arguments", () -> callKw("vars", kw("x"), i(1)));
        }

        @Test
        void zeroArgumentDirAndVarsUseTheLocalsHook() {
            PyDict locals = new PyDict();
            locals.setStr("b", i(1));
            locals.setStr("a", i(2));
            PureBuiltins.localsProvider = () -> locals;
            try {
                // a = 2 ; b = 1 ; dir() -> ['a', 'b'] (at module level, plus the module names)
                eq("['a', 'b']", call("dir"));
                assertThat(call("vars")).isSameAs(locals);
            } finally {
                PureBuiltins.localsProvider = null;
            }
        }
    }

    @Nested
    class Types {
        @Test
        void isinstanceIssubclass() {
            // isinstance(True, int) -> True ; isinstance(1, (str, int)) -> True ; issubclass(bool, int) -> True
            eq("True", call("isinstance", PyBool.TRUE, PyInt.TYPE));
            eq("True", call("isinstance", i(1), tup(PyStr.TYPE, PyInt.TYPE)));
            eq("True", call("issubclass", PyBool.TYPE, PyInt.TYPE));
            eq("False", call("issubclass", PyInt.TYPE, PyBool.TYPE));
            // isinstance(1) ; isinstance(1, 2) ; issubclass(1, int) ; issubclass(int, 1) ; isinstance(1, int, x=1)
            raises("TypeError: isinstance expected 2 arguments, got 1", () -> call("isinstance", i(1)));
            raises("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                    () -> call("isinstance", i(1), i(2)));
            raises("TypeError: issubclass() arg 1 must be a class", () -> call("issubclass", i(1), PyInt.TYPE));
            raises("TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    () -> call("issubclass", PyInt.TYPE, i(1)));
            raises("TypeError: isinstance() takes no keyword arguments",
                    () -> callKw("isinstance", kw("x"), i(1), PyInt.TYPE, i(1)));
        }
    }

    @Nested
    class Iteration {
        @Test
        void iterAndNext() {
            // it = iter([1, 2]) ; next(it) -> 1 ; next(it) -> 2 ; next(it, 'end') -> 'end'
            PyObj it = call("iter", ints(1, 2));
            eq("1", call("next", it));
            eq("2", call("next", it));
            eq("'end'", call("next", it, s("end")));
            // next(iter([]))
            raises("StopIteration: ", () -> call("next", call("iter", list())));
            // iter() ; iter(1) ; iter(1, 2) ; iter(1, 2, 3) ; iter(1, 2, x=3) ; next() ; next(1) ; next(x=1)
            raises("TypeError: iter expected at least 1 argument, got 0", () -> call("iter"));
            raises("TypeError: 'int' object is not iterable", () -> call("iter", i(1)));
            raises("TypeError: iter(v, w): v must be callable", () -> call("iter", i(1), i(2)));
            raises("TypeError: iter expected at most 2 arguments, got 3", () -> call("iter", i(1), i(2), i(3)));
            raises("TypeError: iter() takes no keyword arguments", () -> callKw("iter", kw("x"), i(1), i(2), i(3)));
            raises("TypeError: next expected at least 1 argument, got 0", () -> call("next"));
            raises("TypeError: 'int' object is not an iterator", () -> call("next", i(1)));
            raises("TypeError: next() takes no keyword arguments", () -> callKw("next", kw("x"), i(1)));
            raises("TypeError: next expected at most 2 arguments, got 3", () -> call("next", it, i(1), i(2)));
        }

        @Test
        void iterWithSentinel() {
            // it = iter([1, 2, 3, 4]) ; list(iter(it.__next__, 3)) -> [1, 2]
            PyObj src = call("iter", ints(1, 2, 3, 4));
            PyObj nextFn = Abstract.getAttr(src, "__next__");
            eq("[1, 2]", Abstract.call(PyList.TYPE, new PyObj[] {call("iter", nextFn, i(3))}, null));
        }

        @Test
        void maxMin() {
            // max([1, 3, 2]) -> 3 ; min(3, 1, 2) -> 1 ; min('bca') -> 'a'
            eq("3", call("max", ints(1, 3, 2)));
            eq("1", call("min", i(3), i(1), i(2)));
            eq("'a'", call("min", s("bca")));
            // max([1, 3, 2], key=lambda x: -x) -> 1 ; max([], default=None) -> None ; min([], default=7) -> 7
            eq("1", callKw("max", kw("key"), ints(1, 3, 2), NEG));
            eq("None", callKw("max", kw("default"), list(), PyNone.NONE));
            eq("7", callKw("min", kw("default"), list(), i(7)));
            // max(['ab', 'c', 'de'], key=len) -> 'ab'  (first of equal maxima)
            eq("'ab'", callKw("max", kw("key"), list(s("ab"), s("c"), s("de")), LEN));
            // min([1, 1.0]) -> 1 ; max(1, 2, key=None) -> 2
            eq("1", call("min", list(i(1), f(1.0))));
            eq("2", callKw("max", kw("key"), i(1), i(2), PyNone.NONE));
        }

        @Test
        void maxMinErrors() {
            // max() ; max(1) ; max([]) ; min([]) ; max([], default=1, x=2) ; max(1, 2, default=3) ; min(key=len)
            raises("TypeError: max expected at least 1 argument, got 0", () -> call("max"));
            raises("TypeError: 'int' object is not iterable", () -> call("max", i(1)));
            raises("ValueError: max() arg is an empty sequence", () -> call("max", list()));
            raises("ValueError: min() arg is an empty sequence", () -> call("min", list()));
            raises("TypeError: 'x' is an invalid keyword argument for max()",
                    () -> callKw("max", kw("default", "x"), list(), i(1), i(2)));
            raises("TypeError: Cannot specify a default for max() with multiple positional arguments",
                    () -> callKw("max", kw("default"), i(1), i(2), i(3)));
            raises("TypeError: min expected at least 1 argument, got 0", () -> callKw("min", kw("key"), LEN));
            // max([1, 'a'])
            raises("TypeError: '>' not supported between instances of 'str' and 'int'",
                    () -> call("max", list(i(1), s("a"))));
        }

        @Test
        void sorted() {
            // sorted([3, 1, 2]) -> [1, 2, 3] ; sorted([3, 1], reverse=True, key=None) -> [3, 1]
            eq("[1, 2, 3]", call("sorted", ints(3, 1, 2)));
            eq("[3, 1]", callKw("sorted", kw("reverse", "key"), ints(3, 1), PyBool.TRUE, PyNone.NONE));
            // sorted(['bb', 'a', 'ccc'], key=len) -> ['a', 'bb', 'ccc'] ; sorted('cab') -> ['a', 'b', 'c']
            eq("['a', 'bb', 'ccc']", callKw("sorted", kw("key"), list(s("bb"), s("a"), s("ccc")), LEN));
            eq("['a', 'b', 'c']", call("sorted", s("cab")));
            // sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]) keeps stability -> [(0, 'z'), (1, 'b'), (1, 'a')]
            PyObj first = PyBuiltinFunction.of("first", (s, a, kw) -> Abstract.getItem(a[0], i(0)));
            eq("[(0, 'z'), (1, 'b'), (1, 'a')]", callKw("sorted", kw("key"),
                    list(tup(i(1), s("b")), tup(i(0), s("z")), tup(i(1), s("a"))), first));
            // the argument is not modified
            PyList src = ints(2, 1);
            call("sorted", src);
            eq("[2, 1]", src);
        }

        @Test
        void sortedErrors() {
            // sorted() ; sorted(1) ; sorted([], 1) ; sorted([], x=1) ; sorted([], key=1, reverse=2, foo=3) ; sorted([1, 'a'])
            raises("TypeError: sorted expected 1 argument, got 0", () -> call("sorted"));
            raises("TypeError: 'int' object is not iterable", () -> call("sorted", i(1)));
            raises("TypeError: sorted expected 1 argument, got 2", () -> call("sorted", list(), i(1)));
            raises("TypeError: 'x' is an invalid keyword argument for sort()",
                    () -> callKw("sorted", kw("x"), list(), i(1)));
            raises("TypeError: sort() takes at most 2 keyword arguments (3 given)",
                    () -> callKw("sorted", kw("key", "reverse", "foo"), list(), i(1), i(2), i(3)));
            raises("TypeError: '<' not supported between instances of 'str' and 'int'",
                    () -> call("sorted", list(i(1), s("a"))));
            // sorted(iterable=[])
            raises("TypeError: sorted expected 1 argument, got 0", () -> callKw("sorted", kw("iterable"), list()));
        }

        @Test
        void sum() {
            // sum([1, 2, 3]) -> 6 ; sum([1, 2], 0.5) -> 3.5 ; sum([1, 2.5, 3]) -> 6.5
            eq("6", call("sum", ints(1, 2, 3)));
            eq("3.5", call("sum", ints(1, 2), f(0.5)));
            eq("6.5", call("sum", list(i(1), f(2.5), i(3))));
            // sum([0.1]*10) -> 0.9999999999999999 ; sum([1e100, 1, -1e100]) -> 0.0
            PyObj[] tenths = new PyObj[10];
            java.util.Arrays.fill(tenths, f(0.1));
            eq("0.9999999999999999", call("sum", list(tenths)));
            eq("0.0", call("sum", list(f(1e100), i(1), f(-1e100))));
            // sum([[1], [2]], []) -> [1, 2] ; sum([1], start=10) -> 11 ; sum([2**62, 2**62]) -> 9223372036854775808
            eq("[1, 2]", call("sum", list(ints(1), ints(2)), list()));
            eq("11", callKw("sum", kw("start"), ints(1), i(10)));
            eq("9223372036854775808", call("sum", ints(1L << 62, 1L << 62)));
        }

        @Test
        void sumErrors() {
            // sum() ; sum(1) ; sum(['a', 'b'], '') ; sum([b'a'], b'') ; sum([1], 2, 3) ; sum([1], x=2)
            raises("TypeError: sum() takes at least 1 positional argument (0 given)", () -> call("sum"));
            raises("TypeError: 'int' object is not iterable", () -> call("sum", i(1)));
            raises("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
                    () -> call("sum", list(s("a"), s("b")), s("")));
            raises("TypeError: sum() can't sum bytes [use b''.join(seq) instead]",
                    () -> call("sum", list(), PyBytes.of(new byte[0])));
            raises("TypeError: sum() takes at most 2 arguments (3 given)", () -> call("sum", ints(1), i(2), i(3)));
            raises("TypeError: 'x' is an invalid keyword argument for sum()", () -> callKw("sum", kw("x"), ints(1), i(2)));
            // sum(start=1) ; sum(['a'])
            raises("TypeError: sum() takes at least 1 positional argument (0 given)",
                    () -> callKw("sum", kw("start"), i(1)));
            raises("TypeError: unsupported operand type(s) for +: 'int' and 'str'", () -> call("sum", list(s("a"))));
        }

        @Test
        void asyncIterationOfNonAsyncObjects() {
            // aiter(1) ; anext(1) ; anext(1, 2)
            raises("TypeError: 'int' object is not an async iterable", () -> call("aiter", i(1)));
            raises("TypeError: 'int' object is not an async iterator", () -> call("anext", i(1)));
            raises("TypeError: 'int' object is not an async iterator", () -> call("anext", i(1), i(2)));
        }
    }

    @Nested
    class Numbers {
        @Test
        void pow() {
            // pow(2, 10) -> 1024 ; pow(2, 10, 1000) -> 24 ; pow(2, -1) -> 0.5 ; pow(3, -1, 7) -> 5 ; pow(2, 3, None) -> 8
            eq("1024", call("pow", i(2), i(10)));
            eq("24", call("pow", i(2), i(10), i(1000)));
            eq("0.5", call("pow", i(2), i(-1)));
            eq("5", call("pow", i(3), i(-1), i(7)));
            eq("8", call("pow", i(2), i(3), PyNone.NONE));
            // pow(base=2, exp=3, mod=5) -> 3
            eq("3", callKw("pow", kw("base", "exp", "mod"), i(2), i(3), i(5)));
        }

        @Test
        void powErrors() {
            // pow(1) ; pow(1,2,3,4) ; pow(2.0, 2, 3) ; pow('a', 2) ; pow(2, -1, 4) ; pow(2, 2, 0) ; pow(2, base=1)
            raises("TypeError: pow() missing required argument 'exp' (pos 2)", () -> call("pow", i(1)));
            raises("TypeError: pow() takes at most 3 arguments (4 given)", () -> call("pow", i(1), i(2), i(3), i(4)));
            raises("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                    () -> call("pow", f(2.0), i(2), i(3)));
            raises("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
                    () -> call("pow", s("a"), i(2)));
            raises("ValueError: base is not invertible for the given modulus", () -> call("pow", i(2), i(-1), i(4)));
            raises("ValueError: pow() 3rd argument cannot be 0", () -> call("pow", i(2), i(2), i(0)));
            raises("TypeError: pow() missing required argument 'exp' (pos 2)",
                    () -> callKw("pow", kw("base"), i(2), i(1)));
            // pow(2, 3, 5, mod=1)
            raises("TypeError: pow() takes at most 3 arguments (4 given)",
                    () -> callKw("pow", kw("mod"), i(2), i(3), i(5), i(1)));
        }

        @Test
        void round() {
            // round(2.5) -> 2 ; round(2.675, 2) -> 2.67 ; round(15, -1) -> 20 ; round(25, -1) -> 20 ; round(1.5, None) -> 2
            eq("2", call("round", f(2.5)));
            eq("2.67", call("round", f(2.675), i(2)));
            eq("20", call("round", i(15), i(-1)));
            eq("20", call("round", i(25), i(-1)));
            eq("2", call("round", f(1.5), PyNone.NONE));
            // round(number=1.25, ndigits=1) -> 1.2
            eq("1.2", callKw("round", kw("number", "ndigits"), f(1.25), i(1)));
            // round() ; round('a') ; round(1.5, 'a') ; round(1, 2, 3)
            raises("TypeError: round() missing required argument 'number' (pos 1)", () -> call("round"));
            raises("TypeError: type str doesn't define __round__ method", () -> call("round", s("a")));
            raises("TypeError: 'str' object cannot be interpreted as an integer", () -> call("round", f(1.5), s("a")));
            raises("TypeError: round() takes at most 2 arguments (3 given)", () -> call("round", i(1), i(2), i(3)));
        }
    }
}
