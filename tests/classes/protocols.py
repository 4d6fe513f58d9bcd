class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), list(reversed([*OldSeq()])))
it = iter(OldSeq())
print(next(it), next(it), type(it).__name__)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2)
print(2 in b, 5 not in b, len(b), bool(b), bool(Bag()))
class T:
    def __bool__(self):
        return False
class LenOnly:
    def __len__(self):
        return 3
print(bool(T()), not T(), "yes" if LenOnly() else "no", bool(LenOnly()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), (2).__pow__(Idx(3)) if False else 8)
print(list(range(10))[Idx(1):Idx(6):Idx(2)], Idx(2).__index__(), operator_like := int(Idx(7)))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class Container:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
c = Container()
c["a"] = 1
c[1, 2] = "tuple key"
print(c["a"], c[1, 2], c.d)
del c["a"]
try:
    c["a"]
except KeyError as e:
    print("KeyError:", e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    len(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    NotIter()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NotIter()()
except TypeError as e:
    print("TypeError:", e)
