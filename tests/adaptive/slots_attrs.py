# __slots__ attribute loads/stores at sites that also see dict-based objects and unset slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y


class P3(P):
    __slots__ = ("z",)


class D:
    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y


class Both(P):
    pass  # no __slots__: gets a __dict__ as well


def getx(o):
    return o.x


def gety(o):
    return o.y


def setx(o, v):
    o.x = v


objs = [P(1, 2), P3(3, 4), D(5, 6), Both(7, 8), P(9)]
sums = 0
errs = []
for i in range(200):
    o = objs[0] if i < 50 else objs[i % len(objs)]
    setx(o, getx(o) + 1)
    try:
        sums += gety(o)
    except AttributeError as e:
        errs.append(str(e))
print("sums:", sums, [getx(o) for o in objs], len(errs), sorted(set(errs)))

# delete a slot value mid-loop, then set it again
p = P(0, 0)
seen = []
for i in range(90):
    if i == 30:
        del p.y
    if i == 60:
        p.y = "back"
    try:
        seen.append(gety(p))
    except AttributeError as e:
        seen.append("AE")
        if i == 30:
            print("AttributeError:", e)
print(seen[29:31], seen[59:61])
try:
    del p.x
    del p.x
except AttributeError as e:
    print("double delete:", e)

for o, name in [(P(1), "w"), (P3(1), "z"), (Both(1), "w")]:
    try:
        setattr(o, name, 1)
        print(type(o).__name__, name, "set ok", getattr(o, name))
    except AttributeError as e:
        print(type(o).__name__, "AttributeError:", e)
    try:
        print(getattr(o, "z"))
    except AttributeError as e:
        print(type(o).__name__, "AttributeError:", e)
print(hasattr(P(1), "__dict__"), hasattr(Both(1), "__dict__"), sorted(P3.__slots__), P.x.__name__, type(P.x).__name__)

# replacing the slot descriptor on the class changes what the specialized site sees
q = P(10, 20)
vals = []
for i in range(80):
    if i == 40:
        saved = P.__dict__["x"]
        P.x = property(lambda self: "prop-x")
    if i == 60:
        P.x = saved
    vals.append(getx(q))
print(vals[39:41], vals[59:61])

# shadow slot attribute name with a class attribute in a subclass
class Shadow(P):
    x = "class-x"


sh = Shadow(1, 2)
print(getx(sh), gety(sh), sorted(vars(sh).items()), Shadow.x)
try:
    P.x.__get__(sh)
except AttributeError as e:
    print("AttributeError:", e)
P.x.__set__(sh, "slot")
print(P.x.__get__(sh), getx(sh))
