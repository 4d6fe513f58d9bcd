package org.ember.objects;

import static org.ember.objects.Py.*;

import org.junit.jupiter.api.Test;

/** {@code str.encode/translate/maketrans/format_map/istitle}, {@code int.to_bytes/from_bytes}; expectations from python3. */
class StrIntExtrasTest {
    static PyObj maketrans(PyObj... args) {
        return Abstract.call(Abstract.getAttr(PyStr.TYPE, "maketrans"), args, null);
    }

    static PyObj encodeKw(PyObj self, String[] kw, PyObj... args) {
        return Abstract.call(Abstract.getAttr(self, "encode"), args, kw);
    }

    @Test
    void encode() {
        // 'a€'.encode() -> b'a\xe2\x82\xac' ; '\U0001f600'.encode() -> b'\xf0\x9f\x98\x80'
        eq("b'a\\xe2\\x82\\xac'", m(s("a€"), "encode"));
        eq("b'\\xf0\\x9f\\x98\\x80'", m(s("\uD83D\uDE00"), "encode"));
        // 'a€'.encode('ascii', 'replace') -> b'a?' ; ... 'ignore' -> b'a' ; 'backslashreplace' -> b'a\\u20ac' ; 'xmlcharrefreplace' -> b'a&#8364;'
        eq("b'a?'", m(s("a€"), "encode", s("ascii"), s("replace")));
        eq("b'a'", m(s("a€"), "encode", s("ascii"), s("ignore")));
        eq("b'a\\\\u20ac'", m(s("a€"), "encode", s("ascii"), s("backslashreplace")));
        eq("b'a&#8364;'", m(s("a€"), "encode", s("ascii"), s("xmlcharrefreplace")));
        // 'é'.encode('latin-1') -> b'\xe9' ; 'é'.encode('utf-16') -> b'\xff\xfe\xe9\x00' ; 'é'.encode('UTF_16_BE') -> b'\x00\xe9'
        eq("b'\\xe9'", m(s("é"), "encode", s("latin-1")));
        eq("b'\\xff\\xfe\\xe9\\x00'", m(s("é"), "encode", s("utf-16")));
        eq("b'\\x00\\xe9'", m(s("é"), "encode", s("UTF_16_BE")));
        // 'ab'.encode('utf-32') -> b'\xff\xfe\x00\x00a\x00\x00\x00b\x00\x00\x00' ; 'é'.encode('cp1252') -> b'\xe9'
        eq("b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00b\\x00\\x00\\x00'", m(s("ab"), "encode", s("utf-32")));
        eq("b'\\xe9'", m(s("é"), "encode", s("cp1252")));
        // '\udc80'.encode('utf-8', 'surrogateescape') -> b'\x80' ; ... 'surrogatepass' -> b'\xed\xb2\x80'
        eq("b'\\x80'", m(s("\uDC80"), "encode", s("utf-8"), s("surrogateescape")));
        eq("b'\\xed\\xb2\\x80'", m(s("\uDC80"), "encode", s("utf-8"), s("surrogatepass")));
        // 'abc'.encode(encoding='ascii', errors='strict') -> b'abc'
        eq("b'abc'", encodeKw(s("abc"), kw("encoding", "errors"), s("ascii"), s("strict")));
    }

    @Test
    void encodeErrors() {
        // 'a€'.encode('ascii') ; '€'.encode('latin-1') ; '\udc80'.encode()
        raises("UnicodeEncodeError: 'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)",
                () -> m(s("a€"), "encode", s("ascii")));
        raises("UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)",
                () -> m(s("€"), "encode", s("latin-1")));
        raises("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed",
                () -> m(s("\uDC80"), "encode"));
        // 'a'.encode('foo') ; 'a'.encode(1) ; 'a'.encode('utf-8', 'strict', 1)
        raises("LookupError: unknown encoding: foo", () -> m(s("a"), "encode", s("foo")));
        raises("TypeError: encode() argument 'encoding' must be str, not int", () -> m(s("a"), "encode", i(1)));
        raises("TypeError: encode() takes at most 2 arguments (3 given)",
                () -> m(s("a"), "encode", s("utf-8"), s("strict"), i(1)));
        // 'a'.encode('utf-8', errors=1)
        raises("TypeError: encode() argument 'errors' must be str, not int",
                () -> encodeKw(s("a"), kw("errors"), s("utf-8"), i(1)));
    }

    @Test
    void istitle() {
        // 'Hello World'.istitle() -> True ; 'Hello world'.istitle() -> False ; 'A1B'.istitle() -> True ; ''.istitle() -> False
        eq("True", m(s("Hello World"), "istitle"));
        eq("False", m(s("Hello world"), "istitle"));
        eq("True", m(s("A1B"), "istitle"));
        eq("False", m(s(""), "istitle"));
    }

    @Test
    void translateAndMaketrans() {
        // 'abc'.translate({97: 'xy', 98: None, 99: 100}) -> 'xyd'
        PyDict table = new PyDict();
        table.setItem(i(97), s("xy"));
        table.setItem(i(98), PyNone.NONE);
        table.setItem(i(99), i(100));
        eq("'xyd'", m(s("abc"), "translate", table));
        // 'abc'.translate(str.maketrans('ab', 'cd', 'c')) -> 'cd'
        eq("'cd'", m(s("abc"), "translate", maketrans(s("ab"), s("cd"), s("c"))));
        // str.maketrans({'a': 'b', 98: None}) -> {97: 'b', 98: None}
        PyDict d = new PyDict();
        d.setItem(s("a"), s("b"));
        d.setItem(i(98), PyNone.NONE);
        eq("{97: 'b', 98: None}", maketrans(d));
        // 'a'.maketrans('a', 'b') -> {97: 98}
        eq("{97: 98}", m(s("a"), "maketrans", s("a"), s("b")));
    }

    @Test
    void translateAndMaketransErrors() {
        // 'abc'.translate({97: 1.5}) ; 'abc'.translate({97: 0x110000}) ; 'abc'.translate(1)
        PyDict bad = new PyDict();
        bad.setItem(i(97), f(1.5));
        raises("TypeError: character mapping must return integer, None or str", () -> m(s("abc"), "translate", bad));
        PyDict big = new PyDict();
        big.setItem(i(97), i(0x110000));
        raises("ValueError: character mapping must be in range(0x110000)", () -> m(s("abc"), "translate", big));
        raises("TypeError: 'int' object is not subscriptable", () -> m(s("abc"), "translate", i(1)));
        // str.maketrans(1) ; str.maketrans('ab', 'c') ; str.maketrans({'ab': 1}) ; str.maketrans({1.5: 1})
        raises("TypeError: if you give only one argument to maketrans it must be a dict", () -> maketrans(i(1)));
        raises("ValueError: the first two maketrans arguments must have equal length", () -> maketrans(s("ab"), s("c")));
        PyDict longKey = new PyDict();
        longKey.setItem(s("ab"), i(1));
        raises("ValueError: string keys in translate table must be of length 1", () -> maketrans(longKey));
        PyDict floatKey = new PyDict();
        floatKey.setItem(f(1.5), i(1));
        raises("TypeError: keys in translate table must be strings or integers", () -> maketrans(floatKey));
        // str.maketrans(1, 'a') ; str.maketrans('a', 1) ; str.maketrans()
        raises("TypeError: first maketrans argument must be a string if there is a second argument",
                () -> maketrans(i(1), s("a")));
        raises("TypeError: maketrans() argument 2 must be str, not int", () -> maketrans(s("a"), i(1)));
        raises("TypeError: maketrans expected at least 1 argument, got 0", () -> maketrans());
    }

    @Test
    void formatMap() {
        // '{a}-{b[0]}'.format_map({'a': 1, 'b': [2]}) -> '1-2'
        PyDict d = new PyDict();
        d.setStr("a", i(1));
        d.setStr("b", ints(2));
        eq("'1-2'", m(s("{a}-{b[0]}"), "format_map", d));
        // '{a}'.format_map({}) ; '{0}'.format_map({}) ; 'x'.format_map()
        raises("KeyError: 'a'", () -> m(s("{a}"), "format_map", new PyDict()));
        raises("ValueError: Format string contains positional fields", () -> m(s("{0}"), "format_map", new PyDict()));
        raises("TypeError: str.format_map() takes exactly one argument (0 given)", () -> m(s("x"), "format_map"));
    }

    @Test
    void toBytes() {
        // (1).to_bytes() -> b'\x01' ; (1).to_bytes(2) -> b'\x00\x01' ; (1024).to_bytes(2, 'little') -> b'\x00\x04'
        eq("b'\\x01'", m(i(1), "to_bytes"));
        eq("b'\\x00\\x01'", m(i(1), "to_bytes", i(2)));
        eq("b'\\x00\\x04'", m(i(1024), "to_bytes", i(2), s("little")));
        // (1).to_bytes(length=2, byteorder='little') -> b'\x01\x00'
        eq("b'\\x01\\x00'", Abstract.call(Abstract.getAttr(i(1), "to_bytes"), new PyObj[] {i(2), s("little")},
                kw("length", "byteorder")));
        // (-1).to_bytes(2, signed=True) -> b'\xff\xff' ; (-128).to_bytes(1, signed=True) -> b'\x80' ; (0).to_bytes(0) -> b''
        eq("b'\\xff\\xff'", Abstract.call(Abstract.getAttr(i(-1), "to_bytes"), new PyObj[] {i(2), PyBool.TRUE},
                kw("signed")));
        eq("b'\\x80'", Abstract.call(Abstract.getAttr(i(-128), "to_bytes"), new PyObj[] {i(1), PyBool.TRUE},
                kw("signed")));
        eq("b''", m(i(0), "to_bytes", i(0)));
        // (2**70).to_bytes(9, 'big') -> b'@\x00\x00\x00\x00\x00\x00\x00\x00'
        eq("b'@\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'", m(PyInt.lshift(i(1), i(70)), "to_bytes", i(9), s("big")));
    }

    @Test
    void toBytesErrors() {
        // (256).to_bytes(1, 'big') ; (-1).to_bytes(1, 'big') ; (128).to_bytes(1, signed=True) ; (1).to_bytes(-1)
        raises("OverflowError: int too big to convert", () -> m(i(256), "to_bytes", i(1), s("big")));
        raises("OverflowError: can't convert negative int to unsigned", () -> m(i(-1), "to_bytes", i(1), s("big")));
        raises("OverflowError: int too big to convert", () -> Abstract.call(Abstract.getAttr(i(128), "to_bytes"),
                new PyObj[] {i(1), PyBool.TRUE}, kw("signed")));
        raises("ValueError: length argument must be non-negative", () -> m(i(1), "to_bytes", i(-1)));
        // (1).to_bytes(1, 'x') ; (1).to_bytes(1, 'big', True) ; (1).to_bytes(1, 2)
        raises("ValueError: byteorder must be either 'little' or 'big'", () -> m(i(1), "to_bytes", i(1), s("x")));
        raises("TypeError: to_bytes() takes at most 2 positional arguments (3 given)",
                () -> m(i(1), "to_bytes", i(1), s("big"), PyBool.TRUE));
        raises("TypeError: to_bytes() argument 'byteorder' must be str, not int", () -> m(i(1), "to_bytes", i(1), i(2)));
    }

    @Test
    void fromBytes() {
        // int.from_bytes(b'\x01\x00', 'little', signed=True) -> 1 ; int.from_bytes(b'\xff', signed=True) -> -1
        eq("1", Abstract.call(Abstract.getAttr(PyInt.TYPE, "from_bytes"),
                new PyObj[] {PyBytes.of(new byte[] {1, 0}), s("little"), PyBool.TRUE}, kw("signed")));
        eq("-1", Abstract.call(Abstract.getAttr(PyInt.TYPE, "from_bytes"),
                new PyObj[] {PyBytes.of(new byte[] {(byte) 0xFF}), PyBool.TRUE}, kw("signed")));
        // int.from_bytes([255, 1]) -> 65281 ; int.from_bytes(b'') -> 0 ; bool.from_bytes(b'\x01') -> True
        eq("65281", m(PyInt.TYPE, "from_bytes", ints(255, 1)));
        eq("0", m(PyInt.TYPE, "from_bytes", PyBytes.of(new byte[0])));
        eq("True", m(PyBool.TYPE, "from_bytes", PyBytes.of(new byte[] {1})));
        // int.from_bytes(1, 'big') ; int.from_bytes('ab') ; int.from_bytes(b'a', 'x')
        raises("TypeError: cannot convert 'int' object to bytes", () -> m(PyInt.TYPE, "from_bytes", i(1), s("big")));
        raises("TypeError: cannot convert 'str' object to bytes", () -> m(PyInt.TYPE, "from_bytes", s("ab")));
        raises("ValueError: byteorder must be either 'little' or 'big'",
                () -> m(PyInt.TYPE, "from_bytes", PyBytes.of(new byte[] {97}), s("x")));
    }

    @Test
    void classmethodsOfBuiltinFunctionsReceiveTheClass() {
        // dict.fromkeys([1, 2], 0) -> {1: 0, 2: 0}
        eq("{1: 0, 2: 0}", m(PyDict.TYPE, "fromkeys", ints(1, 2), i(0)));
    }
}
