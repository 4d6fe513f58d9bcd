class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
class A(metaclass=Meta, tag="t"):
    def __init__(self, v):
        self.v = v
a = A(5)
print(type(A).__name__, A.tag, A.injected, a.v, isinstance(A, Meta))
class B(A):
    pass
print(type(B).__name__, B.tag)

class Registry:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Registry.plugins.append(cls.__name__)
class P1(Registry, key="one"):
    pass
class P2(Registry):
    pass
print(Registry.plugins, P1.key, P2.key)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Rec:
    a = Field()
    b = Field()
r = Rec()
r.a = 1
print(r.a, r.b, type(Rec.a).__name__)

class Base:
    def hello(self):
        return "Base"
class Left(Base):
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def hello(self):
        return "Right>" + super().hello()
class Both(Left, Right):
    def hello(self):
        return "Both>" + super().hello()
print(Both().hello(), [c.__name__ for c in Both.__mro__])
print(super(Left, Both()).hello())
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Gen[int])

class Counter:
    count = 0
    def __new__(cls, *args):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
c1, c2 = Counter(1), Counter(2)
print(Counter.count, c2.x)
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
p = Prop()
p.v = 3
print(p.v, Prop.v.__doc__)
del p.v
try:
    p.v = -1
except ValueError as e:
    print("ValueError:", e)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)
