package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ember.objects.Py.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code bytes}, {@code bytearray} and {@code memoryview}; every expectation comes from the python3 line beside it. */
class BytesTest {
    static PyBytes by(String latin1) {
        return PyBytes.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyByteArray ba(String latin1) {
        return new PyByteArray(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static PyObj kwm(PyObj obj, String name, String[] kw, PyObj... args) {
        return Abstract.call(Abstract.getAttr(obj, name), args, kw);
    }

    static PyObj cls(PyType t, String name, PyObj... args) {
        return Abstract.call(Abstract.getAttr(t, name), args, null);
    }

    static PyObj mv(PyObj o) {
        return Abstract.call(PyMemoryView.TYPE, new PyObj[] {o}, null);
    }

    @Nested
    class Construct {
        @Test
        void forms() {
            // bytes() ; bytes(3) ; bytes([0, 65, 255]) ; bytes('é', 'utf-8') ; bytes(b'x') ; bytes(range(3))
            eq("b''", Abstract.call(PyBytes.TYPE, new PyObj[0], null));
            eq("b'\\x00\\x00\\x00'", call("bytes", i(3)));
            eq("b'\\x00A\\xff'", call("bytes", ints(0, 65, 255)));
            eq("b'\\xc3\\xa9'", call("bytes", s("é"), s("utf-8")));
            eq("b'x'", call("bytes", by("x")));
            eq("b'\\x00\\x01\\x02'", call("bytes", call("range", i(3))));
            // bytes(bytearray(b'ab')) -> b'ab' ; bytes(memoryview(b'cd')) -> b'cd' ; bytes('a€', 'ascii', 'replace') -> b'a?'
            eq("b'ab'", call("bytes", ba("ab")));
            eq("b'cd'", call("bytes", mv(by("cd"))));
            eq("b'a?'", call("bytes", s("a€"), s("ascii"), s("replace")));
            // bytes('ab', encoding='ascii') -> b'ab'
            eq("b'ab'", callKw("bytes", kw("encoding"), s("ab"), s("ascii")));
        }

        @Test
        void errors() {
            // bytes('a') ; bytes(1.5) ; bytes([256]) ; bytes(-1) ; bytes(1, 'utf-8') ; bytes([1.5])
            raises("TypeError: string argument without an encoding", () -> call("bytes", s("a")));
            raises("TypeError: cannot convert 'float' object to bytes", () -> call("bytes", f(1.5)));
            raises("ValueError: bytes must be in range(0, 256)", () -> call("bytes", ints(256)));
            raises("ValueError: negative count", () -> call("bytes", i(-1)));
            raises("TypeError: encoding without a string argument", () -> call("bytes", i(1), s("utf-8")));
            raises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("bytes", list(f(1.5))));
            // bytes('a', 'utf-8', 'x', 'y') -> TypeError: bytes() takes at most 3 arguments (4 given)
            raises("TypeError: bytes() takes at most 3 arguments (4 given)",
                    () -> call("bytes", s("a"), s("utf-8"), s("x"), s("y")));
        }

        @Test
        void fromhex() {
            // bytes.fromhex('00 01  fe\tff') -> b'\x00\x01\xfe\xff' ; bytearray.fromhex('4142') -> bytearray(b'AB')
            eq("b'\\x00\\x01\\xfe\\xff'", cls(PyBytes.TYPE, "fromhex", s("00 01  fe\tff")));
            eq("bytearray(b'AB')", cls(PyByteArray.TYPE, "fromhex", s("4142")));
            // bytes.fromhex('a') ; bytes.fromhex('0 g') ; bytes.fromhex(b'00')
            raises("ValueError: non-hexadecimal number found in fromhex() arg at position 1",
                    () -> cls(PyBytes.TYPE, "fromhex", s("a")));
            raises("ValueError: non-hexadecimal number found in fromhex() arg at position 1",
                    () -> cls(PyBytes.TYPE, "fromhex", s("0 g")));
            raises("TypeError: fromhex() argument must be str, not bytes", () -> cls(PyBytes.TYPE, "fromhex", by("00")));
        }
    }

    @Nested
    class Methods {
        @Test
        void search() {
            PyBytes b = by("Hello, World! hello");
            // b.count(b'l'), b.count(b'l', 5), b.count(108), b.count(b'') -> 5 3 5 20
            eq("5", m(b, "count", by("l")));
            eq("3", m(b, "count", by("l"), i(5)));
            eq("5", m(b, "count", i(108)));
            eq("20", m(b, "count", by("")));
            // b.find(b'o'), b.find(b'o', 5), b.find(b'zz'), b.rfind(b'l'), b.rfind(b'l', 0, 5), b.index(b'W') -> 4 8 -1 17 3 7
            eq("4", m(b, "find", by("o")));
            eq("8", m(b, "find", by("o"), i(5)));
            eq("-1", m(b, "find", by("zz")));
            eq("17", m(b, "rfind", by("l")));
            eq("3", m(b, "rfind", by("l"), i(0), i(5)));
            eq("7", m(b, "index", by("W")));
            // b'abc'.find(b'', 3), b'abc'.find(b'', 4) -> 3 -1
            eq("3", m(by("abc"), "find", by(""), i(3)));
            eq("-1", m(by("abc"), "find", by(""), i(4)));
            // b.startswith((b'x', b'He')), b.endswith(b'llo', 0, 5), b.startswith(b'ello', 1) -> True True True
            eq("True", m(b, "startswith", tup(by("x"), by("He"))));
            eq("True", m(b, "endswith", by("llo"), i(0), i(5)));
            eq("True", m(b, "startswith", by("ello"), i(1)));
            // b'abc'.find('a') ; b'abc'.find(300) ; b'abc'.index(b'z') ; b'x'.count() ; b'abc'.startswith('a')
            raises("TypeError: argument should be integer or bytes-like object, not 'str'", () -> m(by("abc"), "find", s("a")));
            raises("ValueError: byte must be in range(0, 256)", () -> m(by("abc"), "find", i(300)));
            raises("ValueError: subsection not found", () -> m(by("abc"), "index", by("z")));
            raises("TypeError: count() takes at least 1 argument (0 given)", () -> m(by("x"), "count"));
            raises("TypeError: startswith first arg must be bytes or a tuple of bytes, not str",
                    () -> m(by("abc"), "startswith", s("a")));
        }

        @Test
        void caseAndClasses() {
            // b'hello wORLD 3x'.title(), b'hELLO'.capitalize(), b'aB\xe9'.swapcase(), b'\xe9a'.upper()
            eq("b'Hello World 3X'", m(by("hello wORLD 3x"), "title"));
            eq("b'Hello'", m(by("hELLO"), "capitalize"));
            eq("b'Ab\\xe9'", m(by("aB\u00e9"), "swapcase"));
            eq("b'\\xe9A'", m(by("\u00e9a"), "upper"));
            // b'abc'.isalnum(), b''.isalpha(), b'\xb2'.isdigit(), b' \t\n\r\x0b\x0c'.isspace(), b'1A'.isupper(), b'1'.isupper()
            eq("True", m(by("abc"), "isalnum"));
            eq("False", m(by(""), "isalpha"));
            eq("False", m(by("\u00b2"), "isdigit"));
            eq("True", m(by(" \t\n\r\u000b\u000c"), "isspace"));
            eq("True", m(by("1A"), "isupper"));
            eq("False", m(by("1"), "isupper"));
            // b'Hello World'.istitle(), b'\x80'.isascii(), b''.isascii() -> True False True
            eq("True", m(by("Hello World"), "istitle"));
            eq("False", m(by("\u0080"), "isascii"));
            eq("True", m(by(""), "isascii"));
        }

        @Test
        void splitStripJoin() {
            // b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b'  a  b c '.split(None, 1), b'  a  b c '.rsplit(None, 1)
            eq("[b'a', b'b', b'', b'c']", m(by("a,b,,c"), "split", by(",")));
            eq("[b'a,b,', b'c']", m(by("a,b,,c"), "rsplit", by(","), i(1)));
            eq("[b'a', b'b c ']", m(by("  a  b c "), "split", PyNone.NONE, i(1)));
            eq("[b'  a  b', b'c']", m(by("  a  b c "), "rsplit", PyNone.NONE, i(1)));
            // b'aXbXc'.split(b'X', maxsplit=1) -> [b'a', b'bXc']
            eq("[b'a', b'bXc']", kwm(by("aXbXc"), "split", kw("maxsplit"), by("X"), i(1)));
            // b'l1\nl2\r\nl3\rx'.splitlines(), b'a\n\nb\n'.splitlines(True)
            eq("[b'l1', b'l2', b'l3', b'x']", m(by("l1\nl2\r\nl3\rx"), "splitlines"));
            eq("[b'a\\n', b'\\n', b'b\\n']", m(by("a\n\nb\n"), "splitlines", PyBool.TRUE));
            // b'xxpadxy'.strip(b'xy'), b'  pad '.lstrip(), b'\x0b\x0cab\x1c '.strip()
            eq("b'pad'", m(by("xxpadxy"), "strip", by("xy")));
            eq("b'pad '", m(by("  pad "), "lstrip"));
            eq("b'ab\\x1c'", m(by("\u000b\u000cab\u001c "), "strip"));
            // b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]) -> b'a-b-c'
            eq("b'a-b-c'", m(by("-"), "join", list(by("a"), ba("b"), mv(by("c")))));
            // b'a'.join([1]) ; b'abc'.split(b'') ; b'abc'.strip('a')
            raises("TypeError: sequence item 0: expected a bytes-like object, int found", () -> m(by("a"), "join", list(i(1))));
            raises("ValueError: empty separator", () -> m(by("abc"), "split", by("")));
            raises("TypeError: a bytes-like object is required, not 'str'", () -> m(by("abc"), "strip", s("a")));
            // b'k=v=x'.partition(b'='), b'k=v=x'.rpartition(b'='), b'none'.rpartition(b'=')
            eq("(b'k', b'=', b'v=x')", m(by("k=v=x"), "partition", by("=")));
            eq("(b'k=v', b'=', b'x')", m(by("k=v=x"), "rpartition", by("=")));
            eq("(b'', b'', b'none')", m(by("none"), "rpartition", by("=")));
        }

        @Test
        void padReplaceTranslate() {
            // b'ab'.center(7, b'-'), b'ab'.center(6), b'abc'.ljust(6, b'.'), b'-42'.zfill(5), b'+4'.zfill(4)
            eq("b'---ab--'", m(by("ab"), "center", i(7), by("-")));
            eq("b'  ab  '", m(by("ab"), "center", i(6)));
            eq("b'abc...'", m(by("abc"), "ljust", i(6), by(".")));
            eq("b'-0042'", m(by("-42"), "zfill", i(5)));
            eq("b'+004'", m(by("+4"), "zfill", i(4)));
            // b'abc'.center(5, 'x') ; b'abc'.center()
            raises("TypeError: center() argument 2 must be a byte string of length 1, not str",
                    () -> m(by("abc"), "center", i(5), s("x")));
            raises("TypeError: center expected at least 1 argument, got 0", () -> m(by("abc"), "center"));
            // b'aaaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2)
            eq("b'bbaa'", m(by("aaaa"), "replace", by("a"), by("b"), i(2)));
            eq("b'-a-b-c-'", m(by("abc"), "replace", by(""), by("-")));
            eq("b'-a-bc'", m(by("abc"), "replace", by(""), by("-"), i(2)));
            // b'a\tbc\td'.expandtabs(4), b'prefix-x'.removeprefix(b'prefix-'), b'f.txt'.removesuffix(b'.txt')
            eq("b'a   bc  d'", m(by("a\tbc\td"), "expandtabs", i(4)));
            eq("b'x'", m(by("prefix-x"), "removeprefix", by("prefix-")));
            eq("b'f'", m(by("f.txt"), "removesuffix", by(".txt")));
            // b'aabbcc'.translate(bytes.maketrans(b'abc', b'xyz')), b'hello'.translate(None, b'l')
            PyObj table = cls(PyBytes.TYPE, "maketrans", by("abc"), by("xyz"));
            eq("b'xxyyzz'", m(by("aabbcc"), "translate", table));
            eq("b'heo'", m(by("hello"), "translate", PyNone.NONE, by("l")));
            // b'abc'.translate(b'x') ; bytes.maketrans(b'a', b'bc')
            raises("ValueError: translation table must be 256 characters long", () -> m(by("abc"), "translate", by("x")));
            raises("ValueError: maketrans arguments must have same length",
                    () -> cls(PyBytes.TYPE, "maketrans", by("a"), by("bc")));
        }

        @Test
        void hexDecodeFormat() {
            // b'\x00\xff'.hex(), b'hello'.hex('-'), b'hello'.hex(b':', 2), b'hello'.hex(':', -2)
            eq("'00ff'", m(by("\u0000\u00ff"), "hex"));
            eq("'68-65-6c-6c-6f'", m(by("hello"), "hex", s("-")));
            eq("'68:656c:6c6f'", m(by("hello"), "hex", by(":"), i(2)));
            eq("'6865:6c6c:6f'", m(by("hello"), "hex", s(":"), i(-2)));
            // b'caf\xc3\xa9'.decode(), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'backslashreplace')
            eq("'café'", m(by("caf\u00c3\u00a9"), "decode"));
            eq("'a\uFFFDb'", m(by("a\u00ffb"), "decode", s("utf-8"), s("replace")));
            eq("'a\\\\xffb'", m(by("a\u00ffb"), "decode", s("ascii"), s("backslashreplace")));
            // b'\xe2\x82x'.decode() ; b'\xff'.decode() ; b'x'.decode('nope')
            raises("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
                    () -> m(by("\u00e2\u0082x"), "decode"));
            raises("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                    () -> m(by("\u00ff"), "decode"));
            raises("LookupError: unknown encoding: nope", () -> m(by("x"), "decode", s("nope")));
            // b'%s=%d' % (b'k', 3), b'%c%c' % (65, b'B'), b'%r' % b'x'
            eq("b'k=3'", Abstract.binaryOp(by("%s=%d"), tup(by("k"), i(3)), BinOp.REMAINDER));
            eq("b'AB'", Abstract.binaryOp(by("%c%c"), tup(i(65), by("B")), BinOp.REMAINDER));
            eq("b\"b'x'\"", Abstract.binaryOp(by("%r"), by("x"), BinOp.REMAINDER));
            // b'%s' % 'a'
            raises("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
                    () -> Abstract.binaryOp(by("%s"), s("a"), BinOp.REMAINDER));
        }
    }

    @Nested
    class Protocols {
        @Test
        void operators() {
            // b'ab' * 3, 3 * b'ab', b'a' + bytearray(b'b'), bytearray(b'a') + b'b'
            eq("b'ababab'", Abstract.binaryOp(by("ab"), i(3), BinOp.MULTIPLY));
            eq("b'ababab'", Abstract.binaryOp(i(3), by("ab"), BinOp.MULTIPLY));
            eq("b'ab'", Abstract.binaryOp(by("a"), ba("b"), BinOp.ADD));
            eq("bytearray(b'ab')", Abstract.binaryOp(ba("a"), by("b"), BinOp.ADD));
            // b'a' + 1 ; b'a' + 'b' ; b'a' * 1.5 ; 'b' + b'a'
            raises("TypeError: can't concat int to bytes", () -> Abstract.binaryOp(by("a"), i(1), BinOp.ADD));
            raises("TypeError: can't concat str to bytes", () -> Abstract.binaryOp(by("a"), s("b"), BinOp.ADD));
            raises("TypeError: can't multiply sequence by non-int of type 'float'",
                    () -> Abstract.binaryOp(by("a"), f(1.5), BinOp.MULTIPLY));
            raises("TypeError: can only concatenate str (not \"bytes\") to str", () -> Abstract.binaryOp(s("b"), by("a"), BinOp.ADD));
        }

        @Test
        void containsCompareHash() {
            // b'el' in b'hello', 104 in b'hello', memoryview(b'l') in b'hello', 'a' in b'abc', 300 in b'abc'
            assertThat(Abstract.contains(by("hello"), by("el"))).isTrue();
            assertThat(Abstract.contains(by("hello"), i(104))).isTrue();
            assertThat(Abstract.contains(by("hello"), mv(by("l")))).isTrue();
            raises("TypeError: a bytes-like object is required, not 'str'", () -> Abstract.contains(by("abc"), s("a")));
            raises("ValueError: byte must be in range(0, 256)", () -> Abstract.contains(by("abc"), i(300)));
            // b'abc' < b'abd', b'\xff' > b'\x7f', b'a' == 'a', b'abc' == bytearray(b'abc'), b'ab' < bytearray(b'b')
            eq("True", Abstract.richCompare(by("abc"), by("abd"), CompareOp.LT));
            eq("True", Abstract.richCompare(by("\u00ff"), by("\u007f"), CompareOp.GT));
            eq("False", Abstract.richCompare(by("a"), s("a"), CompareOp.EQ));
            eq("True", Abstract.richCompare(by("abc"), ba("abc"), CompareOp.EQ));
            eq("True", Abstract.richCompare(by("ab"), ba("b"), CompareOp.LT));
            // b'a' < 'b'
            raises("TypeError: '<' not supported between instances of 'bytes' and 'str'",
                    () -> Abstract.richCompare(by("a"), s("b"), CompareOp.LT));
            // hash(b'abc') == hash(bytes([97, 98, 99])), hash(memoryview(b'abc')) == hash(b'abc')
            assertThat(Abstract.hash(by("abc"))).isEqualTo(Abstract.hash(call("bytes", ints(97, 98, 99))));
            assertThat(Abstract.hash(mv(by("abc")))).isEqualTo(Abstract.hash(by("abc")));
            // hash(bytearray())
            raises("TypeError: unhashable type: 'bytearray'", () -> Abstract.hash(ba("")));
        }

        @Test
        void indexingAndIteration() {
            PyBytes b = by("python");
            // b[0], b[-1], b[1:4], b[::-1], b[10:] -> 112 110 b'yth' b'nohtyp' b''
            eq("112", Abstract.getItem(b, i(0)));
            eq("110", Abstract.getItem(b, i(-1)));
            eq("b'yth'", Abstract.getItem(b, new PySlice(i(1), i(4), PyNone.NONE)));
            eq("b'nohtyp'", Abstract.getItem(b, new PySlice(PyNone.NONE, PyNone.NONE, i(-1))));
            eq("b''", Abstract.getItem(b, new PySlice(i(10), PyNone.NONE, PyNone.NONE)));
            // b'abc'[10] ; b'abc'['a']
            raises("IndexError: index out of range", () -> Abstract.getItem(by("abc"), i(10)));
            raises("TypeError: byte indices must be integers or slices, not str", () -> Abstract.getItem(by("abc"), s("a")));
            // list(b'AZ'), type(iter(b'')).__name__, type(iter(bytearray())).__name__
            eq("[65, 90]", call("list", by("AZ")));
            assertThat(Abstract.getIter(by("")).type().name()).isEqualTo("bytes_iterator");
            assertThat(Abstract.getIter(ba("")).type().name()).isEqualTo("bytearray_iterator");
            // repr(b"'"), repr(b'\'"'), repr(b'\t\x00\x80'), repr(bytearray(b"it's"))
            eq("b\"'\"", by("'"));
            eq("b'\\'\"'", by("'\""));
            eq("b'\\t\\x00\\x80'", by("\t\u0000\u0080"));
            eq("bytearray(b\"it\\'s\")", ba("it's"));
        }

        @Test
        void intAndFloatFromBytes() {
            // int(b' 12 '), int(b'ff', 16), float(bytearray(b'1e3')), int(bytearray(b'z'), 16)
            eq("12", call("int", by(" 12 ")));
            eq("255", call("int", by("ff"), i(16)));
            eq("1000.0", call("float", ba("1e3")));
            raises("ValueError: invalid literal for int() with base 16: b'z'", () -> call("int", ba("z"), i(16)));
            // str(bytearray(b'a\xff'), 'utf-8', 'replace'), str(1, 'utf-8')
            eq("'a\uFFFD'", call("str", ba("a\u00ff"), s("utf-8"), s("replace")));
            raises("TypeError: decoding to str: need a bytes-like object, int found", () -> call("str", i(1), s("utf-8")));
        }
    }

    @Nested
    class ByteArray {
        @Test
        void mutation() {
            PyByteArray b = ba("abcdef");
            // b = bytearray(b'abcdef'); b[0] = 65; b[1:3] = b'XYZ'; b -> bytearray(b'AXYZdef')
            Abstract.setItem(b, i(0), i(65));
            Abstract.setItem(b, new PySlice(i(1), i(3), PyNone.NONE), by("XYZ"));
            eq("bytearray(b'AXYZdef')", b);
            // b[::2] = b'1234'; b -> bytearray(b'1X2Z3e4') ; del b[::2] -> bytearray(b'XZe') ; del b[0] -> bytearray(b'Ze')
            Abstract.setItem(b, new PySlice(PyNone.NONE, PyNone.NONE, i(2)), by("1234"));
            eq("bytearray(b'1X2Z3e4')", b);
            Abstract.delItem(b, new PySlice(PyNone.NONE, PyNone.NONE, i(2)));
            eq("bytearray(b'XZe')", b);
            Abstract.delItem(b, i(0));
            eq("bytearray(b'Ze')", b);
            // b[1:1] = [33, 34]; b -> bytearray(b'Z!"e')
            Abstract.setItem(b, new PySlice(i(1), i(1), PyNone.NONE), ints(33, 34));
            eq("bytearray(b'Z!\"e')", b);
            // b.append(65); b.extend(b'BC'); b.extend([68]); b.insert(0, 255); b.insert(-1, 254) -> bytearray(b'\xffZ!"eABC\xfeD')
            m(b, "append", i(65));
            m(b, "extend", by("BC"));
            m(b, "extend", ints(68));
            m(b, "insert", i(0), i(255));
            m(b, "insert", i(-1), i(254));
            eq("bytearray(b'\\xffZ!\"eABC\\xfeD')", b);
            // b.pop(), b.pop(0), b.remove(33), b.reverse() -> 68 255 bytearray(b'\xfeCBAe"Z')
            eq("68", m(b, "pop"));
            eq("255", m(b, "pop", i(0)));
            m(b, "remove", i(33));
            m(b, "reverse");
            eq("bytearray(b'\\xfeCBAe\"Z')", b);
            // c = b.copy(); c.clear(); c, b -> bytearray(b'') bytearray(b'\xfeCBAe"Z')
            PyObj c = m(b, "copy");
            m(c, "clear");
            eq("bytearray(b'')", c);
            eq("bytearray(b'\\xfeCBAe\"Z')", b);
        }

        @Test
        void inplace() {
            PyByteArray x = ba("ab");
            // x = bytearray(b'ab'); x += b'cd'; x *= 2 -> bytearray(b'abcdabcd'), same object
            assertThat(Abstract.inplaceOp(x, by("cd"), BinOp.ADD)).isSameAs(x);
            assertThat(Abstract.inplaceOp(x, i(2), BinOp.MULTIPLY)).isSameAs(x);
            eq("bytearray(b'abcdabcd')", x);
            // bytearray(b'ab').__iadd__(1)
            raises("TypeError: can't concat int to bytearray", () -> Abstract.inplaceOp(ba("ab"), i(1), BinOp.ADD));
        }

        @Test
        void methodsReturnByteArrays() {
            // bytearray(b'ab').split(), bytearray(b'ab').partition(b'a'), bytearray(b'a').center(3), bytearray(b'-').join([b'x', b'y'])
            eq("[bytearray(b'ab')]", m(ba("ab"), "split"));
            eq("(bytearray(b''), bytearray(b'a'), bytearray(b'b'))", m(ba("ab"), "partition", by("a")));
            eq("bytearray(b' a ')", m(ba("a"), "center", i(3)));
            eq("bytearray(b'x-y')", m(ba("-"), "join", list(by("x"), by("y"))));
            // bytearray(b'%d') % 5, bytearray(b'ab') * 2 -> bytearray(b'5') bytearray(b'abab')
            eq("bytearray(b'5')", Abstract.binaryOp(ba("%d"), i(5), BinOp.REMAINDER));
            eq("bytearray(b'abab')", Abstract.binaryOp(ba("ab"), i(2), BinOp.MULTIPLY));
        }

        @Test
        void errors() {
            // bytearray(b'a')[5] ; b[0] = 256 ; b[0] = 'a' ; bytearray().pop() ; remove(5) ; extend(1) ; bytearray(1.5)
            raises("IndexError: bytearray index out of range", () -> Abstract.getItem(ba("a"), i(5)));
            raises("ValueError: byte must be in range(0, 256)", () -> {
                Abstract.setItem(ba("a"), i(0), i(256));
                return null;
            });
            raises("TypeError: 'str' object cannot be interpreted as an integer", () -> {
                Abstract.setItem(ba("a"), i(0), s("a"));
                return null;
            });
            raises("IndexError: pop from empty bytearray", () -> m(ba(""), "pop"));
            raises("ValueError: value not found in bytearray", () -> m(ba("a"), "remove", i(5)));
            raises("TypeError: can't extend bytearray with int", () -> m(ba("a"), "extend", i(1)));
            raises("TypeError: cannot convert 'float' object to bytearray", () -> call("bytearray", f(1.5)));
            // bytearray(b'abc')[::2] = b'xyz' ; bytearray(b'abc')[0:1] = 5
            raises("ValueError: attempt to assign bytes of size 3 to extended slice of size 2", () -> {
                Abstract.setItem(ba("abc"), new PySlice(PyNone.NONE, PyNone.NONE, i(2)), by("xyz"));
                return null;
            });
            raises("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)", () -> {
                Abstract.setItem(ba("abc"), new PySlice(i(0), i(1), PyNone.NONE), i(5));
                return null;
            });
        }
    }

    @Nested
    class MemoryView {
        @Test
        void readOnlyView() {
            PyObj v = mv(by("abcdef"));
            // m = memoryview(b'abcdef'); m[0], m[-1], len(m), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape
            eq("97", Abstract.getItem(v, i(0)));
            eq("102", Abstract.getItem(v, i(-1)));
            assertThat(Abstract.length(v)).isEqualTo(6);
            eq("True", Abstract.getAttr(v, "readonly"));
            eq("6", Abstract.getAttr(v, "nbytes"));
            eq("'B'", Abstract.getAttr(v, "format"));
            eq("1", Abstract.getAttr(v, "itemsize"));
            eq("1", Abstract.getAttr(v, "ndim"));
            eq("(6,)", Abstract.getAttr(v, "shape"));
            // m[1:5:2].tolist(), m[::-1][1:3].tobytes(), m[1:4].hex(), m.tolist()[:2] -> [98, 100] b'ed' '626364'
            PyObj s = Abstract.getItem(v, new PySlice(i(1), i(5), i(2)));
            eq("[98, 100]", m(s, "tolist"));
            PyObj r = Abstract.getItem(Abstract.getItem(v, new PySlice(PyNone.NONE, PyNone.NONE, i(-1))),
                    new PySlice(i(1), i(3), PyNone.NONE));
            eq("b'ed'", m(r, "tobytes"));
            eq("'626364'", m(Abstract.getItem(v, new PySlice(i(1), i(4), PyNone.NONE)), "hex"));
            // m == b'abcdef', m[::2] == b'ace', m == 'abcdef'
            eq("True", Abstract.richCompare(v, by("abcdef"), CompareOp.EQ));
            eq("True", Abstract.richCompare(Abstract.getItem(v, new PySlice(PyNone.NONE, PyNone.NONE, i(2))), by("ace"),
                    CompareOp.EQ));
            eq("False", Abstract.richCompare(v, s("abcdef"), CompareOp.EQ));
            // memoryview(b'a')[0] = 1 ; memoryview(b'a')[5] ; memoryview('a') ; memoryview(b'a') < memoryview(b'b')
            raises("TypeError: cannot modify read-only memory", () -> {
                Abstract.setItem(mv(by("a")), i(0), i(1));
                return null;
            });
            raises("IndexError: index out of bounds on dimension 1", () -> Abstract.getItem(mv(by("a")), i(5)));
            raises("TypeError: memoryview: a bytes-like object is required, not 'str'", () -> mv(s("a")));
            raises("TypeError: '<' not supported between instances of 'memoryview' and 'memoryview'",
                    () -> Abstract.richCompare(mv(by("a")), mv(by("b")), CompareOp.LT));
        }

        @Test
        void writesThrough() {
            PyByteArray data = ba("hello");
            PyObj v = mv(data);
            // data = bytearray(b'hello'); m = memoryview(data); m[0] = 74; m[1:3] = b'EL'; data -> bytearray(b'JELlo')
            Abstract.setItem(v, i(0), i(74));
            Abstract.setItem(v, new PySlice(i(1), i(3), PyNone.NONE), by("EL"));
            eq("bytearray(b'JELlo')", data);
            // sub = m[1:4]; sub[0] = 0x65; data -> bytearray(b'JeLlo'); sub.obj is data
            PyObj sub = Abstract.getItem(v, new PySlice(i(1), i(4), PyNone.NONE));
            Abstract.setItem(sub, i(0), i(0x65));
            eq("bytearray(b'JeLlo')", data);
            assertThat(Abstract.getAttr(sub, "obj")).isSameAs(data);
            // data[4] = 33; m.tobytes() -> b'JeLl!'
            Abstract.setItem(data, i(4), i(33));
            eq("b'JeLl!'", m(v, "tobytes"));
            // m[0] = 300 ; m[0] = b'a' ; m[0:1] = b'xyz' ; del m[0] ; hash(m)
            raises("ValueError: memoryview: invalid value for format 'B'", () -> {
                Abstract.setItem(v, i(0), i(300));
                return null;
            });
            raises("TypeError: memoryview: invalid type for format 'B'", () -> {
                Abstract.setItem(v, i(0), by("a"));
                return null;
            });
            raises("ValueError: memoryview assignment: lvalue and rvalue have different structures", () -> {
                Abstract.setItem(v, new PySlice(i(0), i(1), PyNone.NONE), by("xyz"));
                return null;
            });
            raises("TypeError: cannot delete memory", () -> {
                Abstract.delItem(v, i(0));
                return null;
            });
            raises("ValueError: cannot hash writable memoryview object", () -> Abstract.hash(v));
        }

        @Test
        void castReleaseContext() {
            // memoryview(b'ab').cast('c').tolist(), memoryview(b'\xff').cast('b')[0], memoryview(b'ab').cast('B').tolist()
            eq("[b'a', b'b']", m(m(mv(by("ab")), "cast", s("c")), "tolist"));
            eq("-1", Abstract.getItem(m(mv(by("\u00ff")), "cast", s("b")), i(0)));
            eq("[97, 98]", m(m(mv(by("ab")), "cast", s("B")), "tolist"));
            // memoryview(b'a').cast('x') ; memoryview(b'abcd')[::2].cast('B')
            raises("ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'",
                    () -> m(mv(by("a")), "cast", s("x")));
            raises("TypeError: memoryview: casts are restricted to C-contiguous views",
                    () -> m(Abstract.getItem(mv(by("abcd")), new PySlice(PyNone.NONE, PyNone.NONE, i(2))), "cast", s("B")));
            // with memoryview(b'q') as m: m.tobytes() -> b'q' ; afterwards m.tobytes() raises ; m == m -> True
            PyObj v = mv(by("q"));
            PyObj entered = m(v, "__enter__");
            assertThat(entered).isSameAs(v);
            eq("b'q'", m(entered, "tobytes"));
            m(v, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
            raises("ValueError: operation forbidden on released memoryview object", () -> m(v, "tobytes"));
            raises("ValueError: operation forbidden on released memoryview object", () -> Abstract.length(v));
            eq("True", Abstract.richCompare(v, v, CompareOp.EQ));
            eq("False", Abstract.richCompare(v, by("q"), CompareOp.EQ));
            assertThat(repr(v)).startsWith("<released memory at 0x");
            // m2 = memoryview(b'x'); m2.release(); m2.release() -> None (idempotent)
            PyObj v2 = mv(by("x"));
            m(v2, "release");
            eq("None", m(v2, "release"));
        }
    }

    @Nested
    class Quirks {
        @Test
        void cpythonQuirks() {
            // b'abc'.partition(bytearray(b'b')) -> (b'a', bytearray(b'b'), b'c')
            eq("(b'a', bytearray(b'b'), b'c')", m(by("abc"), "partition", ba("b")));
            // b = bytearray(b'abcde'); b[::2] = b''; b -> bytearray(b'bd')
            PyByteArray b = ba("abcde");
            Abstract.setItem(b, new PySlice(PyNone.NONE, PyNone.NONE, i(2)), by(""));
            eq("bytearray(b'bd')", b);
            // memoryview(b'abc')[(1,)] -> 98 ; memoryview(b'abc')[0, 0]
            eq("98", Abstract.getItem(mv(by("abc")), tup(i(1))));
            raises("TypeError: cannot index 1-dimension view with 2-element tuple",
                    () -> Abstract.getItem(mv(by("abc")), tup(i(0), i(0))));
            // b'%i' % b'a'
            raises("TypeError: %d format: a real number is required, not bytes",
                    () -> Abstract.binaryOp(by("%i"), by("a"), BinOp.REMAINDER));
            // bytearray(b'abcde')[5] = 256 ; bytearray(b'abcde')[0:1] = None
            raises("ValueError: byte must be in range(0, 256)", () -> {
                Abstract.setItem(ba("abcde"), i(5), i(256));
                return null;
            });
            raises("TypeError: cannot convert 'NoneType' object to bytearray", () -> {
                Abstract.setItem(ba("abcde"), new PySlice(i(0), i(1), PyNone.NONE), PyNone.NONE);
                return null;
            });
        }
    }
}
