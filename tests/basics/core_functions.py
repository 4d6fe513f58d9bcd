def add(a, b):
    return a + b
print(add(2, 3))
print(add("a", "b"))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10))
print(fact(30))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet(greeting="Yo", name="Cy"))
def nothing():
    pass
print(nothing())
def multi():
    return 1, 2, 3
a, b, c = multi()
print(a, b, c, multi())
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
print([p for p in range(50) if is_prime(p)])
