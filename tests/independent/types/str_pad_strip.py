# Padding, alignment and stripping: center/ljust/rjust/zfill/strip family with edge cases.

for s in ["a", "ab", "abc", "", "toolongvalue"]:
    print(f"[{s.center(6)}] [{s.center(6, '*')}] [{s.ljust(5, '.')}] [{s.rjust(5, '0')}] [{s.center(7, '-')}]")
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4) + "]", "[" + "a".center(2) + "]")
for z in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5", "12345"]:
    print(repr(z), repr(z.zfill(5)))
print("  hi  ".strip(), "|" + "  hi  ".lstrip() + "|", "|" + "  hi  ".rstrip() + "|")
print("xxhixx".strip("x"), "abchicba".strip("abc"), "www.example.com".strip("w.moc"), "\t\n hi \r\x0b".strip())
print("..data..".lstrip("."), "..data..".rstrip("."), "data".strip(""), "aaa".strip("a") == "", " a ".strip(None))
print("0042".lstrip("0"), "0000".lstrip("0") or "0", "1.2300".rstrip("0").rstrip("."), "5.000".rstrip("0").rstrip("."))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust("5"), lambda: "a".strip(5), lambda: "a".zfill(None),
            lambda: "a".rjust(3, "")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 12, 0.25), ("fig", 100, 12.0)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for i, row in enumerate(table):
    cells = [str(row[0]).ljust(widths[0]), str(row[1]).rjust(widths[1]), str(row[2]).rjust(widths[2])]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print("|" + "+".join("-" * (w + 2) for w in widths) + "|")

banner = " Report "
print(banner.center(30, "="))
print("Total".ljust(20, ".") + "42".rjust(10, "."))
print("*" * 0 + "|", "ab" * 3, 3 * "-", "x" * -2 + "|")
print(repr("  multiple\n\nlines \n".strip()), "\u2003wide space\u2003".strip())
