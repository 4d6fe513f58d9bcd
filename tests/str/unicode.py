s = "a😀b"
print(len(s), s[1], s[2], s[::-1], s.index("b"), s.find("😀"))
t = "\U0001F600"
print(t == "😀", len(t), ord(t), hex(ord(t)), chr(128512) == t)
u = "héllo wörld ñ"
print(len(u), u.upper(), u.title(), u[1], u.encode("utf-8"), len(u.encode("utf-8")))
print("😀😁😂"[1:], "😀😁😂"[::-1], "x😀y😁z"[::2])
print("straße".upper(), "ß".lower(), "İ".lower(), len("İ".lower()))
print("ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("ﬁ".upper(), "Σ".lower(), "ΑΣ".lower())
print("\u00e9" == "e\u0301", len("e\u0301"))
print(repr("😀"), ascii("😀"), ascii("é"), ascii("\u1234"))
print("日本語".center(9, "*"), "日本語"[1])
print(len("a\u0000b"), repr("a\u0000b"))
print(chr(0x10FFFF) == "\U0010FFFF", ord("\uffff"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "😀".encode("utf-32-be"))
print(b"\xf0\x9f\x98\x80".decode("utf-8"))
print(sorted("b😀aé"), max("a😀"), "😀" > "\uffff")
print("x😀y".split("😀"), "😀".join("ab"), "a😀a".count("😀"))
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit())
print("😀".isprintable(), "\n".isprintable(), "é".isalpha(), "😀".isalpha())
print(str(b"abc", "ascii"), str(b"\xe9", "latin-1"), str("x"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
