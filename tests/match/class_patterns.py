class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Circle(Point(0, 0), r=r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle cx={cx}"
        case int() | float():
            return "number"
        case str(s):
            return "string " + s
        case [Point(x=a), Point(x=b)]:
            return f"two points x={a},{b}"
        case {"point": Point(x, y)}:
            return f"dict with point {x},{y}"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1),
          Circle(Point(4, 4), 11), Circle(Point(4, 4), 1), 3, 2.5, "s", [Point(1, 0), Point(2, 0)],
          {"point": Point(7, 8)}, None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match True:
    case bool(b):
        print("bool self-match", b)
match 5:
    case int(n) if n > 3:
        print("int self-match", n)
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case _:
            return "other color"
print(color("red"), color("green"), color("blue"))
match Point(1, 2):
    case Point(x=1) as p:
        print("as binds whole", p.y)
