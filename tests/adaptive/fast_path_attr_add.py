# Attribute additions (STORE_ATTR_ADD and polymorphic stores that add), class attribute loads
# (LOAD_ATTR_TYPE, LOAD_METHOD_TYPE) and list displays, hot enough to run in the eval loop's
# fast path, then meeting what their guards must catch.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.c = a + b


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, 2 * i))
    return out


ps = make(3000)
print("made:", len(ps), ps[-1].a, ps[-1].b, ps[-1].c, sorted(vars(ps[7]).items()))


# One site adding an attribute to objects of several classes and layouts, and updating it on
# objects that already have it.
class Q:
    pass


class R:
    def __init__(self):
        self.first = 0


class S:
    __slots__ = ("v",)


def tag(o, v):
    o.v = v
    return o.v


objs = [Q(), R(), Q(), R()]
total = 0
for i in range(3000):
    o = objs[i % 4] if i % 3 else (Q() if i % 2 else R())
    total += tag(o, i)
print("tagged:", total, [sorted(vars(o)) for o in objs])
print("slots at the site:", tag(S(), 5))
d = Q()
d.__dict__["w"] = 1
print("dict mode at the site:", tag(d, 6), sorted(vars(d).items()))


# A property added to the class after the site is hot: stores must go through its setter.
def settled(n):
    return [P(i, i) for i in range(n)]


settled(2000)
seen = []


def set_c(self, v):
    seen.append(v)


P.c = property(lambda self: "computed", set_c)
late = settled(3)
print("after property:", [p.c for p in late], seen, "c" in vars(late[0]))
del P.c
print("after del:", [p.c for p in settled(3)])


# Class attributes loaded through the class, then rebound.
class K:
    scale = 3

    def twice(x):
        return 2 * x

    @staticmethod
    def thrice(x):
        return 3 * x


def use_k(n):
    s = 0
    for i in range(n):
        s += K.twice(i) + K.thrice(i) + K.scale
    return s


print("class attrs:", use_k(3000))
K.twice = lambda x: -x
K.scale = 100
print("rebound:", use_k(3))


class K2(K):
    pass


K = K2
print("subclass through the same name:", use_k(3))
K2.thrice = staticmethod(lambda x: 0)
print("override in the subclass:", use_k(3))


# List displays in a hot loop, and one element changing type.
def pairs(n):
    acc = []
    for i in range(n):
        acc.append([i, i * i, "x"])
    return acc


ls = pairs(3000)
print("lists:", len(ls), ls[-1], ls[5], len({id(x) for x in ls[:10]}))
