def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield "node%d" % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub handled KeyError")
        yield "after-throw"
    finally:
        print("sub finally")
def delegator():
    yield from sub()
    yield "delegator-end"
d = delegator()
print(next(d), d.throw(KeyError), next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed d2")
def returns_only():
    return 5
    yield
def uses():
    v = yield from returns_only()
    yield v
print(list(uses()))
def yf_iter():
    r = yield from [1, 2]
    yield r
print(list(yf_iter()))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
