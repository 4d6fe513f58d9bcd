a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, abs(-a))
print(a > b, a < b, a == 17, a != b, a >= 17, b <= 4)
print(max(a, b), min(a, b), str(a) + str(b), int("0" + str(b)))
total = 0
for i in range(1, 11):
    total += i * i
print(total)
n = 1
for _ in range(20):
    n *= 2
print(n, n - 1, n + 1, n // 3, n % 1000)
print(7 * 6 == 42, 100 // 7, 100 % 7, 2 ** 16)
count = 0
x = 1000
while x > 1:
    x //= 2
    count += 1
print(count, x)
print(int(3.0), int("-12"), str(-0), 0 == -0, -5 // 2, -5 % 2)
print(1_000 + 1, 0xff + 1, 0b11 * 2, 0o10 - 1)
print(isinstance(5, int), type(5).__name__, (5).bit_length(), (255).bit_length())
