# len/abs/min/isinstance calls whose binding changes: builtins patched, shadowed, unshadowed.
import builtins


def measure(x):
    return len(x)


def absval(x):
    return abs(x)


def smallest(a, b):
    return min(a, b)


real_len = builtins.len
out = []
for i in range(120):
    if i == 40:
        builtins.len = lambda x: -1
    elif i == 60:
        builtins.len = real_len
    elif i == 80:
        len = lambda x: "global"  # module global shadows the builtin
    elif i == 100:
        del len
    out.append(measure([0] * (i % 5)))
print(out[38:42], out[58:62], out[78:82], out[98:102])
print("restored:", builtins.len is real_len, measure("abc"))


class Weird:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class Small(int):
    pass


vals = [3, 0, True, Small(4), -1, 2 ** 63, 2 ** 100, "3", 3.0, None]
for v in vals:
    results = set()
    for i in range(20):
        try:
            results.add(repr(measure(Weird(v))))
        except (ValueError, TypeError, OverflowError) as e:
            results.add(type(e).__name__ + ": " + str(e))
    print(repr(v), sorted(results))
for x in (5, None, iter([]), object):
    try:
        measure(x)
    except TypeError as e:
        print("TypeError:", e)

real_abs = builtins.abs
acc = []
for i in range(100):
    if i == 50:
        builtins.abs = lambda x: "patched"
    if i == 60:
        del builtins.abs
    if i == 85:
        builtins.abs = real_abs
    try:
        acc.append(absval(-i))
    except NameError as e:
        acc.append("NameError")
        if i == 60:
            print("NameError:", e)
        if i == 70:
            builtins.abs = lambda x: x if x >= 0 else -x
print(acc[48:52], acc[58:62], acc[69:72], acc[84:87], acc[-1])

mins = []
for i in range(90):
    if i == 30:
        min = max
    if i == 60:
        del min
    mins.append(smallest(i, 45))
print(mins[28:32], mins[58:62], sum(mins))


class Neg:
    def __abs__(self):
        return "abs-called"


print(absval(Neg()), absval(-2 ** 70), absval(-0.0), absval(True), absval(-3 + 4j))
try:
    absval("x")
except TypeError as e:
    print("TypeError:", e)
