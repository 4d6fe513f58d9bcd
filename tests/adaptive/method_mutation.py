# Method-call sites whose receiver class gains, replaces and loses methods mid-loop.
class Base:
    def greet(self):
        return "base-greet"

    def tag(self):
        return "base-tag"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, n):
        self.n = n


def call_greet(o):
    return o.greet()


def call_tag(o):
    return o.tag()


def call_extra(o):
    return o.extra()


obj = Leaf(1)
log = []
for i in range(200):
    if i == 30:
        Mid.greet = lambda self: "mid-greet"          # override inserted between Leaf and Base
    elif i == 60:
        Base.greet = lambda self: "base-greet-2"      # change base: Mid still wins
    elif i == 80:
        del Mid.greet                                  # back to (new) base
    elif i == 100:
        obj.greet = lambda: "instance-attr"            # instance attribute shadows the method
    elif i == 120:
        del obj.greet
    elif i == 140:
        Leaf.greet = property(lambda self: (lambda: "via-property"))
    elif i == 160:
        del Leaf.greet
        Base.greet = Base.tag
    log.append(call_greet(obj))
for start in range(0, 200, 20):
    print(start, log[start], log[start + 19])

# a method that only exists for part of the loop
results = []
for i in range(100):
    if i == 25:
        Base.extra = lambda self: self.n * 2
    elif i == 50:
        Leaf.extra = lambda self: "leaf-extra"
    elif i == 75:
        del Leaf.extra
        del Base.extra
    try:
        results.append(call_extra(obj))
    except AttributeError as e:
        results.append("AE")
        if i in (0, 99):
            print(i, "AttributeError:", e)
print(results[24:26], results[49:51], results[74:76])

# a method replaced by a non-function callable and a non-callable
class Callable:
    def __call__(self, *args):
        return ("callable-obj", len(args))


outs = []
for i in range(90):
    if i == 30:
        Base.tag = Callable()        # not a descriptor: no self passed
    elif i == 45:
        Base.tag = staticmethod(lambda: "static-now")
    elif i == 60:
        Base.tag = classmethod(lambda cls: "cls:" + cls.__name__)
    elif i == 75:
        Base.tag = 42
    try:
        outs.append(call_tag(obj if i % 2 else Mid()))
    except TypeError as e:
        outs.append("TE:" + str(e))
print(outs[29:31], outs[44:46], outs[59:62], outs[75])

# methods looked up on a polymorphic site with many receiver classes
classes = [type("K%d" % k, (Base,), {"greet": (lambda k: lambda self: k)(k)}) for k in range(6)]
objs = [c() for c in classes] + [Mid(), obj]
tally = {}
for i in range(240):
    r = call_greet(objs[i % len(objs)])
    tally[r] = tally.get(r, 0) + 1
print(sorted(tally.items(), key=repr))
