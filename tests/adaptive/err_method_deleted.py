# A method site specialized for one class; the method is deleted and the AttributeError escapes.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)


def measure(shapes):
    return sum(s.area() for s in shapes)


shapes = [Shape(i, 2) for i in range(10)] + [Square(i) for i in range(10)]
for rep in range(30):
    result = measure(shapes)
print("before", result)
Square.area = lambda self: -1
print("override", measure(shapes))
del Square.area
print("restored", measure(shapes))
del Shape.area
print("unreachable", measure(shapes))
