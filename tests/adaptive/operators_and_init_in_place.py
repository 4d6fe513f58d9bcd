# Operator methods defined in Python (BINARY_OP_PY) and __init__ of classes (CALL_ALLOC_AND_INIT)
# run in place, as calls do, once their sites are hot. What a program sees must not change:
# results, NotImplemented and the reflected method, errors raised inside (with the method's frame
# in the traceback), __init__ returning something else than None, the recursion limit, classes
# changed under a hot site.
import sys


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if k == "boom":
            raise ValueError("boom inside __mul__")
        return V(self.x * k, self.y * k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class Scalar:
    def __init__(self, k):
        self.k = k

    def __radd__(self, v):
        return V(v.x + self.k, v.y + self.k)


def walk(n):
    acc = V(0, 0)
    step = V(1, 2)
    for i in range(n):
        acc = acc + step - V(0, 1) * 1
    return acc


print("hot:", walk(5000))


def add(a, b):
    return a + b


for i in range(3000):
    add(V(i, i), V(1, 1))
print("reflected:", add(V(1, 2), Scalar(10)))
try:
    add(V(1, 2), 5)
except TypeError as e:
    print("TypeError:", e)


# A site hot with operands whose method returns NotImplemented.
def add2(a, b):
    return a + b


total = 0
failures = 0
for i in range(3000):
    total += add2(V(i, 0), Scalar(1)).x
    try:
        add2(V(1, 2), i)
    except TypeError as e:
        failures += 1
        last = str(e)
print("hot reflected:", total, failures, last)


def scale(v, k):
    return v * k


for i in range(3000):
    scale(V(1, 1), i)
try:
    scale(V(1, 1), "boom")
except ValueError as e:
    print("raised inside:", e, frames(e))


# The class gains another __sub__ while the site is hot.
def sub(a, b):
    return a - b


for i in range(3000):
    sub(V(5, 5), V(1, 1))
V.__sub__ = lambda self, o: "replaced"
print("replaced method:", sub(V(5, 5), V(1, 1)))


class G:
    def __add__(self, o):
        yield o


g = None
for i in range(3000):
    g = add(G(), i)
print("generator method:", type(g).__name__, list(g))


class D:
    def __add__(self, o, extra=100):
        return o + extra


for i in range(3000):
    add(D(), i)
print("defaults:", add(D(), 1))


# Recursion through an operator: the limit is still counted.
class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Deep(self.n - 1) + o


for i in range(1500):
    Deep(3) + 1
sys.setrecursionlimit(200)
# (Where exactly the limit falls differs: CPython also counts its C-level slot calls.)
for n in (20, 1000):
    try:
        print("operator recursion", n, ":", Deep(n) + 1)
    except RecursionError:
        print("operator recursion", n, ": RecursionError")
sys.setrecursionlimit(1000)


# __init__ in place: results, defaults, errors, a non-None return, a class changed later.
class P:
    def __init__(self, a, b):
        self.a = a
        self.s = a + b


class Q:
    def __init__(self, a, b=10):
        self.a = a + b


class Bad:
    def __init__(self, x):
        self.x = x
        if x == -1:
            return 42
        if x == -2:
            raise KeyError("inside __init__")


def make(cls, *args):
    return cls(*args)


def make_p(a, b):
    return P(a, b)


def make_q(a):
    return Q(a)


def make_bad(x):
    return Bad(x)


t = 0
for i in range(3000):
    t += make_p(i, 1).s + make_q(i).a + make_bad(i).x
print("inits:", t)
try:
    make_bad(-1)
except TypeError as e:
    print("TypeError:", e, frames(e))
try:
    make_bad(-2)
except KeyError as e:
    print("KeyError:", e, frames(e))


def new_init(self, a, b):
    self.a = "new"
    self.s = None


P.__init__ = new_init
p = make_p(1, 2)
print("new __init__:", p.a, p.s)


class Deeper:
    def __init__(self, n):
        self.child = Deeper(n - 1) if n else None


for i in range(1500):
    Deeper(2)
sys.setrecursionlimit(150)
for n in (20, 1000):
    try:
        print("__init__ recursion", n, ":", type(Deeper(n)).__name__)
    except RecursionError:
        print("__init__ recursion", n, ": RecursionError")
