def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=0, z=9))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def only_kw(*, x=1, y):
    return x, y
print(only_kw(y=2))
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, 2, k=3), star(*[1], **{"a": 1}))
def mut(x, acc=[]):
    acc.append(x)
    return acc
print(mut(1), mut(2), mut(3, []))
def defaults(a, b=[], c=None):
    if c is None:
        c = []
    c.append(a)
    return c
print(defaults(1), defaults(2))
print(f.__defaults__, f.__kwdefaults__, pos.__defaults__, only_kw.__kwdefaults__)
def kwname(**kwargs):
    return sorted(kwargs.items())
print(kwname(b=1, a=2), kwname(**{"x y": 1}))
def pos_and_kw(a, /, **kw):
    return a, kw
print(pos_and_kw(1, a=2))
default_val = 10
def late(x=default_val):
    return x
default_val = 20
print(late())
def anno(a: int, b: "str" = "s") -> list:
    return [a, b]
print(anno(1), anno.__annotations__)
print((lambda *a, **k: (a, k))(1, x=2), (lambda x, y=3: x + y)(1))
def ret_many():
    return
print(ret_many())
