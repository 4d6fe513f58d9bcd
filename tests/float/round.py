for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(123.456, -1), round(123.456, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(5, 0), round(5, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e300, 2), round(-0.4), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(0.1 + 0.2, 10), round(2 ** 70 + 0.0), round(10 ** 20 + 1, -1))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
