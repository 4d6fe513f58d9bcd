# Descriptors for validated fields: __set_name__, __get__, __set__, __delete__; plus a lazy property.

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.storage)
        except AttributeError:
            raise AttributeError(f"{type(obj).__name__}.{self.name} is not set") from None

    def __set__(self, obj, value):
        setattr(obj, self.storage, self.validate(value))

    def __delete__(self, obj):
        delattr(obj, self.storage)

    def validate(self, value):
        return value


class Typed(Field):
    def __init__(self, kind):
        self.kind = kind

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        return value


class Bounded(Typed):
    def __init__(self, lo, hi):
        super().__init__((int, float))
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if isinstance(value, bool):
            raise TypeError(f"{self.name} must be a number, not bool")
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number")
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} outside [{self.lo}, {self.hi}]")
        return value


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    name = Typed(str)
    price = Bounded(0, 10_000)
    qty = Bounded(0, 500)
    computations = 0

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @Lazy
    def total(self):
        Product.computations += 1
        return round(self.price * self.qty, 2)


p = Product("lamp", 19.5, 4)
print(p.name, p.price, p.qty, p.total, p.total, Product.computations)
print(sorted(k for k in vars(p)))
print(type(Product.price).__name__, Product.price.name, Product.price.storage)

for attr, value in [("price", -1), ("qty", "3"), ("name", 42), ("qty", True), ("price", 10_000)]:
    try:
        setattr(p, attr, value)
        print("set", attr, "=", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

del p.qty
try:
    p.qty
except AttributeError as e:
    print("AttributeError:", e)

q = Product("desk", 120, 2)
print(q.total, p.total, Product.computations)
del q.total
print(q.total, Product.computations)
