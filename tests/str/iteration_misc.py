s = "hello"
for i, c in enumerate(s):
    print(i, c, end=" | ")
print()
print(list(s), tuple(s), set("aab") == {"a", "b"}, sorted(s), reversed(s).__class__.__name__)
print("".join(reversed(s)), list(map(ord, s)), [c * 2 for c in s])
print(min(s), max(s), s.count("l"), list(zip(s, s[1:])))
print(str.upper("x"), str.join(",", ["a", "b"]), "a".__len__(), "ab".__getitem__(1), "a".__add__("b"))
print("abc".__contains__("b"), "abc".__mul__(2), "b".__lt__("a"), "a".__eq__(1))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print("%s and %s" % ("a", "b"), "abc".encode(), "a b".title())
print(format("x", "^5"), "x".__format__(">3"), "{}".format("y"))
print(str(b"hi"), str(1e16), str(-0.0), str(True))
print(" ".join(str(i) for i in range(5)))
x = "immutable"
y = x
x += "!"
print(x, y)
lines = "a\nbb\nccc"
for line in lines.split("\n"):
    print(line.rjust(4, "."))
print("abc"[1:].upper().center(6, "=").lower())
print("Hello"[::-1].swapcase()[0])
