class Color:
    _members = {}
    def __init__(self, name, value):
        self.name = name
        self.value = value
        Color._members[name] = self
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"
    def __eq__(self, other):
        return isinstance(other, Color) and self.value == other.value
    def __hash__(self):
        return hash(self.value)
    @classmethod
    def by_name(cls, name):
        return cls._members[name]
RED = Color("RED", 1)
GREEN = Color("GREEN", 2)
print(RED, [RED, GREEN], Color.by_name("GREEN") is GREEN, RED == Color("RED2", 1))
print({RED: "stop", GREEN: "go"}[GREEN], sorted(Color._members))
class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            values[k] = v
        for f in self.fields:
            setattr(self, f, values.get(f))
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def __iter__(self):
        return (getattr(self, f) for f in self.fields)
class Person(Record):
    fields = ("name", "age")
p = Person("ann", age=30)
print(p, p == Person("ann", 30), p == Person("bob", 30), list(p))
name, age = p
print(name, age)
for bad in (lambda: Person(1, 2, 3), lambda: Person(height=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Weekday:
    MON, TUE, WED = range(3)
    @staticmethod
    def name_of(v):
        return [k for k, val in vars(Weekday).items() if val == v and k.isupper()][0]
print(Weekday.TUE, Weekday.name_of(2))
