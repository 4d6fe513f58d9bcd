# Parsing numbers from strings with int()/float(): bases, whitespace, underscores, and error messages.

good = [("42", 10), (" -17 ", 10), ("+0", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
        ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0", 0), ("z", 36), ("Zz", 36), ("777", 8), ("-0b11", 0),
        ("0_0", 0), ("\t12\n", 10), ("١٢٣", 10), ("10", 2), ("00012", 10)]
for text, base in good:
    print(f"int({text!r}, {base}) = {int(text, base)}")

bad = [("", 10), ("  ", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("012", 0),
       ("3.0", 10), ("1e3", 10), ("9", 8), ("2", 2), ("--5", 10), ("0b2", 0), ("12", 1), ("12", 37), ("+-1", 10)]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print(f"int({text!r}, {base}): ValueError: {e}")

print(int(3.99), int(-3.99), int(True), int(), int(" 7 "), int(b"12"), int(bytearray(b"-3")), int(1e10))
for arg in [None, [1], "5j", 2j, {}]:
    try:
        print(int(arg))
    except (TypeError, ValueError) as e:
        print(f"int({arg!r}): {type(e).__name__}: {e}")
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)

floats = ["3.14", "-.5", "5.", "1e3", "1E-3", " 2.5 ", "1_000.000_1", "inf", "-INF", "infinity", "nan",
          "1e500", "-1e500", "1e-500", "0x1p3", "٣.١٤", "+1.5e+2"]
for text in floats:
    try:
        print(f"float({text!r}) = {float(text)!r}")
    except ValueError as e:
        print(f"float({text!r}): ValueError: {e}")
for arg in [None, "1.5.", [], "1_", "e5", b"2.5"]:
    try:
        print(repr(float(arg)))
    except (TypeError, ValueError) as e:
        print(f"float({arg!r}): {type(e).__name__}: {e}")
print(float(), float(True), float(10 ** 15), float(-0))


def parse_number(text):
    for conv in (int, float, complex):
        try:
            return conv(text)
        except ValueError:
            continue
    raise ValueError(f"not a number: {text!r}")


for t in ["10", "10.0", "1e2", "1+1j", "0x10", "ten"]:
    try:
        v = parse_number(t)
        print(t, "->", repr(v), type(v).__name__)
    except ValueError as e:
        print(e)
