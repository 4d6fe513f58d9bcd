# Formatting a numeric table: mixed int/float columns, alignment rules of str/int/float/None/bool in format().

rows = [
    ("alpha", 1, 0.5, True, None),
    ("beta", -22, 1234.5678, False, "n/a"),
    ("gamma", 333, -0.001, True, 3),
    ("δέλτα", 4444, 1e-10, False, 2.5),
]
for name, i, f, b, extra in rows:
    print(f"|{name:<8}|{name:>8}|{i:<6}|{i:^6}|{i:6}|{f:10.3f}|{f:<12g}|{b!s:>6}|{b:>6}|{extra!s:^6}|{str(extra):6}|")

print(f"|{'str':10}|{42:10}|{4.2:10}|{True:10}|{None!r:10}|{1 + 2j:10}|")
print(f"|{'str':>10}|{42:<10}|{4.2:<10}|{True!r:<10}|{[1, 2]!s:>10}|{(1,)!s:^10}|")
print(format("abc", "10"), format(12, "10"), format(1.5, "10"), format("abc", ".2"), format("abc", "<5.1") + "|")
print(format("x", "*^7"), format("x", "0>3"), format(5, "x^5"), format(-5, "0=6"), format(5, "+=6"))
for spec in ["=10", "+", ",", "#", "05", "d", "c", "x", "z"]:
    try:
        print(spec, repr(format("text", spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
for obj in [None, [1], (2,), object]:
    try:
        print(repr(format(obj, ">10")))
    except TypeError as e:
        print("TypeError:", e)
print(repr(format(None)), repr(format([1])), repr(format(object, "")[:8]))
total = sum(r[1] for r in rows)
mean = sum(r[2] for r in rows) / len(rows)
print(f"total={total:+,d} mean={mean:.4e} share={rows[0][1] / total:.3%} ratio={total / 7:.0f} {total // 7:03d}")
headers = ["Name", "Count", "Value"]
data = [("a", 1, 1.0), ("bb", 22, 22.25), ("ccc", 333, 333.125)]
col = [max(len(str(x)) for x in c) for c in zip(headers, *data)]
print(" ".join(h.center(w) for h, w in zip(headers, col)))
for r in data:
    print(" ".join(format(v, (">" if not isinstance(v, str) else "<") + str(w)) for v, w in zip(r, col)))
