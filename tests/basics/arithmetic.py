a = 7
b = 3
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a ** 2, 2 ** 10)
print(a / b > 2)
print(10 / 2)
print(1 + 2 * 3 - 4)
print((1 + 2) * (3 - 4))
print(2 ** 3 ** 2)
print(-2 ** 2)
print(+5, -(-5))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 3
print(x)
print(17 // 5 * 5 + 17 % 5)
print(100 - 1 - 1)
