# A hand-written Fraction class: normalization, arithmetic with ints, comparisons, formatting.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @classmethod
    def parse(cls, text):
        if "/" in text:
            n, d = text.split("/")
            return cls(int(n), int(d))
        if "." in text:
            whole, frac = text.split(".")
            return cls(int(whole + frac), 10 ** len(frac))
        return cls(int(text))

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return self + Frac(-o.num, o.den)

    def __rsub__(self, o):
        return Frac(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac(o) / self

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("m"):
            whole, rest = divmod(self.num, self.den)
            return f"{whole} {rest}/{self.den}" if rest else str(whole)
        return format(float(self), spec)


a, b = Frac(1, 3), Frac(-6, -8)
print(a, b, repr(b), a + b, a - b, a * b, a / b, b ** 2, b ** -2)
print(1 + a, a + 1, 2 - a, 3 * a, 1 / a, a == Frac(2, 6), a == 0.5, a < b, b <= a)
harmonic = sum(Frac(1, n) for n in range(1, 11))
print(harmonic, f"{harmonic:.6f}", f"{harmonic:m}", float(harmonic), int(harmonic))
print(sorted([Frac(3, 4), Frac(1, 2), Frac(2, 3), Frac(-1, 5), Frac(5, 6)]))
print(max(Frac.parse("3/7"), Frac.parse("0.43"), Frac.parse("2")), Frac.parse("0.125"))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(0, 5), Frac(7, -14))
try:
    Frac(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print("TypeError:", e)
