class Temp:
    scale = "C"
    def __init__(self, deg):
        self._deg = deg
    @property
    def deg(self):
        return self._deg
    @deg.setter
    def deg(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._deg = v
    @deg.deleter
    def deg(self):
        print("deleting")
        del self._deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9))
    @staticmethod
    def valid(v):
        return v >= -273
    @property
    def ro(self):
        return "read-only"
t = Temp(20)
print(t.deg)
t.deg = 25
print(t.deg, Temp.from_f(212).deg, Temp.valid(-300), t.valid(0))
try:
    t.deg = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.deg
print(hasattr(t, "_deg"))
print(type(Temp.__dict__["deg"]).__name__, type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
print(Temp.deg.fget.__name__, Temp.ro.fset, Temp.deg.__doc__)
class Area:
    def __init__(self, w):
        self.w = w
    area = property(lambda self: self.w ** 2, doc="the area")
print(Area(3).area, Area.area.__doc__)
class CM:
    @classmethod
    def name(cls):
        return cls.__name__
class CM2(CM):
    pass
print(CM.name(), CM2.name(), CM2().name())
print(staticmethod(len)(["a"]), callable(Temp.valid))
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def val(self):
        self.calls += 1
        return 42
c = Cached()
c.val; c.val
print(c.calls)
class Sub(Temp):
    @Temp.deg.getter
    def deg(self):
        return "sub:" + str(self._deg)
s = Sub(5)
s.deg = 7
print(s.deg)
try:
    Temp.deg.fget(object())
except AttributeError as e:
    print("AttributeError:", e)
