# container[i] = v sites on lists and dicts, then on subclasses and custom classes.
class Logged(list):
    log = []

    def __setitem__(self, i, v):
        Logged.log.append((i, v))
        list.__setitem__(self, i, v * 10)


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        r, c = key
        self.cells[r * 100 + c] = value

    def __getitem__(self, key):
        r, c = key
        return self.cells.get(r * 100 + c, ".")


class NoSet:
    def __getitem__(self, i):
        return i


def put(c, k, v):
    c[k] = v


lst = [0] * 10
for i in range(150):
    put(lst, i % 10, lst[i % 10] + i)
print("list:", lst)
for i in range(60):
    put(lst, -1 - (i % 10), i)
print("negative:", lst)
for idx in (10, -11, 2 ** 63, "1", 1.5):
    try:
        put(lst, idx, 0)
    except (IndexError, TypeError) as e:
        print(repr(idx), type(e).__name__ + ":", e)

d = {}
for i in range(120):
    key = ("s%d" % (i % 5)) if i < 60 else (i % 7 if i < 100 else (i % 3, "t"))
    put(d, key, d.get(key, 0) + 1)
print("dict:", sorted(d.items(), key=repr))
for k in ([1], {1: 2}):
    try:
        put(d, k, 1)
    except TypeError as e:
        print("TypeError:", e)

lg = Logged([1, 2, 3])
g = Grid()
targets = [lst, d, lg, g]
for i in range(100):
    t = targets[(i // 25) % 4] if i < 80 else targets[i % 4]
    if t is g:
        put(t, (i % 3, i % 4), i)
    elif t is d:
        put(t, "x", i)
    else:
        put(t, i % 3, i)
print("after mixing:", lst[:3], d["x"], list(lg), len(Logged.log), Logged.log[:2], Logged.log[-1])
print("grid:", [[g[r, c] for c in range(4)] for r in range(3)])
for bad in (NoSet(), (1, 2), "abc", 5, range(3)):
    try:
        put(bad, 0, 1)
    except TypeError as e:
        print("TypeError:", e)

# slices through the same site
s = list(range(10))
put(s, slice(2, 5), ["a"])
put(s, slice(None, None, 3), "WXYZ"[: len(s[::3])])
print(s)
try:
    put(s, slice(None, None, 2), [1, 2])
except ValueError as e:
    print("ValueError:", e)
