b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"x"))
print(b.upper(), b.title(), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.split(b"e"))
print(b + b" world", b * 2, b"el" in b, 104 in b, b"z" not in b)
print(b.hex(), bytes.fromhex("68 65 6c"), b"\x00\xff".hex(), b"abc".hex(":"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), repr(b"\\"))
print(b"abc" < b"abd", b"a" == b"a", b"a" == "a", b"" < b"\x00")
print(b.startswith(b"he"), b.endswith((b"lo", b"x")), b.strip(b"ho"), b"  x ".strip())
print(b"-".join([b"a", b"b"]), b"a,b".partition(b","), b"%s=%d" % (b"k", 3))
print(b.isalpha(), b"123".isdigit(), b"Ab".islower(), b.center(9, b"*"), b.zfill(7))
print(bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"abc"[5],
            lambda: bytes(-1), lambda: b"x".decode("nope"), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], type(b[0]).__name__)
print(b"abc".__class__.__name__, bytes.fromhex("ff")[0], b"\x01\x02"[::-1])
print(list(b"AZ"), tuple(iter(b"hi")), sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"))
