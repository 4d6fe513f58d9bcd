# Builtin calls, other iterators and MAKE_FUNCTION in hot code, between instructions the eval
# loop's fast path runs: exceptions they raise are handled in the calling frame or reach the
# right line, and Python code they call back sees the calling frame at the calling line.
import sys


def parse_all(words):
    out = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError as e:
            out.append(str(e))
    return out


for rnd in range(40):
    r = parse_all(["1", "x", "22", "", "-3"])
print(r)


def first_bad(words):
    total = 0
    for w in words:
        total += int(w)
    return total


for rnd in range(40):
    try:
        first_bad(["1", "2", "three"])
    except ValueError as e:
        err = e
t = err.__traceback__
lines = []
while t is not None:
    lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
    t = t.tb_next
print(err, lines)


seen = []


def key_with_line(x):
    f = sys._getframe(1)
    seen.append((f.f_code.co_name, f.f_lineno, f.f_locals.get("a")))
    return (x % 3, x)


def sorter(xs):
    a = 1
    return sorted(xs, key=key_with_line)


for rnd in range(40):
    s = sorter([5, 3, 9, 1, 4])
print(s, seen[-1], len(seen))


def enum_zip(xs, ys):
    out = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        out.append(i * x + y)
    for x in reversed(xs):
        out.append(-x)
    for k, v in {"a": 1, "b": 2}.items():
        out.append(k * v)
    return out


for rnd in range(40):
    e = enum_zip([1, 2, 3], [10, 20, 30, 40])
print(e)


def mutates(d):
    n = 0
    for k in d:
        n += 1
        if n == 3:
            d["new"] = 1
    return n


for rnd in range(40):
    try:
        mutates({1: 1, 2: 2, 3: 3, 4: 4})
    except RuntimeError as e:
        msg = str(e)
print(msg)


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("from __next__")


def iterate_bad():
    for x in Bad():
        pass


for rnd in range(40):
    try:
        iterate_bad()
    except KeyError as e:
        kerr = e
print(repr(kerr), kerr.__traceback__.tb_next.tb_frame.f_code.co_name)


def makers(n):
    fs = []
    for i in range(n):
        def f(x, i=i):
            return x + i
        fs.append(f)
        fs.append(lambda x: x * i)
    return [g(10) for g in fs]


for rnd in range(40):
    m = makers(3)
print(m)


def methods(s):
    return s.upper(), s.split(","), s.replace("a", "b"), isinstance(s, str), type(s).__name__, len(s)


for rnd in range(40):
    ms = methods("a,b,ca")
print(ms)
try:
    for rnd in range(40):
        "abc".index("z" if rnd == 39 else "a")
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_lineno)
