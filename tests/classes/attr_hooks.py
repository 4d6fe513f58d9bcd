class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_foo, getattr(d, "x_bar"), hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __getattribute__(self, name):
        if name != "__dict__":
            print("get", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 1
print(l.a)
del l.a
print(hasattr(l, "a"))
class Fallback:
    x = "class x"
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
f = Fallback()
print(f.x, f.boom, f.other)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, val):
        raise AttributeError(f"cannot set {n!r}")
fr = Frozen(3)
print(fr.v)
try:
    fr.v = 4
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._t, px.count(1), px.index(3))
print(setattr(d, "dynamic", 10), d.dynamic, delattr(d, "dynamic"), hasattr(d, "dynamic"))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)
class DirMe:
    def __dir__(self):
        return ["b", "a"]
print(dir(DirMe()))
print(vars(Dyn()), sorted(k for k in vars(Dyn) if not k.startswith("__")))
