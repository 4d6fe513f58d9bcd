def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"), hi.__name__, hi.__wrapped__("x"))
def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    pass
@register
def two():
    pass
print(registry, one is not None)
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class K:
    pass
print(K.tag)
@(lambda f: f())
def immediately():
    return "ran"
print(immediately)
def counting(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counting
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls)
def deco_with_default(fn=None, *, label="L"):
    if fn is None:
        return lambda f: deco_with_default(f, label=label)
    return lambda: label + ":" + fn()
@deco_with_default
def a():
    return "a"
@deco_with_default(label="X")
def b():
    return "b"
print(a(), b())
