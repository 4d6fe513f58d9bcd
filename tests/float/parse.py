for s in ["1", "1.5", "  -2.25  ", "+3", "1e5", "1E-2", ".5", "5.", "inf", "-Infinity", "nan",
          "NaN", "  iNf ", "1_000.5", "0x10" if False else "10", "1e400", "-1e400", "1e-400"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "in f", "0x10", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(3), float(True), float(2 ** 60))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(float(b"1.25"), float("١٫٥".replace("٫", ".")))
try:
    1e308 + 2 ** 1100
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1023 * 1.0, 10 ** 400 // 10 ** 399 * 1.5)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 3 > 1e308, 10 ** 400 > float("inf"), -10 ** 400 < -1e308)
print(2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
