def f():
    y = 10
    return [x + y for x in range(3)]
print(f())
def g():
    res = [z := i * 2 for i in range(3)]
    return res, z
print(g())
i = 99
lst = [i for i in range(3)]
print(i)
gen = (j for j in range(3))
print("j" in globals())
def h():
    n = 1
    gen = (n * k for k in range(3))
    n = 5
    return list(gen)
print(h())
data = [3, 1, 2]
it = (d for d in data)
data = [9]
print(list(it))
rows = range(3)
print([[r * c for c in rows] for r in rows])
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(3)], count
print(counter())
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError:", e)
try:
    print(next(q for q in [1] if 1 / 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
res = {(a, b) for a in range(2) for b in range(2) if a != b}
print(sorted(res))
print({k: k for k in "aab"}, len({x: 1 for x in [1, 1.0, True]}))
print([x for x in range(3) if x if x > 1], [x for x in [[], [1], [2, 3]] for _ in x])
