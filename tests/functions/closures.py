def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x: x + i for i in range(3)]
print([a(10) for a in adders()])
def adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late_binding():
    def get():
        return v
    v = 1
    r1 = get()
    v = 2
    return r1, get()
print(late_binding())
def counter_pair():
    n = 0
    def get():
        return n
    def add(k):
        nonlocal n
        n += k
    return get, add
get, add = counter_pair()
add(5)
add(2)
print(get())
print(make_counter.__closure__, c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def compose(*fs):
    def composed(x):
        for fn in reversed(fs):
            x = fn(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
g = 100
def read_global():
    return g
def write_global():
    global g
    g = 200
print(read_global())
write_global()
print(read_global(), g)
def shadow():
    g = 1
    return g
print(shadow(), g)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
