# One add/compare/multiply site fed int, float, bool and int-subclass operands in phases.
class Loud(int):
    def __add__(self, other):
        return ("L+", int(self), other)

    def __radd__(self, other):
        return ("+L", other, int(self))

    def __lt__(self, other):
        return "L<"

    def __gt__(self, other):
        return "L>"


class Quiet(int):
    pass


def add(a, b): return a + b
def lt(a, b): return a < b
def mul(a, b): return a * b
def div(a, b): return a / b


def operands(i):
    if i < 60:
        return i, 3
    if i < 80:
        return i, 0.5
    if i < 100:
        return 2.5, i
    if i < 110:
        return True, i % 2 == 0
    if i < 120:
        return Loud(i), 1
    if i < 130:
        return 1, Loud(i)
    if i < 140:
        return Quiet(i), Quiet(2)
    return i, 2 ** 64


phase_log = {}
for i in range(160):
    a, b = operands(i)
    r = (add(a, b), lt(a, b), mul(a, b) if not isinstance(a, Loud) and not isinstance(b, Loud) else None)
    key = (type(a).__name__, type(b).__name__)
    phase_log.setdefault(key, []).append(r)

for key, rs in phase_log.items():
    print(key, len(rs), rs[0], rs[-1])
    print("   result types:", sorted({type(r[0]).__name__ for r in rs}), sorted({repr(r[1]) for r in rs}))

# after the subclass phases the plain sites still work
print(add(2 ** 63 - 1, 1), add(-1.5, 2 ** 53), lt(2 ** 53 + 1, 2.0 ** 53), mul(True, 2 ** 70))
print(add(Quiet(5), 5), type(add(Quiet(5), 5)).__name__, type(-Quiet(5)).__name__)
print(add(True, True), type(add(True, False)).__name__, mul(False, 3.5), lt(False, True))

# true division with ints of every size at one site
for a, b in [(7, 2), (-7, 2), (2 ** 70, 2 ** 68), (1, 3), (2 ** 1100, 2 ** 1000), (10 ** 400, 3), (3, 0), (2.0, True), (1, False)]:
    try:
        print("div", a if a < 10 ** 6 else "big", b if b < 10 ** 6 else "big", div(a, b))
    except (OverflowError, ZeroDivisionError) as e:
        print("div", type(e).__name__, e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print("float()", e)
