class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    __hash__ = None
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a @ b)
print(a == V(1, 2), a != b, a < b, a > b, b > a, sorted([b, a]))
print(a & b, a | b, a ^ b, a << b, a >> b, sum([a, b]))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.items, acc is ref, acc + 0)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o += 5
print(o.v)
class R:
    def __rsub__(self, o): return f"rsub({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rmatmul__(self, o): return "rmatmul"
print(10 - R(), 1 / R(), 2 ** R(), [1] @ R() if False else "skip")
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(V(0, 0) + Sub(1, 1))
print(divmod(7, 2), (7).__divmod__(2))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 2)
