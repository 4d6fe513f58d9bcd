"""Calls the specializer leaves generic (keywords, defaults, *args/**kwargs, bound methods kept in
variables, call sites meeting many kinds of callee), many times over: results, binding errors
with their messages and tracebacks, and recursion through such calls."""
import sys


def kw_only(a, *, scale=2, shift=0):
    return a * scale + shift


def var_all(*args, **kwargs):
    return len(args), sorted(kwargs.items())


def defaults(a, b=10, c=20):
    return a + b + c


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v, times=1):
        self.total += v * times
        return self.total


acc = Acc()
bound = acc.add
callees = [kw_only, defaults, abs, bound, lambda x: -x, len, str]
out = []
for i in range(60):
    out.append(kw_only(i, scale=3))
    out.append(kw_only(i, shift=i))
    out.append(var_all(i, i, k=i))
    out.append(defaults(i, c=1))
    out.append(bound(i, times=2))
    f = callees[i % len(callees)]
    out.append(f(i) if f is not len and f is not str else f(str(i)))
print(out[:12])
print(out[-12:])
print(acc.total)


def show(exc):
    print(type(exc).__name__ + ":", exc)
    entries = []
    tb = exc.__traceback__
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)


def call_badly(i):
    if i == 0:
        return kw_only(1, 2)
    if i == 1:
        return defaults(c=3)
    if i == 2:
        return bound(1, 2, 3)
    if i == 3:
        return kw_only(1, scale=2, nope=3)
    return defaults(1, a=2)


for i in range(5):
    for _ in range(20):
        try:
            call_badly(i)
        except TypeError as e:
            last = e
    show(last)


def raises_inside(n, *, depth):
    if n == 0:
        raise KeyError(depth)
    return raises_inside(n - 1, depth=depth + 1)


try:
    raises_inside(3, depth=0)
except KeyError as e:
    show(e)


def count_down(n, step=1):
    return 0 if n <= 0 else 1 + count_down(n - step, step=step)


print(count_down(800))
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(count_down(50, step=2))


def gen_with_kw(n, *, start=0):
    for i in range(start, n):
        yield i


print([sum(gen_with_kw(i, start=1)) for i in range(10)])


def frame_name(*, up=0):
    return sys._getframe(up).f_code.co_name


def via(fn):
    return fn(up=1)


print({via(frame_name) for _ in range(30)})
