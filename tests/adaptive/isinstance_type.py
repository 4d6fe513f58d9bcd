# isinstance/type() sites with varying objects, tuple targets and __instancecheck__ metaclasses.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 3 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class ThreeMultiple(metaclass=Meta):
    pass


class Base:
    pass


class Child(Base):
    pass


class Fake:
    @property
    def __class__(self):
        return Base


def make_fn():
    pass


def check(x, t):
    return isinstance(x, t)


def kind(x):
    return type(x)


objs = [1, True, 6, 2.5, "s", None, [1], (1,), Base(), Child(), Fake(), 2 ** 80, ThreeMultiple, int]
targets = [int, (int, str), (float, (list, tuple)), Base, (Child, type(None)), ThreeMultiple, object, type, (), (bool,)]
for t in targets:
    bits = ""
    for i in range(52):
        bits += "1" if check(objs[i % len(objs)], t) else "0"
    name = t.__name__ if isinstance(t, type) else "tuple%d" % len(t)
    print("%-8s %s" % (name, bits[:13]), bits.count("1"))

print(issubclass(bool, ThreeMultiple), issubclass(int, ThreeMultiple), check(9, ThreeMultiple), check(9.0, ThreeMultiple))
for bad in (5, "int", [int], (int, 5)):
    try:
        print(check(3, bad))
    except TypeError as e:
        print("TypeError:", e)

names = []
for i in range(130):
    names.append(kind(objs[i % len(objs)]).__name__)
print(sorted(set(names)), names[:14] == names[14:28])
print(kind(Fake()) is Fake, Fake().__class__ is Base, kind(kind) is kind(make_fn), kind(type), kind(ThreeMultiple), kind(kind(1)(5)))

# rebinding the class object a hot isinstance site refers to
class Marker:
    pass


m = Marker()


def is_marker(x):
    return isinstance(x, Marker)


flags = []
for i in range(90):
    if i == 30:
        OldMarker = Marker

        class Marker:  # noqa: F811  rebinds the global the site loads
            pass
    if i == 60:
        Marker = (OldMarker, int)
    flags.append(is_marker(m if i % 2 else i))
print(flags[28:32], flags[58:62], flags[-2:])

# type() with 1 and 3 args at one site
def mk(*a):
    return type(*a)


made = [mk(5), mk("x"), mk("Dyn", (Base,), {"v": 1}), mk(None)]
print([t.__name__ for t in made], made[2].v, issubclass(made[2], Base))
try:
    mk(1, 2)
except TypeError as e:
    print("TypeError:", e)
