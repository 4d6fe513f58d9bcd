# Class instantiation sites where __init__/__new__/metaclass __call__ change under them.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r,%r)" % (self.x, self.y)


def make(cls, *args):
    return cls(*args)


def init_scaled(self, x, y=0):
    self.x = x * 10
    self.y = y * 10


def init_bad(self, x, y=0):
    self.x = x
    return x


res = []
for i in range(160):
    if i == 40:
        Point.__init__ = init_scaled
    elif i == 70:
        Point.__init__ = init_bad
    elif i == 100:
        del Point.__init__
    elif i == 130:
        Point.__init__ = lambda self, x: setattr(self, "x", -x)
    try:
        p = make(Point, i) if i % 2 else make(Point)
        res.append(repr(p) if hasattr(p, "y") else "x=%r" % getattr(p, "x", None))
    except TypeError as e:
        res.append("TE")
        if i in (70, 71, 100, 101, 131):
            print(i, "TypeError:", e)
print(res[38:42], res[68:70], res[98:104], res[128:133])


class Cached:
    pool = {}

    def __new__(cls, key):
        if key in cls.pool:
            return cls.pool[key]
        obj = super().__new__(cls)
        cls.pool[key] = obj
        return obj

    def __init__(self, key):
        self.inits = getattr(self, "inits", 0) + 1
        self.key = key


class Other:
    def __new__(cls, v):
        return v * 2  # not an instance: __init__ is skipped

    def __init__(self, v):
        raise AssertionError("never")


objs = [make(Cached, i % 4) for i in range(100)]
print(len(Cached.pool), sorted((o.key, o.inits) for o in Cached.pool.values()), objs[0] is objs[4])
print([make(Other, i) for i in range(3)], make(Other, "ab"))


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        if args and args[0] == "raw":
            return ("intercepted", cls.__name__, args[1:])
        return super().__call__(*args)


class Managed(metaclass=Counting):
    def __init__(self, v=None):
        self.v = v


out = []
for i in range(80):
    r = make(Managed, "raw", i) if i % 10 == 0 else make(Managed, i)
    out.append(r if isinstance(r, tuple) else r.v)
print(Counting.calls, out[:3], out[-1])

# the same site alternating classes, builtins and a class with a changed __new__
kinds = [Point, Cached, int, list, str, Managed, dict]
names = []
for i in range(140):
    c = kinds[i % len(kinds)]
    if i == 70:
        Point.__new__ = lambda cls, *a: "new-replaced"
    try:
        r = make(c, 3) if c is not dict else make(c)
    except TypeError as e:
        r = "TE"
    names.append("TE" if r == "TE" else type(r).__name__)
print(names[:7], names[70:77], names[-7:])
try:
    make(int, "x", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    make(object, 1)
except TypeError as e:
    print("TypeError:", e)
