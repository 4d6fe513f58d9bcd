for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".2", "10.3", "^5.1", "=>4"]:
    print(repr(spec), repr(format("hey", spec)))
print(repr(format("😀", "^5")), repr(format("héllo", ">8")))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
print(format([1], ""), format(None), format((1, 2)))
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(format(P(), "xyz"), f"{P():abc}", "{:q}".format(P()), f"{P()}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
