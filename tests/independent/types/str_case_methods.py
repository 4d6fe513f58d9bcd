# str case conversions and predicates, including non-ASCII and tricky title-casing.

samples = ["hello world", "HELLO World", "they're bill's friends", "ǆemal", "straße", "ΣΊΣΥΦΟΣ", "iİıI",
           "123abc", "a1b2-c3", "", "  spaced  out  ", "mIxEd_CaSe", "ﬁne", "o'neil mcdonald-smith"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.title(), "|",
          s.capitalize(), "|", s.swapcase())

preds = ["isupper", "islower", "istitle", "isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric",
         "isspace", "isidentifier", "isprintable", "isascii"]
probes = ["ABC", "abc", "Abc Def", "Abc def", "abc123", "123", "½", "²", "٣", "Ⅻ", " \t\n", "", "_id1",
          "1id", "class", "tab\there", "é", "ABC1", "Hello, World!"]
print(" " * 16 + " ".join(p[2:6] for p in preds))
for p in probes:
    flags = ["  T " if getattr(p, m)() else "  . " for m in preds]
    print(f"{p!r:<16}" + " ".join(f[1:] for f in flags))

print("ß".upper(), "ß".casefold() == "SS".casefold(), "ǅ".istitle(), "ǅ".upper(), "ǅ".lower())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), len("İ".lower()), "ﬃ".upper())
words = "the QUICK bRoWn fox".split()
print(" ".join(w.capitalize() for w in words), "_".join(w.lower() for w in words).upper())


def snake_to_camel(name):
    head, *rest = name.split("_")
    return head.lower() + "".join(part.title() for part in rest)


def camel_to_snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out += "_"
        out += ch.lower()
    return out


for n in ["user_id", "http_response_code", "already", "__private_name"]:
    print(n, "->", snake_to_camel(n), "->", camel_to_snake(snake_to_camel(n)))
print(camel_to_snake("parseHTTPResponse"), camel_to_snake("XMLHttpRequest"))
