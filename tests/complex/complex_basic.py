z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(repr(1j), repr(-1j), repr(0j), repr(-0j), complex(), complex(1), complex(1, -2))
print(complex("1+2j"), complex("  -3.5j "), complex("4"), complex("(1-1j)"), complex("j"))
print((1 + 2j) * (3 - 4j), (1 + 2j) / (1 - 1j), (1 + 2j) + 1, 2 * 1j)
print((1j) ** 2, (2 + 0j) ** 3, 1j ** 0)
print(1 + 0j == 1, 1j == 1j, complex(1, 0) == 1.0, (1+1j) != (1-1j))
print(complex(1.5, float("inf")), complex(float("nan"), 0))
print(-(1 + 2j), +(1 - 2j))
print(type(z).__name__, isinstance(z, complex))
print(complex(2, 3) - complex(1, 1), 1e300j * 10)
print(complex(0, -0.0), complex(-0.0, 0))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j // 2
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
print(hash(1 + 0j) == hash(1), abs(-3j), abs(3 + 4j) == 5.0)
print(format(1 + 2j), format(1.5 - 2.25j, ".1f"), f"{3j:>10}|")
print(bool(0j), bool(1j), complex(True, False))
