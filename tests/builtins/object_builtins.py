class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
a = A()
print(getattr(a, "inst"), getattr(a, "cls_attr"), getattr(a, "nope", None), hasattr(a, "method"))
setattr(a, "new", 3)
print(a.new, vars(a))
delattr(a, "new")
print(vars(a))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(A) if not n.startswith("_")])
print("__init__" in dir(A), "__class__" in dir(a))
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(1, (str, (int, float))), isinstance(True, int))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(A, A), issubclass(A, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(A), callable(a), callable(a.method), callable(None), callable("s"))
print(type(1), type("s"), type([]), type(None), type(A), type(a), type(len), type(type))
print(type(1) is int, type(a).__name__, type(a).__qualname__)
T = type("T", (A,), {"extra": lambda self: "extra!", "cls_attr": 10})
t = T()
print(T.__name__, t.extra(), t.cls_attr, t.inst, T.__mro__[1] is A)
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr(None), repr(1), repr("x"), repr([1, "a"]), str(b"b"), repr(1.0))
print(a is a, a is not A())
print(hash(1) == hash(1), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__qualname__"}))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes())
print(type(NotImplemented).__name__, type(Ellipsis).__name__, Ellipsis, ... is Ellipsis)
