print(2 ** 0, 0 ** 0, 2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7))
print(pow(-3, 3, 5), pow(3, 3, -5))
print(pow(2, -1, 7), pow(3, -2, 11))
print(pow(10 ** 20, 10 ** 5, 10 ** 9 + 7))
print(pow(0, 0, 1), pow(5, 0, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
print(4 ** 0.5, 8 ** (1 / 3) > 1.99)
print((-8) ** 2, -8 ** 2)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(10 ** 3 ** 2 == 10 ** 9)
print(1 ** 10 ** 10)
print((-1) ** 10 ** 10, (-1) ** (10 ** 10 + 1))
