# bytes and bytearray: literals, repr, indexing, methods, hex, mutation and errors.

b = b"Hello, \x00\xff\n\t'\"\\"
print(b, len(b), b[0], b[-1], b[:5], list(b[7:9]), repr(b"it's"), repr(b'"q"'), repr(b"'\""))
print(bytes(3), bytes([65, 66, 67]), bytes(range(0x20, 0x27)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"abc" < b"abd", b"a" == "a")
print(b"hello world".split(), b"a,b,,c".split(b","), b"  pad  ".strip(), b"x".join([b"1", b"2", b"3"]))
print(b"Hello".upper(), b"Hello".lower(), b"hello world".title(), b"abc".replace(b"b", b"BB"), b"aXbXc".partition(b"X"))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".count(b"ab"), b"abc".startswith(b"ab"), b"abc".find(99))
print(b"12".isdigit(), b"ab".isalpha(), b"a b".isspace(), b"ABC".isupper(), b"\x80".isascii(), b"abc".center(9, b"*"))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), bytes.fromhex("de ad BE EF"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), "ünï".encode(), "abc".encode("utf-16-be"))
print(b"%d-%s" % (7, b"x"), b"ab"[::-1], b"abcdef"[::2], bytes(reversed(b"xyz")), sorted(b"dcba"))
print(b"x" * 0, bytes(), bytearray(), bytearray(b"ab"), bytearray(2), bytearray([1, 2]), bytearray("é", "utf-8"))

ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), ba.pop(), ba)
ba[1:3] = b"EE"
del ba[-3:]
ba.insert(0, 62)
print(ba, ba.find(b"E"), ba.count(b"l"), bytes(ba), ba.decode(), ba == b">JEElo!", ba.upper())
ba.reverse()
print(ba, ba.remove(ord("E")) or ba, bytearray(b"xy") + b"z", type(bytearray(b"a") + b"b").__name__)
print(list(zip(b"ab", bytearray(b"cd"))), b"".join([bytearray(b"a"), b"b"]), hash(b"a") == hash(bytes(bytearray(b"a"))))


def assign_bytes():
    frozen = b"x"
    frozen[0] = 1


def assign_bytearray():
    buf = bytearray(b"a")
    buf[0] = 300


for bad in [lambda: b"abc"[5], lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: bytes("x"),
            lambda: b"abc".decode("ascii").encode("ascii") + 1, lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"),
            assign_bytearray, assign_bytes, lambda: bytearray().pop(),
            lambda: bytearray(b"ab").remove(99), lambda: b"\xff".decode("ascii"), lambda: hash(bytearray(b"x")),
            lambda: b"%s" % "str", lambda: b"abc".index(b"z")]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(f"{type(e).__name__}: {e}")
