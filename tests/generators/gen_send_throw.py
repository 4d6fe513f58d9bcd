def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
def averager():
    total = count = 0
    avg = None
    while True:
        val = yield avg
        total += val
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(next(c, "exhausted"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = with_finally()
print(next(f))
f.close()
print("closed", next(f, "exhausted"))
f.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
b = ignore_exit()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
ce = catch_exit()
next(ce)
ce.close()
fresh = with_finally()
fresh.close()
print("fresh close prints nothing")
def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def reentrant():
    yield next(rg)
rg = reentrant()
try:
    next(rg)
except ValueError as e:
    print("ValueError:", e)
t = with_finally()
try:
    t.throw(IndexError, IndexError("unstarted"))
except IndexError as e:
    print("IndexError:", e)
