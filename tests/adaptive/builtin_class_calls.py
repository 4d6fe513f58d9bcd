# Hot calls of builtin classes with one argument (CALL_BUILTIN_CLASS): int(), float() and str()
# of exact ints, floats and strs take a shortcut; everything else must behave as the constructor.
import math


class F(float):
    def __int__(self):
        return 42


class I(int):
    pass


class S(str):
    pass


def conv(kind, x):
    if kind == "int":
        return int(x)
    if kind == "float":
        return float(x)
    return str(x)


values = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, 1e18, -1e18, 9.2e18, -9.3e18, 1e300,
          float("nan"), float("inf"), float("-inf"), 7, -7, 2**62, 2**63, -2**63, 2**200, True,
          False, "12", " -3 ", "4.5", "x", F(3.7), I(5), S("s"), None, [1]]

for rep in range(300):
    out = []
    for v in values:
        for kind in ("int", "float", "str"):
            try:
                r = conv(kind, v)
                out.append((kind, type(r).__name__, r if not (isinstance(r, float) and math.isnan(r)) else "nan"))
            except (TypeError, ValueError, OverflowError) as e:
                out.append((kind, type(e).__name__, str(e)))
    if rep == 0 or rep == 299:
        for item in out:
            print(item)

# identity: the exact objects come back themselves, as in CPython
a = 123456789
b = 1.25
c = "text"
print(int(a) is a, float(b) is b, str(c) is c)


def scale(n):
    total = 0
    for i in range(n):
        total += int((i + 2.75) / 5.5 * 20)
    return total


print(scale(5000))
