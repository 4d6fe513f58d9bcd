# bytes(...) constructor forms, comparisons, hashing, iteration, indexing, subclasses.
print(bytes(), bytes(0), bytes(4), bytes([0, 127, 128, 255]), bytes((1, 2)), bytes(range(65, 70)))
print(bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("x\u20acy", "ascii", "replace"), bytes("ab", encoding="ascii"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(iter([104, 105])), bytes(x for x in b"gen"))
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class Indexable:
    def __index__(self):
        return 3
print(bytes(WithBytes()), bytes(Indexable()), bytes([Indexable()]), bytes({1: "a", 2: "b"}))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"\xff" > b"\x7f")
print(b"abc" <= b"abc", b"abc" >= b"abd", b"" == b"", b"a" == "a", b"a" != "a", b"1" == 1)
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" < bytearray(b"abd"), b"abc" == memoryview(b"abc"))
print(sorted([b"b", b"a", b"ab", b"", b"\x80"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(bytes([97, 98, 99])), len({b"a", b"a", b"b"}))
d = {b"key": 1, bytes(b"key"): 2}
print(d, b"key" in d, hash(memoryview(b"abc")) == hash(b"abc"))
b = b"python"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[10:], b[-100:2], b[4:1], b[1:-1:2], list(b[:3]))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"), list(b"xyz"), tuple(b""), [x * 2 for x in b"\x01\x02"])
print(repr(b""), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\x00\x1f\x7f\x80\xff"), repr(b"\t\n\r"), str(b"s"))
class MyBytes(bytes):
    def shout(self):
        return self.upper() + b"!"
m = MyBytes(b"hey")
print(m, repr(m), type(m).__name__, m.shout(), type(m.upper()).__name__, type(m + b"x").__name__, m == b"hey", len(m), m[0])
print(isinstance(m, bytes), type(bytes(m)).__name__, MyBytes(3), MyBytes([65]), MyBytes.fromhex("41"), type(MyBytes.fromhex("41")).__name__)
print(b"ab".__len__(), b"ab".__getitem__(0), b"ab".__contains__(97), b"ab".__add__(b"c"), b"ab".__mul__(2), b"ab".__rmul__(2))
print(b"%d" .__mod__(5), b"ab".__eq__(b"ab"), b"ab".__lt__("x"), b"ab".__getnewargs__(), b"ab".__bytes__(), bytes.__new__(bytes, b"n"))
print(bool(b""), bool(b"\x00"), bytes.__name__, type(b"").__name__, b"x".__class__ is bytes)
for x in [b"", b"a", bytes(2)]:
    print(len(x), x, x.hex(), list(x), x == bytes(list(x)))
