def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)), sum(count_up(101)))
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
g = lazy()
print("created")
for v in g:
    print("got", v)
print(iter(g) is g, list(g))
gen_exp = (x * x for x in range(5))
print(next(gen_exp), list(gen_exp), list(gen_exp))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
def empty():
    return
    yield
print(list(empty()))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in gen_in_gen()])
g = count_up(2)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
def running():
    yield gself.gi_running
gself = running()
print(next(gself))
