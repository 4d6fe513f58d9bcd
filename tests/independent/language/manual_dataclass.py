# A hand-written dataclass-like decorator using __annotations__ and exec-free closures.

_MISSING = object()


def record(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{cls.__name__} got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{cls.__name__} got multiple values for argument {k!r}")
            values[k] = v
        for f in fields:
            if f not in values:
                if f in defaults:
                    values[f] = defaults[f]
                else:
                    raise TypeError(f"{cls.__name__} missing required argument: {f!r}")
            setattr(self, f, values[f])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    def astuple(self):
        return tuple(getattr(self, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls.astuple = astuple
    cls._fields = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0


@record
class Employee:
    name: str
    dept: str
    salary: float = 1000.0
    tags: tuple = ()


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != (1, 2))
print(Point._fields, p.astuple())

staff = [
    Employee("ann", "eng", 5200.5, ("lead",)),
    Employee("bob", "ops"),
    Employee(name="cy", dept="eng", salary=4100),
    Employee("dee", "ops", tags=("new", "remote")),
]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(e)

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)

try:
    hash(p)
except TypeError as exc:
    print("TypeError:", exc)
