# Generators switched in place by the eval loop's fast path (FOR_ITER_GEN, SEND, YIELD_VALUE,
# a generator's return, generator creation by CALL_PY_EXACT_ARGS) in hot code: values, return
# values of yield from, exceptions and their tracebacks, and the generator's state seen from inside.
import sys


def count(n):
    for i in range(n):
        yield i


def chain(depth, n):
    if depth == 0:
        r = yield from count(n)
        return r
    got = yield from chain(depth - 1, n)
    return depth if got is None else got + depth


def place(n, row, cols, board):
    if row == n:
        yield tuple(board)
        return
    for c in range(n):
        if c in cols:
            continue
        cols.add(c)
        board.append(c)
        yield from place(n, row + 1, cols, board)
        board.pop()
        cols.discard(c)


total = 0
for rnd in range(30):
    for v in chain(5, 20):
        total += v
    total += sum(1 for _ in place(5, 0, set(), []))
print("total", total)


def returns(n):
    yield n
    return n * 10


def collect(n):
    out = []
    for i in range(n):
        r = yield from returns(i)
        out.append(r)
    return out


for rnd in range(30):
    g = collect(5)
    vals = list(g)
print(vals)
g = collect(3)
try:
    while True:
        next(g)
except StopIteration as e:
    print("returned", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def relay(n):
    inner = echo()
    r = yield from inner
    return r


for rnd in range(30):
    g = relay(3)
    next(g)
    out = [g.send(i) for i in range(5)]
    try:
        g.send(None)
    except StopIteration as e:
        got = e.value
print(out, got)


def raises_at(k):
    for i in range(10):
        if i == k:
            raise ValueError("at %d" % i)
        yield i


def consume(k):
    total = 0
    for v in raises_at(k):
        total += v
    return total


for rnd in range(40):
    try:
        consume(1000)
        consume(5)
    except ValueError as e:
        err = e
print(type(err).__name__, err)
t = err.__traceback__
entries = []
while t is not None:
    entries.append((t.tb_frame.f_code.co_name, t.tb_lineno))
    t = t.tb_next
print(entries)


def leaks_stop():
    yield 1
    raise StopIteration("inner")


for rnd in range(30):
    try:
        for v in leaks_stop():
            pass
    except RuntimeError as e:
        re = e
print(type(re).__name__, re, type(re.__cause__).__name__, re.__cause__)


def self_aware():
    g = yield
    yield g.gi_running, sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


def drive():
    g = self_aware()
    next(g)
    return g.send(g)


for rnd in range(30):
    state = drive()
print(state)


def running_twice():
    g = (x for x in range(3))
    out = []
    for x in g:
        out.append(x)
        for y in g:
            out.append(("inner", y))
    return out


for rnd in range(30):
    r = running_twice()
print(r)


def reenter():
    yield next(me)


for rnd in range(30):
    me = reenter()
    try:
        next(me)
    except ValueError as e:
        msg = str(e)
print(msg)


def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)


for rnd in range(3):
    print(list(deep(50)))
try:
    for v in deep(100000):
        pass
except RecursionError as e:
    print("RecursionError", e)


async def coro():
    return 1


def uses_coro():
    for x in coro():
        pass


c = coro()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()


def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


for rnd in range(3):
    g = fin()
    for v in g:
        break
    g.close()
print("done")
