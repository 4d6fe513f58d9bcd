# Class hierarchy with super(), properties, classmethods, staticmethods, dunders.

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() == other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    def area(self):
        return self._w * self._h

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")

    @staticmethod
    def unit():
        return Rect(1, 1, "unit")


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def describe(self):
        base = super().describe()
        return base + f" (r={self.r})"


class ColoredRect(Rect):
    def __init__(self, w, h, color):
        super().__init__(w, h, name=f"{color} rect")
        self.color = color

    def __repr__(self):
        return super().__repr__()[:-1] + f", color={self.color!r})"


shapes = [Rect(3, 4), Circle(1), Rect.square(2), ColoredRect(1, 5, "red"), Rect.unit()]
for s in shapes:
    print(repr(s), "->", s.describe())

print(sorted(shapes))
print(max(shapes).name, min(shapes).name)
print(Shape.count)
print(Rect(2, 2) == Rect.square(2), Rect(1, 2) == "x")
try:
    ColoredRect.square(3)
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in ColoredRect.__mro__])

r = Rect(2, 3)
r.width = 10
print(r.width, r.area())
try:
    r.width = -1
except ValueError as e:
    print("error:", e)

try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print("not implemented:", e)

print(isinstance(shapes[3], Rect), issubclass(Circle, Rect))
