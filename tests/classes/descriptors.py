class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
r.a = 5
print(r.a, r.b, type(Rec.a).__name__)
try:
    r.b = "x"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    nd = NonData()
h = Holder()
print(h.nd)
h.__dict__["nd"] = "from instance"
print(h.nd)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, value):
        pass
class Holder2:
    d = Data()
h2 = Holder2()
h2.__dict__["d"] = "instance value"
print(h2.d, Holder2.d)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Calc:
    @Lazy
    def heavy(self):
        print("computing")
        return 99
c = Calc()
print(c.heavy, c.heavy)
class Bound:
    def __get__(self, obj, cls):
        return (obj is None, cls.__name__)
class U:
    b = Bound()
print(U.b, U().b)
class Meth:
    def f(self):
        return self
m = Meth()
print(Meth.__dict__["f"].__get__(m, Meth)() is m)
class Deleter:
    def __get__(self, o, t=None):
        return 1
    def __delete__(self, o):
        print("__delete__ called")
class HD:
    x = Deleter()
del HD().x
