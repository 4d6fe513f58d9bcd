class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, x):
        super().append(x * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.sum(), len(m), type(m).__name__, type(m[:]).__name__, type(m + [1]).__name__, isinstance(m, list))
m.extend([4])
print(m, m == [1, 2, 30, 4])
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
md = MyDict(a=1)
print(md["a"], md.get("a"), dict(md), list(md.items()))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
i = MyInt(21)
print(i, i + 1, type(i + 1).__name__, i.double(), i == 21, hash(i) == hash(21), str(i), f"{i}", f"{i:05d}")
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5), type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, len(u), u == "HI")
class Tup(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    @property
    def first(self):
        return self[0]
t = Tup(1, 2, 3)
print(t, t.first, len(t), type(t).__name__)
class F(float):
    pass
print(F(1.5) + 1, F("2.5"), repr(F(0.1)))
class E(Exception):
    pass
print(isinstance(E(), BaseException), E("m").args)
class B(bytes):
    pass
print(B(b"x"), len(B(b"abc")))
class S(set):
    pass
print(sorted(S([3, 1])), type(S([1]) | {2}).__name__)
class Attrs(list):
    pass
a = Attrs()
a.note = "lists subclasses get a __dict__"
print(a.note, a)
