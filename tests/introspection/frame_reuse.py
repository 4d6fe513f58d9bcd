"""Frames of returned calls are reused by the interpreter: what Python can still reach (frames
kept by sys._getframe, traceback frames, f_back chains) must keep its own code, line and
locals, and a reused frame must start with no locals bound."""
import sys


def capture(tag):
    marker = tag * 2
    return sys._getframe()


def capture_caller(tag):
    local_of_caller = tag + "!"
    return capture(tag)


kept = []
for i in range(20):
    # Enough calls for the call sites to specialize (calls run in place take pooled frames).
    kept = [capture("a" + str(i)), capture_caller("b" + str(i))]


def churn(n):
    # Calls at the same depths as the captures above, with other code and other locals.
    x = n
    y = [n, n]
    z = {"k": n}
    return x, y, z


for i in range(50):
    churn(i)

for f in kept:
    print(f.f_code.co_name, sorted(f.f_locals.items()))
print(kept[1].f_back.f_code.co_name, sorted(kept[1].f_back.f_locals.items()))


def fails(v):
    w = v + 1
    raise ValueError(w)


def middle(v):
    m = v * 10
    return fails(m)


tbs = []
for i in range(20):
    try:
        middle(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
    churn(i)

for tb in tbs[::7]:
    entries = []
    while tb is not None:
        fr = tb.tb_frame
        entries.append((fr.f_code.co_name, tb.tb_lineno, sorted((k, v) for k, v in fr.f_locals.items() if k in "vwm")))
        tb = tb.tb_next
    print(entries[1:])


def sets_local(flag):
    if flag:
        value = "set"
    return value


def other(flag):
    value = "other"
    return value


for flag in (True, False) * 10:
    other(flag)
    try:
        print(sets_local(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def make_counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count

    return step


counters = [make_counter(i * 100) for i in range(3)]
for c in counters:
    churn(0)
    print(c(), c())


def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)


bottom = deep(400)
for i in range(20):
    deep(5)
depth = 0
f = bottom
while f.f_code.co_name == "deep":
    assert f.f_locals["n"] == depth, (f.f_locals, depth)
    depth += 1
    f = f.f_back
print("deep chain", depth)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(300)]
print(sum(p.x - p.y for p in pts))


def gen(n):
    for i in range(n):
        yield churn(i)[0]


print(list(gen(5)))

