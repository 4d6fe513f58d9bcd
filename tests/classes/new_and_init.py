class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x):
        print("__init__", x)
        self.x = x
t = Traced(5)
print(t.x)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            inst = super().__new__(cls)
            inst.key = key
            cls._cache[key] = inst
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached._cache))
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
w = Weird()
print(type(w).__name__)
class Point3(tuple):
    def __new__(cls, x, y, z):
        return super().__new__(cls, (x, y, z))
    x = property(lambda self: self[0])
p = Point3(1, 2, 3)
print(p, p.x, len(p), p == (1, 2, 3))
class A:
    x = 1
    def f(self):
        return "f"
print(type(A.__dict__).__name__, "x" in A.__dict__, A.__dict__["x"], sorted(k for k in A.__dict__ if not k.startswith("__")))
try:
    A.__dict__["x"] = 2
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a.__dict__, A.x, a.x)
a.x = 5
print(a.__dict__, A.x, a.x)
del a.x
print(a.x)
A.f = lambda self: "patched"
print(a.f())
A.g = lambda self, n: n * 2
print(a.g(21))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
class NoInitArgs:
    def __init__(self):
        pass
try:
    NoInitArgs(1)
except TypeError as e:
    print("TypeError:", e)
