# float repr/str edge cases: shortest round-trip, exponent thresholds, signed zero, inf/nan, hex, ratios.

values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16, 12345678901234567.0,
          1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          -0.0, 0.0, 3.0e-10, 123.456, 9007199254740993.0, 0.30000000000000004, 1e100, 4.35, 2.675]
for v in values:
    print(repr(v), str(v))

inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), [inf, nan, -0.0], inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan in [nan], 1e308 * 10, -1e308 * 10)
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print(float(7), float("  -12.5e2 "), float("1_000.5"), float("+inf"), float("-Infinity"), float("nAn"))
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3)
print(sum([0.1] * 10), 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 100 * 1.1)
print(2.5 // 1, -2.5 // 1, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5.0 // 0.1, 5.0 % 0.1)
print(-0.0 == 0.0, str(-0.0 * 1), -0.0 + 0.0, 0.0 * -1, abs(-0.0), round(-0.4), round(-0.5))
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), int(1e19), int(-2.9), int(2.9))
for bad in ["1e", "abc", "", "1.2.3", "0x10", "1,5", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
for v in [inf, nan]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__, 2.0 ** 0.5, 10.0 ** -2)
