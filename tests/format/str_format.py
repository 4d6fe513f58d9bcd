print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 5))
print("{:>{w}}|{:.{p}f}".format("r", 3.14159, w=5, p=2))
print("{{literal}} {}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{0!r:>8}".format("s"))
print("{:,}".format(10 ** 9), "{:%}".format(0.25))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{a}".format_map(d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Default(x=1)))
for bad in ["{", "}", "{0} {}", "{} {0}", "{2}", "{x}", "{0[}", "{!x}", "{:d}"]:
    try:
        print(bad.format("s") if bad != "{:d}" else bad.format("s"))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Pt:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(Pt()))
print("{:^10}|{:<5}|{:>5}".format("mid", 1, 2))
print("{0:{1}{2}}".format(42, "^", 8), "{0:b}".format(5))
