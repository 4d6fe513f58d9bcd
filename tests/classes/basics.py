class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.norm2(), Point.dims, p.dims, Point.__doc__, Point.__name__)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.norm2(p), Point.__init__.__name__, p.__class__.__name__, p.__dict__)
p.z = 10
print(p.__dict__)
print(Point.__module__, Point.__qualname__, Point.__bases__, type(Point).__name__)
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, Empty.__bases__[0].__name__, Empty.__doc__)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, c.id)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(p == Point(3, 4), p != p, p == p)
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as err:
    print("TypeError:", err)
