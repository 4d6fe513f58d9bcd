square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
def apply(f, *args):
    return f(*args)
print(apply(lambda a, b=10: a + b, 1), apply(pow, 2, 8))
def make_multiplier(n):
    return lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier("ab")(2))
print((lambda f: f(f, 10))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1)))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([3, -1, -4, 2], key=abs))
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i * 10)
print([f() for f in funcs])
print(type(square).__name__, square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
