# Mixed numeric behaviour: bool/int/float/complex promotion, equality/hash consistency, conversions and overflow.

print(True + True, True * 2.5, False - 1, True / 2, True // True, -True, ~True, True & 3, True | False, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, type(1 + 1.0).__name__, type(1 + 1j).__name__, type(2 ** -1).__name__)
print(1 == 1.0 == 1 + 0j == True, hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5 + 0j))
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"}, {0, 0.0, False, -0.0}, len({2, 2.0, 2 + 0j}))
print(0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16 + 1)
print(1 < 1.5 < 2, -1 < -0.5, 3 > True, float("inf") > 10 ** 1000, -float("inf") < -10 ** 1000, 10 ** 1000 > 1e308)
print(7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** 0.5 * 2 ** 0.5, 3 * 0.1, 1 / 3 * 3, 4 ** 0.5, 8 ** (1 / 3))
print(int(7.9), int(-7.9), round(7.5), round(-7.5), float(7), complex(7), int("7") + float("7") + complex("7j"))
print(abs(-3 + 4j), abs(-2.5), abs(-2), divmod(7, 2.0), pow(2, 3.0), 5 / 2, 5 // 2, -5 // 2, 5 % -3)
print(bool(0), bool(0.0), bool(-0.0), bool(0j), bool(1e-300), bool(float("nan")), bool(""), bool([]), bool(None))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, int), type(True).__mro__[1].__name__)
print(max(1, 1.0), max(1.0, 1), min(0, False), sum([True, True, 0.5]), sum([], 0.0), sum([1, 2], 0.5))
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, 1e16 + 1.0 == 1e16, float(10 ** 16 + 1))
print(int(1e16) + 1, 2 ** 63, float(2 ** 63), int(float(2 ** 63)) == 2 ** 63, -2 ** 63, (-2) ** 63)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, 1e308 + 1e308 - 1e308)
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(1.5), (1.5).__radd__(1), (3).__truediv__(2), (3).__rpow__(2))
for expr in ["2.0 ** 10000", "10.0 ** 400", "int(float('inf'))", "1 / 0.0", "float(10 ** 310)", "1j / 0",
             "(-1) ** 0.5", "0 ** -1", "0.0 ** -1.5", "2 ** 10000 * 1.0", "complex(10 ** 400)", "divmod(1, 0.0)"]:
    try:
        result = eval(expr)
        print(expr, "=", result if not isinstance(result, complex) else f"complex with real {result.real:.3f}")
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        msg = str(e)
        if isinstance(e, OverflowError) and msg.startswith("("):
            msg = "<errno message>"
        print(f"{expr}: {type(e).__name__}: {msg}")
