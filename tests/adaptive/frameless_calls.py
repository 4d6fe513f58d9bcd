# Calls of functions whose body only returns a constant, a parameter or an attribute of one run
# without a frame once hot. Nothing a program can observe may change: results, errors raised
# inside (with the callee in the traceback), the recursion limit, functions whose code or class
# changes under a hot call site.
import sys


class A:
    __slots__ = ()


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def nothing(self, x):
        pass

    def no(self):
        return False

    def me(self):
        return self

    def second(self, a, b):
        return b

    def with_default(self, x=7):
        return x


def ident(x):
    return x


def const():
    return (1, 2)


def drive(objs, n):
    t = 0
    for i in range(n):
        o = objs[i % len(objs)]
        t += o.get()
        o.nothing(i)
        if o.no() or o.me() is not o:
            t = -1
        t += o.second(i, 1) + ident(2) + const()[1] + o.with_default()
    return t


ps = [P(1), P(2), P(3)]
print("hot:", drive(ps, 5000))


# Another class and layout at the same getter.
class Q(P):
    __slots__ = ()


class R(P):
    def __init__(self, v):
        self.w = 0
        self.v = v


print("mixed:", drive([P(1), Q(5), R(7)], 3000))


# A receiver without the attribute: the AttributeError comes from inside the callee.
class Empty(P):
    def __init__(self):
        pass


try:
    drive([P(1), Empty()], 10)
except AttributeError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("missing:", e, names)


# The attribute becomes a property of the class: the getter must run it.
def prop_get(self):
    return 100


P.v = property(prop_get)
print("property:", drive([P.__new__(P), P.__new__(P)], 10))
del P.v
print("back:", drive(ps, 9))


# The function's code replaced by one that does more, and back.
def loud(self):
    print("loud get", end="; ")
    return 1000


orig = P.get.__code__
P.get.__code__ = loud.__code__
print("code swapped:", drive(ps[:1], 2))
P.get.__code__ = orig
print("code restored:", drive(ps, 4))


# A subclass overriding the trivial method with a real one at the same site.
class S(P):
    def get(self):
        return sum([self.v, 1])


print("override:", drive([P(1), S(2)], 4000))


# The recursion limit still counts a call that makes no frame.
def down(n, o):
    if n == 0:
        return o.get()
    return down(n - 1, o)


for i in range(3000):
    down(3, ps[0])
sys.setrecursionlimit(120)
first_fail = None
for depth in range(80, 140):
    try:
        down(depth, ps[0])
    except RecursionError:
        first_fail = depth
        break
print("recursion limit reached at depth:", first_fail)
