# Code turns hot after about a thousand calls or loop turns, and from then on the eval loop runs
# it in the fast path's copy for hot code; frames of cold code run in the other copy. Calls,
# returns, generator switches and exceptions that cross between hot and cold frames, and code
# that turns hot while it runs: in the middle of a recursion, of a loop, or while suspended.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# Turns hot at its thousandth call, deep inside cold activations of the same code.
print("fib", fib(20))


def risky(i):
    if i % 997 == 0:
        raise ValueError("bad %d" % i)
    return i


def guarded(n):
    caught = []
    total = 0
    for i in range(n):
        try:
            total += risky(i)
        except ValueError as e:
            caught.append((str(e), e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return total, caught


# A cold caller (called once) whose loop turns it hot halfway, catching what the hot callee raises.
print("guarded", guarded(3000))


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i += got
        i += 1
    return "done at %d" % i


# The module body's loop turns hot while the generator, resumed from it, turns hot too.
total = 0
for v in counter(2500):
    total += v
print("counter", total)


def drive(g, steps):
    out = []
    try:
        out.append(next(g))
        for _ in range(steps):
            out.append(g.send(2))
    except StopIteration as stop:
        out.append(stop.value)
    return out


# A generator made by hot code and driven with send() by code that is cold again.
def make(n):
    return counter(n)


gens = [make(10) for _ in range(1200)]
print("drive", drive(gens[-1], 5), drive(gens[0], 2))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def walk(n):
    s = 0
    for i in range(n):
        p = Point(i, -i)
        s += p.norm1()
    return s


print("walk", walk(10), walk(1500), walk(10))


def adder(k):
    def add(x):
        return x + k
    return add


add3 = adder(3)
acc = 0
for i in range(1100):
    acc = add3(acc) if i % 2 else acc - 1
print("closure", acc)


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1)


# A hot recursion unwinding through many frames to a cold handler, twice.
for attempt in range(2):
    try:
        deep(900)
    except KeyError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            last = tb
            tb = tb.tb_next
        print("deep", attempt, repr(e), depth, last.tb_frame.f_code.co_name, last.tb_lineno)


def frames(n):
    if n == 0:
        f = sys._getframe()
        names = []
        while f is not None and len(names) < 4:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        return names
    return frames(n - 1)


# Frames and their line numbers seen from hot code, called from cold code.
for _ in range(300):
    seen = frames(3)
print("frames", seen)


def finally_loop(n):
    log = []
    for i in range(n):
        try:
            if i % 500 == 499:
                continue
            if i == n - 1:
                return log
        finally:
            if i % 500 == 499:
                log.append(i)
    return log


print("finally", finally_loop(1600))
