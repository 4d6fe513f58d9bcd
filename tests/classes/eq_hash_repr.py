class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("a"): 1}
print(d[Key("a")], Key("a") in d, Key("b") in d, len({Key(1), Key(1), Key(2)}))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
class S:
    def __str__(self):
        return "S-str"
class Rp:
    def __repr__(self):
        return "Rp-repr"
class Both:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(str(S()) , str(Rp()), repr(Rp()), str(Both()), repr(Both()), [Both()], (Both(),), {"k": Both()})
print(f"{Both()}", f"{Both()!r}", "%s %r" % (Both(), Both()), format(Both()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)), Ordered(2) > Ordered(1))
class Eq2:
    def __eq__(self, o):
        return "truthy"
print(Eq2() == 1, Eq2() != 1, [Eq2()] == [1], Eq2() in [1])
class Reflect:
    def __eq__(self, o):
        print("Reflect.__eq__")
        return True
print(1 == Reflect(), "s" == Reflect())
class HashOnly:
    def __hash__(self):
        return 42
print(hash(HashOnly()), hash(HashOnly()) == 42)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Inherit(Key):
    pass
print(Inherit("a") == Key("a"), hash(Inherit("z")) == hash("z"))
class EqOnlyChild(Key):
    def __eq__(self, o):
        return False
print(EqOnlyChild.__hash__ is None)
