# Reassigning __code__, __defaults__ and __kwdefaults__ of a function while a site calls it.
def target(a, b=1):
    return a + b


def other_body(a, b=1):
    return a * b * 1000


def three_args(a, b, c):
    return (a, b, c)


def caller(x):
    return target(x)


def caller2(x, y):
    return target(x, y)


log = []
for i in range(150):
    if i == 40:
        target.__defaults__ = (10,)
    elif i == 70:
        target.__code__ = other_body.__code__
    elif i == 90:
        target.__defaults__ = None
    elif i == 110:
        target.__defaults__ = (7,)
    elif i == 130:
        target.__code__ = three_args.__code__
        target.__defaults__ = (8, 9)
    try:
        log.append(caller(i))
    except TypeError as e:
        log.append("TE")
        if i == 90:
            print("at 90:", e)
print(log[38:42], log[68:72], log[88:92], log[108:112], log[128:132], log[-1])
print(caller2(3, 4), target.__name__, target.__code__.co_argcount)


def kwfn(a, *, scale=2):
    return a * scale


def kwcaller(a):
    return kwfn(a)


out = []
for i in range(80):
    if i == 30:
        kwfn.__kwdefaults__ = {"scale": -1}
    if i == 50:
        kwfn.__kwdefaults__ = None
    if i == 65:
        kwfn.__kwdefaults__ = {"scale": 0.5}
    try:
        out.append(kwcaller(i))
    except TypeError as e:
        out.append(str(e))
print(out[29:31], out[49], out[50], out[64:66])


# bound methods and plain functions through one site
class Acc:
    def __init__(self, base):
        self.base = base

    def add(self, x):
        return self.base + x

    @staticmethod
    def st(x):
        return -x

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)


def plain(x):
    return x * 2


def apply(f, x):
    return f(x)


a1, a2 = Acc(100), Acc(200)
fmt = "{}!".format
callees = [plain, a1.add, a2.add, Acc.st, Acc.cm, a1.cm, abs, str.upper, fmt, [].count]
res = []
for i in range(200):
    f = callees[0] if i < 60 else callees[i % len(callees)]
    arg = "x" if f is str.upper or f is fmt else -i
    res.append(apply(f, arg))
print(res[58:72])
unbound = Acc.add
try:
    apply(unbound, 5)
except TypeError as e:
    print("TypeError:", e)
print(apply(unbound.__get__(a2), 5), apply(Acc.add.__get__(a1, Acc), 6))
