# split/rsplit/splitlines/join semantics, including whitespace rules, maxsplit and line boundaries.

s = "  alpha  beta\tgamma\n delta  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","), "abc".split("abc"))
print("a::b::c".split("::"), "a  b".split(" "), "one\u00a0two\u2003three".split())
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("line1\nline2\r\nline3\rline4\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "\n\n".split("\n"), "x\n".split("\n"))
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), " ".join(str(i) for i in range(5)), "ab".join("12"))
print("\n".join(["a", "b"]).split("\n"), "|".join(("a",)), "+".join({"k": 1, "j": 2}))
for bad in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: "".join(5),
            lambda: "a".split(""), lambda: "a b".split(" ", "1")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

record = "name=Ann; age=30 ;city = Paris;; note=a=b"
fields = {}
for part in record.split(";"):
    if not part.strip():
        continue
    key, _, value = part.partition("=")
    fields[key.strip()] = value.strip()
print(fields)

paragraph = """The quick brown fox
jumps over   the lazy dog.

Then it runs away!"""
words = paragraph.split()
print(len(words), words[-3:], max(words, key=len))
print([line for line in paragraph.splitlines() if line])


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


for line in wrap(paragraph, 16):
    print(f"|{line:<16}|")
path = "/usr/local/lib/python3.11/site-packages"
print(path.split("/"), path.rsplit("/", 1)[-1], path.lstrip("/").split("/", 1))
print("k1=v1&k2=v2&k3".split("&"), [p.split("=") for p in "k1=v1&k2=v2".split("&")])
