print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "\t\n hi \r".strip(), "hi".strip(""))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".center(1)), repr("abc".center(6, "-")))
print(repr("hi".ljust(5)), repr("hi".rjust(5, "0")), repr("hello".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("ab\n\tc".expandtabs(3)))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("1",)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}) == {97: "1"})
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, repr("" * 100))
print("a" + "b", "abc" < "abd", "Z" < "a", "abc" == "abc", "a" != "A")
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + "a"
except TypeError as e:
    print("TypeError:", e)
print(len(""), len("abc"), str(123), str(1.5), str(None), str([1, "a"]), str())
