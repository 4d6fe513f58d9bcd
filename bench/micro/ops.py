"""Per-operation costs, Ember against CPython: each loop repeats one operation five times, and
the cost of one operation is (loop - empty loop) / 5. Not part of bench/run: a diagnostic for
the eval loop (see docs/internals/interpreter.md, "Per-operation costs").

    python3 bench/micro/ops.py [REPS] [name,name,...]
    ./ember bench/micro/ops.py 10 loop_empty,loop_attr

Run one operation per process (names as the second argument) for numbers undisturbed by the
other loops: HotSpot compiles the eval loop once for everything a process ran, and loops that
ran after the other loops measured up to 50% slower than alone.
"""
import sys
import time

N = 2000000
G = 5


class C:
    def __init__(self):
        self.a = 1
        self.b = 2

    def m(self):
        return 1


def f0():
    return 1


def loop_empty(n):
    for i in range(n):
        pass


def loop_fast(n):
    x = 1
    for i in range(n):
        y = x; y = x; y = x; y = x; y = x


def loop_attr(n):
    o = C()
    for i in range(n):
        y = o.a; y = o.a; y = o.a; y = o.a; y = o.a


def loop_store_attr(n):
    o = C()
    for i in range(n):
        o.a = i; o.a = i; o.a = i; o.a = i; o.a = i


def loop_global(n):
    for i in range(n):
        y = G; y = G; y = G; y = G; y = G


def loop_call(n):
    for i in range(n):
        f0(); f0(); f0(); f0(); f0()


def loop_method(n):
    o = C()
    for i in range(n):
        o.m(); o.m(); o.m(); o.m(); o.m()


def loop_add(n):
    x = 3
    for i in range(n):
        y = x + i; y = x + i; y = x + i; y = x + i; y = x + i


def loop_cmp(n):
    x = 3
    for i in range(n):
        if x < i: pass
        if x < i: pass
        if x < i: pass
        if x < i: pass
        if x < i: pass


def loop_while(n):
    i = 0
    while i < n:
        i += 1


def loop_list(n):
    l = [1, 2, 3]
    for i in range(n):
        y = l[1]; y = l[1]; y = l[1]; y = l[1]; y = l[1]


def loop_new(n):
    for i in range(n):
        C(); C(); C(); C(); C()


LOOPS = (loop_empty, loop_fast, loop_attr, loop_store_attr, loop_global, loop_call, loop_method,
         loop_add, loop_cmp, loop_while, loop_list, loop_new)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    only = sys.argv[2].split(",") if len(sys.argv) > 2 else None
    for fn in LOOPS:
        if only and fn.__name__ not in only:
            continue
        best = 1e9
        for _ in range(reps):
            t = time.perf_counter()
            fn(N)
            best = min(best, time.perf_counter() - t)
        print("%-16s %.1f ns/iter" % (fn.__name__, best / N * 1e9))


main()
