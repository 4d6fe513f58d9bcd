def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(a, /, b):
    pass
def k(*, x):
    pass
def none():
    pass
class C:
    def m(self, x):
        pass
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(a=1, b=2),
    lambda: k(1),
    lambda: k(),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: (lambda x: x)(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(1, 2, **{"z": 1, "y": 2}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: int("1", 2, 3),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: divmod(1),
    lambda: sorted([1], 2),
    lambda: g(1, c=2, d=3),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
