# `a, b = x` / `a, b, c = x` / starred sites fed tuples, lists, strs, generators, wrong lengths.
def two(x):
    a, b = x
    return a, b


def three(x):
    a, b, c = x
    return a, b, c


def starred(x):
    first, *mid, last = x
    return first, mid, last


def head(x):
    h, *t = x
    return h, len(t)


def gen(n):
    yield from range(n)


class Pair:
    def __iter__(self):
        yield "p"
        yield "q"


def sources(i):
    k = i // 20
    return [(i, -i), [i, i * 2], "xy", gen(2), {"k": 1, "v": 2}, Pair(), range(2), (i, i, i), [i], "", iter([7, 8])][k % 11]


res = []
errs = {}
for i in range(220):
    x = sources(i)
    try:
        res.append(two(x))
    except ValueError as e:
        errs[str(e)] = errs.get(str(e), 0) + 1
    except TypeError as e:
        errs["TypeError: " + str(e)] = errs.get("TypeError: " + str(e), 0) + 1
print([res[k] for k in (0, 19, 20, 40, 60, 80, 100, 120)], len(res))
for msg in sorted(errs):
    print(" ", msg, errs[msg])

for x in [(1, 2, 3), [1, 2], "ab", "abcd", gen(3), gen(5), range(1), (), "abc"]:
    out = []
    for fn in (three, starred, head):
        try:
            out.append(fn(x if not hasattr(x, "__next__") else gen(3)))
        except ValueError as e:
            out.append("VE: " + str(e))
    print(repr(x) if not hasattr(x, "__next__") else "gen", out)

for bad in (5, None, 3.5):
    try:
        two(bad)
    except TypeError as e:
        print("TypeError:", e)

# swapping through the unpack sites in a hot loop; big ints and nested targets
a, b = 1, 2 ** 64
for i in range(101):
    a, b = b, a
print(a == 2 ** 64, b)
acc = 0
for (p, q), r in [((i, i + 1), i * 2) for i in range(80)] + [("ab", 0)]:
    acc += r if isinstance(p, int) else 1000
print(acc, p, q)
try:
    for (p, q), r in [((1, 2), 3), ((1, 2, 3), 4)]:
        pass
except ValueError as e:
    print("nested:", e)
*init, tail = range(5)
x, *y = "a"
print(init, tail, x, y)
d = {}
for i in range(60):
    d["k%d" % (i % 3)], n = i, i % 2
print(sorted(d.items()), n)
