# Integer arithmetic semantics: floor division/modulo signs, shifts, bit ops, bit_length, bytes round-trips.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a:>3} {b:>3} | // {a // b:>3} | % {a % b:>3} | divmod {divmod(a, b)} | / {a / b}")

print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, pow(2, 0), 10 ** 0)
print(1 << 10, 1 << 0, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 1)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, -12 & 0xFF, -1 & 0xFFFF)
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 64]:
    print(n, n.bit_length(), bin(n), hex(n), oct(n))
print((1000).to_bytes(2, "big"), (1000).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-5), -(-5), +7, int(True) + True, True * 3, 7 // True)
print((17).__floordiv__(5), (17).__rmod__(5), (3).__add__(1.5), int.__add__(3, 4))
print((255).as_integer_ratio(), (10).numerator, (10).denominator, (7).real, (7).imag, (7).conjugate())
print(int.bit_count(255), (2 ** 100 - 1).bit_count())
for expr in ["1 << -1", "5 % 0", "5 // 0", "0 ** -1", "divmod(1, 0)"]:
    try:
        print(eval(expr))
    except (ValueError, ZeroDivisionError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(7 / 7, type(7 / 7).__name__, 2 ** 0.5 == 2 ** (1 / 2), 9 ** 0.5)
print(sum(range(101)), max(3, 9, -2), min(-1, -1.0), min(-1.0, -1))
print(1_000_000 + 0x_FF + 0o_17 + 0b_1010)
