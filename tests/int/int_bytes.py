print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x80", "little", signed=True))
print((5).to_bytes(), int.from_bytes(b"\x05"))
print((1).to_bytes(4, byteorder="little"))
n = 123456789123456789
print(int.from_bytes(n.to_bytes(16, "big"), "big") == n)
print((3).as_integer_ratio(), (10).numerator, (10).denominator, (10).real, (10).imag)
print((7).conjugate(), int.__name__)
print((-17).__abs__(), (17).__neg__(), (3).__add__(4), (3).__radd__(4))
print((3).__add__(1.5))
