s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"))
print(s.index("quick"), s.rindex("o"), s.find("o", 13, 16), s.find(""), s.rfind(""), s.find("", 100))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 0, 15))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"),
      s.endswith(("cat", "og")), s.endswith("the", 0, 3), "".startswith(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["t"])
except TypeError as e:
    print("TypeError:", e)
print("in" in "string", "" in "abc", "abc" in "ab", "x" not in "abc")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "abc".replace("x", "y"), "".replace("", "z"))
print("a,b,,c".split(","), "a b  c ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("  x  y  ".split(), "".split(), "".split(","), "abc".split("abc"), "a,b".split(",", 0))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("x\x0by\x1cz\u2028w".splitlines())
print("  a b  ".split(" "), "1  2".rsplit(None, 0), " a b c ".rsplit(None, 1))
