print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -5 << 2, -5 >> 1)
print(-1 >> 100, 1 >> 100, 1 << 100)
print(0xFF & -256, -1 & 0xFFFF)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
for n in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length(), bin(n))
print((12).bit_count() if hasattr(int, "bit_count") else "n/a", (-7).bit_count())
print(True << 3, False | 2)
try:
    1 & 1.0
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
x = 0b1010
x |= 0b0101
x &= 0b1100
x ^= 0b0001
x <<= 2
x >>= 1
print(x)
