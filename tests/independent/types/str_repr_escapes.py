# repr() and ascii() of strings: quote selection, escapes, control and non-ASCII characters; ord/chr.

samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rlf", "back\\slash",
           "nul\x00byte", "bell\x07", "del\x7f", "\x1b[0m", "é", "ü\u00ad", "日本語", "emoji 😀", "\u200b",
           "\u2028", "\x80\x9f", "\xa0nbsp", "€", "\U0001F600", "\t\n\r\x0b\x0c", ""]
for s in samples:
    print(repr(s), ascii(s), len(s))

print(str("x"), repr(repr("x")), repr(str(["it's"])), repr(['a"b', "c'd"]))
print([ord(c) for c in "Aa0 ~\n"], ord("€"), ord("😀"), hex(ord("日")))
print(chr(65), chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0xFFFF)))
print("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}", "\u03b1" == "α", "\x41\101\u0041")
print(r"raw\nstring", len(r"\n"), r"\\", "a" "b" 'c', """tri"ple""", '''a'b''')
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"),
            lambda: ord(5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

escaped = "a\\tb\\n"
print(escaped, len(escaped), escaped.replace("\\t", "\t").replace("\\n", "\n").split("\t"))
print("caf\u00e9".encode("utf-8"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print("café".encode("ascii", "backslashreplace"), "café".encode("ascii", "xmlcharrefreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore") == "")
print(len("😀".encode("utf-8")), len("😀".encode("utf-16-le")), "😀".encode("utf-32-be"))
