# Operator overloading for a 2D/3D vector type: arithmetic, reflected ops, comparisons, bool, abs.

class Vec:
    __slots__ = ("coords",)

    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f"Vec{self.coords}"

    def __len__(self):
        return len(self.coords)

    def __iter__(self):
        return iter(self.coords)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.coords[i])
        return self.coords[i]

    def _check(self, other):
        if not isinstance(other, Vec):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __bool__(self):
        return any(self.coords)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.coords == other.coords

    def __hash__(self):
        return hash(self.coords)

    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vec(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)


v = Vec(3, 4)
w = Vec(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, abs(v), v / 2)
print(bool(Vec(0, 0)), bool(v), v == Vec(3, 4), v != w, v == (3, 4))
print(Vec(1, 0, 0) @ Vec(0, 1, 0), v[0], v[-1], Vec(1, 2, 3, 4)[1:3])
x, y = v
print(x, y, len(v), list(v))
total = sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0))
print(total)
seen = {Vec(1, 2), Vec(1, 2), Vec(2, 1)}
print(len(seen))
acc = Vec(0, 0)
for step in [Vec(1, 0), Vec(0, 1), Vec(-1, 0)]:
    acc += step
print(acc)

for expr in [lambda: v + 1, lambda: "s" * v, lambda: v + Vec(1, 2, 3), lambda: v < w]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
