class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return "<class " + cls.__name__ + " via Meta>"
class Base(metaclass=Meta, flag=1):
    def method(self):
        pass
class Child(Base):
    def __init__(self, v):
        self.v = v
c = Child(5)
print(c.v, Child.registered, type(Child).__name__, Child, isinstance(Child, Meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
print(Dyn().hello(), Dyn.__name__, Dyn.__bases__, type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().x, Sub.__mro__[1].__name__)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 7}
class UsesPrep(metaclass=Prep):
    pass
print(UsesPrep.injected)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Mixed(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), type(int), isinstance(type, object), isinstance(object, type))
class Attr(type):
    def __getattr__(cls, name):
        return "meta-" + name
class HasMetaAttr(metaclass=Attr):
    pass
print(HasMetaAttr.anything)
