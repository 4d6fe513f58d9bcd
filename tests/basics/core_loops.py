total = 0
for i in range(10):
    total += i
print(total)
i = 0
while i < 5:
    print("i =", i)
    i += 1
for i in range(2, 20, 3):
    print(i, end=" ")
print()
for i in range(5, 0, -1):
    print(i, end=" ")
print()
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)
for x in [3, 1, 4, 1, 5]:
    if x > 3:
        print(x, "big")
    elif x == 3:
        print(x, "three")
    else:
        print(x, "small")
squares = []
for k in range(6):
    squares.append(k * k)
print(squares)
for ch in "abc":
    print(ch.upper())
