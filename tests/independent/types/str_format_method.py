# str.format and format_map: positional/keyword/index/attribute fields, conversions, nesting, errors.

class User:
    def __init__(self, name, roles):
        self.name, self.roles = name, roles

    def __format__(self, spec):
        if spec == "short":
            return self.name[:1].upper() + "."
        return format(self.name, spec)

    def __str__(self):
        return f"User<{self.name}>"

    def __repr__(self):
        return f"User({self.name!r})"


u = User("alice", ["admin", "dev"])
print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bob", age=7), "{0} and {x}".format(1, x=2))
print("{0.name} has {0.roles[0]} and {0.roles[1]}".format(u), "{u.roles}".format(u=u))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "int-one", "1": "str-one"}))
print("{!s} {!r} {!a}".format(u, u, "ñ"), "{:short}".format(u), "{:>8}|".format(u), "{0!s:>12}|".format(u))
print("{:{width}.{prec}f}|".format(3.14159, width=10, prec=2), "{:{}{}{}}".format("x", "*", "^", 7))
print("{{}} {{{}}}".format(5), "{{{0}}}".format(6), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: f"fmt:{f}"})()))
print("{0:{1}}|{0:{2}}|".format("ab", ">4", "<4"), "{:,}".format(1234567), "{:_b}".format(255))
print("{}".format(None), "{!s:>6}|".format(None), "{:5}|".format(True), "{!r:>6}|".format(True))
print("{0[0]}{0[1]}".format("xy"), "{.real}".format(3 + 4j), "{[a]}".format({"a": 1}))
data = {"host": "db", "port": 5432}
print("{host}:{port}".format_map(data), "{host}:{port}".format(**data))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("{a} {b} {c}".format_map(Defaulting(a=1)))

errors = [
    ("{} {}", (1,), {}),
    ("{2}", (1, 2), {}),
    ("{name}", (), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0.missing}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{:d}", ("x",), {}),
    ("{!x}", (1,), {}),
    ("{0:{1}}", (1,), {}),
    ("{0[a]}", ({"b": 1},), {}),
]
for fmt, args, kwargs in errors:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
