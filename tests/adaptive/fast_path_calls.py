# Python calls and returns the fast path runs in place: once the call sites are hot, the
# callers' and callees' state must be what the general path would leave (tracebacks, frame
# line numbers, recursion limit, __init__, generators, other globals, closures, defaults).
import sys


def frames_of(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def leaf(x):
    return x + 1


def middle(x):
    return leaf(x) * 2


def top(n):
    total = 0
    for i in range(n):
        total += middle(i)
    return total


print("sum:", top(3000))


def fails(x):
    if x == 2999:
        return 1 // (x - x)
    return x


def calls_fails(x):
    y = fails(x)
    return y


def run_fails(n):
    for i in range(n):
        calls_fails(i)


try:
    run_fails(3000)
except ZeroDivisionError:
    print(frames_of(sys.exc_info()[2]))


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def asks():
    return where()


def asks_loop(n):
    seen = set()
    for i in range(n):
        seen.add(asks())
    return sorted(seen)


print("frames:", asks_loop(2000))


def returns_frame():
    return sys._getframe()


def keep_frames(n):
    last = None
    for i in range(n):
        last = returns_frame()
    return last


fr = keep_frames(2000)
print("returned frame:", fr.f_code.co_name, fr.f_lineno, fr.f_back is None or fr.f_back.f_code.co_name)


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


for i in range(300):
    down(20)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print("after:", down(150))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def make_points(n):
    s = 0
    for i in range(n):
        p = Point(i, -i)
        s += p.norm1()
    return s


print("points:", make_points(3000))


class BadInit:
    def __init__(self, v):
        if v == 2999:
            return 5


def make_bad(n):
    for i in range(n):
        BadInit(i)


try:
    make_bad(3000)
except TypeError as e:
    print("TypeError:", e, frames_of(e.__traceback__))


def gen(n):
    for i in range(n):
        yield leaf(i)


def use_gen(n):
    return sum(gen(n))


print("gen:", use_gen(3000), use_gen(10))

src = """
def g(x):
    return x + OFFSET

def h(x):
    return g(x) + OFFSET
"""
ns1 = {"OFFSET": 1}
ns2 = {"OFFSET": 100}
exec(src, ns1)
exec(src, ns2)


def call_both(n):
    a = b = 0
    for i in range(n):
        a += ns1["h"](i)
        b += ns2["h"](i)
    return a, b


print("two globals:", call_both(3000))
g2 = ns2["g"]
ns2["g"] = lambda x: -x
print("rebound in other globals:", call_both(3))


def outer(k):
    def inner(x):
        return x * k
    return inner


def call_closure(n):
    f = outer(3)
    s = 0
    for i in range(n):
        s += f(i)
    return s


print("closure:", call_closure(3000))


def with_default(x, y=10):
    return x + y


def call_default(n):
    s = 0
    for i in range(n):
        s += with_default(i)
        s += with_default(i, 1)
    return s


print("defaults:", call_default(3000))


def deep_fail(n):
    if n == 0:
        raise ValueError("bottom")
    return deep_fail(n - 1)


def catch_deep(n):
    got = 0
    for i in range(n):
        try:
            deep_fail(i % 5)
        except ValueError as e:
            got += 1
            if i == n - 1:
                print("deep tb:", frames_of(e.__traceback__))
    return got


print("caught:", catch_deep(3000))


def raise_in_finally_caller(n):
    log = []
    for i in range(n):
        try:
            leaf(i)
        finally:
            if i == n - 1:
                log.append("finally ran")
    return log


print(raise_in_finally_caller(3000))
