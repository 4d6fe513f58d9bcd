for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % -5)
print(-1 // 10, -1 % 10)
print(1 // -10, 1 % -10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.0)
print(divmod(-7.5, 2))
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(10 ** 20 / 10 ** 10)
