# Arbitrary-precision integers: factorials, powers, division, negative big values, conversion limits.

def factorial(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
    return out

f50 = factorial(50)
print(f50)
print(len(str(factorial(300))), str(factorial(300))[:20], str(factorial(300))[-5:])
print(2 ** 200, -(3 ** 100))
big = 2 ** 127 - 1
print(big, big % 1_000_000_007, big // 10 ** 20, divmod(-big, 10 ** 18))
print((-big) // 7, (-big) % 7, big * big - (big - 1) * (big + 1))
print(hex(big), bin(2 ** 70), oct(-(8 ** 30)))
print(big.bit_length(), (big + 1).bit_length(), (-(big + 1)).bit_length())
print(pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, -1, 97), pow(38, -1, 97) * 38 % 97)
print(10 ** 30 == 10.0 ** 30, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int(1e20), int(1.5e300) // 10 ** 290, float(2 ** 100), 2 ** 100 / 2 ** 98)
print(big & (2 ** 64 - 1), big ^ (2 ** 126), -big >> 64, (-big) & 0xFFFF, big << 3)
print(sum(i ** 3 for i in range(1000)), (sum(range(1000))) ** 2)
fib = [0, 1]
while len(fib) < 200:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 10 ** 10)
print(int("9" * 50) + 1 == 10 ** 50, int("-" + "1" * 40), int("f" * 30, 16))
print(abs(-10 ** 40), max(10 ** 40, 10 ** 40 + 1) - 10 ** 40, round(123456789 * 10 ** 30, -35))
print(sorted([10 ** 20, -10 ** 20, 10 ** 19, 3]), (10 ** 20) in {10 ** 20: 1})
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
huge = 10 ** 5000
try:
    s = str(huge)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(huge)), huge.bit_length())
