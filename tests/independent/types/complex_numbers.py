# complex: construction, repr rules, arithmetic, parsing, attributes and error messages.

zs = [1j, 1 + 2j, -1 - 2j, complex(3), complex(0, -0.0), complex(-0.0, 0), 1.5e20j, 2 + 0j, -(0j),
      complex("1+2j"), complex(" -3.5-4J "), complex("j"), complex("-j"), complex("5"), complex(1, 1e-7),
      complex(float("inf"), float("nan")), complex("infj"), complex(1e16, 1e16)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a.conjugate(), abs(a), abs(3j))
print(a == 3 + 4j, a != b, (1 + 0j) == 1, 1.0 == complex(1), a * 2, 2 * a, a + 1.5, a ** 0, 1j ** 2)
print((2 + 0j) ** 10, 1j * 1j, (1 + 1j) ** 2, b / 2, 5 / (1j), (0.5 + 0.5j) * 4)
print(format(a, ".2f"), format(a, "^20"), f"{b:+.1e}", format(1j, ""), f"{a!r:>12}", "{:g}".format(1.5 + 2.25j))
print(complex(2, 3) == complex("2+3j"), complex(1, 2).__class__.__name__, isinstance(1j, complex))
print(sum([1j, 2, 3.5]), [z.real for z in (1 + 2j, 3j)], bool(0j), bool(-0j + 1e-300j))
for bad_expr in ["a < b", "1j > 0", "int(a)", "float(a)", "a // 2", "a % 2", "round(a)", "abs(a) < a"]:
    try:
        print(eval(bad_expr))
    except TypeError as e:
        print(f"{bad_expr}: TypeError: {e}")
for text in ["1+2", "1 + 2j", "2j+1j", "(1+2j)", "abc", "", "1+2jj"]:
    try:
        print(repr(complex(text)))
    except ValueError as e:
        print(f"{text!r}: ValueError: {e}")
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    complex([])
except TypeError as e:
    print("TypeError:", e)
