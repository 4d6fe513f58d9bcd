for v in (1.0, 2.5, -0.0, 0.1, 1e300, 3.0):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex(" 0X10 "))
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(int(2.9), int(-2.9), int(1e18), int(1.5e20))
print(abs(-2.5), abs(-0.0), -(0.0))
print(7.0 // 2, 7.0 % -2, -7.0 % 2, 5.5 % 1)
print(3 * 1.5, 1 + 2.0, 10 - 0.5, 2 ** 0.5 * 2 ** 0.5 == 2.0)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") > 1e308)
print(1e16 + 1, 1e16 + 2)
print(min(0.0, -0.0), max(-0.0, 0.0))
print(sum([0.1] * 10), 0.1 * 10)
print(divmod(7.5, -2), divmod(-0.0, 1.0))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(float("inf")))
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(1.0 == 1, 0.5 < 1, 1.0 < 2 ** 70)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
