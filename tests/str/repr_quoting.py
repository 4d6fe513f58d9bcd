tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "é", "\u200b", "\u2028", "\ud800" if False else "ok",
         "😀", "\U000e0001", "'", '"', "", "\a\b\f\v", "\x1b[0m"]
for t in tests:
    print(repr(t), ascii(t), len(repr(t)))
print(repr(["a'b", 'c"d']), str(("x",)), repr({"k": "v"}))
print(f"{'q'!r}", "%r" % "r", "{!r}".format("s"))
print(repr("\\n"), repr(r"\n"), "\\n")
class S(str):
    pass
print(repr(S("sub")), type(S("sub")).__name__, S("a") + "b", type(S("a") + "b").__name__)
