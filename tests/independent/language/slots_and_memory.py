# __slots__: restricted attributes, inheritance interactions, defaults via class attrs.

class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class AlphaPixel(Pixel):
    __slots__ = ("alpha",)

    def __init__(self, x, y, color="black", alpha=1.0):
        super().__init__(x, y, color)
        self.alpha = alpha

    def __repr__(self):
        return super().__repr__()[:-1] + f", alpha={self.alpha})"


class Loose(Pixel):
    pass


p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
p.color = "red"
print(p)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

ap = AlphaPixel(3, 4, alpha=0.5)
print(ap, hasattr(ap, "__dict__"))
try:
    ap.beta = 1
except AttributeError as e:
    print("AttributeError:", e)

lp = Loose(0, 0)
lp.anything = "ok"
print(lp, lp.__dict__)

empty = Pixel.__new__(Pixel)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
empty.x = 9
del empty.x
try:
    del empty.x
except AttributeError as e:
    print("AttributeError:", e)

print(type(Pixel.__dict__["x"]).__name__)
print([name for name in ("x", "y", "color", "alpha") if hasattr(ap, name)])


class Point3:
    __slots__ = ("x", "y", "z")
    dims = 3

    def __init__(self, *coords):
        for name, value in zip(self.__slots__, coords):
            setattr(self, name, value)

    def as_tuple(self):
        return tuple(getattr(self, n, None) for n in self.__slots__)


print(Point3(1, 2, 3).as_tuple(), Point3(7).as_tuple(), Point3.dims)
try:
    Point3(1).dims = 4
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
