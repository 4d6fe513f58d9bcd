# Attribute sites over properties, class/static methods and __getattr__ fallbacks that change.
class Temp:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def value(self):
        return self._c

    @classmethod
    def make(cls, c):
        return cls(c)

    @staticmethod
    def describe(x):
        return "temp:%r" % (x,)


def read(o):
    return o.value


t = Temp(20)
vals = []
for i in range(150):
    if i == 40:
        Temp.value = property(lambda self: self._c * 9 / 5 + 32)
    elif i == 70:
        Temp.value = property(lambda self: "K%d" % (self._c + 273))
    elif i == 100:
        Temp.value = 5                       # plain class attribute now
    elif i == 120:
        t.value = "instance"                 # only possible once it is not a data descriptor
    vals.append(read(t))
print(vals[39:41], vals[69:71], vals[99:101], vals[119:121], vals[-1])

t2 = Temp(1)
Temp.value = property(lambda self: "prop-wins")
print(read(t), read(t2), t.__dict__["value"])
try:
    t2.value = 3
except AttributeError as e:
    print("AttributeError:", e)

class Hot(Temp):
    pass


made = []
for i in range(80):
    cls = Temp if i < 40 else Hot
    if i == 60:
        Temp.make = staticmethod(lambda c: ("static", c))
    o = cls.make(i)
    made.append(type(o).__name__ if not isinstance(o, tuple) else o[0])
    made.append(cls.describe(i % 3))
    if i == 70:
        Temp.describe = classmethod(lambda cls, x: cls.__name__ + str(x))
print(made[78:82], made[118:122], made[-2:])

class Lazy:
    calls = 0

    def __init__(self):
        self.real = "r"

    def __getattr__(self, name):
        Lazy.calls += 1
        if name.startswith("no_"):
            raise AttributeError("custom: " + name)
        return name.upper()


def fetch(o, i):
    return o.real if i % 2 else o.virtual


lz = Lazy()
fetched = []
for i in range(100):
    if i == 50:
        lz.virtual = "now-real"
    if i == 75:
        del lz.virtual
        Lazy.virtual = "class-level"
    fetched.append(fetch(lz, i))
print(fetched[48:52], fetched[74:78], Lazy.calls)
for name in ("no_such", "missing"):
    try:
        print(getattr(lz, name))
    except AttributeError as e:
        print("AttributeError:", e)
print(getattr(lz, "no_x", "default"), hasattr(lz, "no_y"), hasattr(lz, "anything"))

class Strict:
    __slots__ = ()

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return "ga:" + name

    def __getattr__(self, name):
        return "fallback:" + name


s = Strict()
print([getattr(s, n) for n in ("a", "secret", "b")])
