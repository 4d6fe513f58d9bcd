# Generators and coroutines that hot FOR_ITER and SEND sites resume in place (no Java call per
# item): values, return values through yield from/await, StopIteration turned into RuntimeError,
# exceptions and their tracebacks through generator frames, gi_running, send().
def gen(n):
    for i in range(n):
        yield i * 2
    return 'done'

def deleg(n):
    r = yield from gen(n)
    yield r

def stopper():
    yield 1
    raise StopIteration('x')

def boom():
    yield 1
    1 / 0

total = 0
for k in range(300):
    for v in gen(10):
        total += v
    for v in deleg(3):
        total += 1 if isinstance(v, str) else v
print(total)
try:
    for k in range(300):
        for v in stopper():
            pass
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def run():
    for v in boom():
        pass
for k in range(200):
    try:
        run()
    except ZeroDivisionError as e:
        tb = e.__traceback__
out = []
while tb is not None:
    out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(out)
g = gen(3)
print(next(g))
for v in g:
    print('rest', v, g.gi_running)
def selfref():
    yield g2.gi_running
    try:
        next(g2)
    except ValueError as e:
        yield str(e)
for k in range(200):
    g2 = selfref()
    out = list(g2)
print(out)
def inner():
    x = yield 1
    y = yield x
    return y
def outer():
    v = yield from inner()
    return v
for k in range(200):
    o = outer()
    a = o.send(None); b = o.send('s1')
    try:
        o.send('s2')
    except StopIteration as s:
        c = s.value
print(a, b, c)
import sys
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield sys._getframe().f_back.f_code.co_name
for k in range(100):
    d = list(deep(20))
print(d)
async def co1():
    return 5
async def co2():
    return await co1() + 1
for k in range(300):
    c = co2()
    try:
        c.send(None)
    except StopIteration as s:
        res = s.value
print(res)
