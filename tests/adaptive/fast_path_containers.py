# The fast path's container forms (Interpreter.fastPath): `in` on dicts and sets, dict
# subscripts and stores of existing keys, list.append, comprehension appends, iter() of lists and
# tuples, n-item unpacking, tuple building, truth of builtin containers and mixed int/float
# arithmetic. Each runs hot with what the fast path takes, then meets what it must hand to the
# general path: equal keys of other types, hash collisions, keys with their own __eq__, unhashable
# keys, subclasses, missing keys, wrong lengths. Results and errors must be CPython's.


class Key:
    """Hashes like the int it wraps and compares equal to it."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v

    def __repr__(self):
        return "Key(%r)" % self.v


class StrSub(str):
    pass


class IntSub(int):
    pass


def membership(container, probes):
    out = []
    for p in probes:
        out.append(p in container)
        out.append(p not in container)
    return out


s = {1, 2, 3, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 70, "a", "bb", ""}
probes = [1, 4, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 70, "a", "b", "", 2, 3] * 20
print(membership(s, probes)[-24:])
# equal keys of other types, hash collisions, keys with their own __eq__
print(membership(s, [1.0, True, 2.0, Key(1), Key(5), StrSub("a"), IntSub(3), 0.5, None]))
print(membership(frozenset(s), probes)[:8], membership(frozenset({1.0, 2.5}), [1, 2, 2.5]))
print(membership({True, 0.0, Key(7)}, [1, 0, False, 7, 8]))
d = {"x": 1, "y": 2, 7: "seven", -1: "m1", -2: "m2"}
print(membership(d, ["x", "z", 7, 8, -1, -2, "y"] * 20)[-14:])
print(membership(d, [7.0, Key(7), StrSub("x"), True]))
try:
    print([1] in s)
except TypeError as e:
    print("TypeError:", e)
try:
    print({} in d)
except TypeError as e:
    print("TypeError:", e)


def subscripts(d, keys):
    out = []
    for k in keys:
        try:
            out.append(d[k])
        except KeyError as e:
            out.append("KeyError %r" % (e.args,))
    return out


print(subscripts(d, ["x", "y", 7, -1, -2] * 30)[-5:])
print(subscripts(d, ["q", 7.0, Key(-1), StrSub("y"), 2 ** 64, -3]))


class Missing(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


print(subscripts(Missing(a=1), ["a", "b"]))


def stores(d, keys):
    for i, k in enumerate(keys):
        d[k] = i
    return d


print(stores({"a": 0, "b": 0, 1: 0}, ["a", "b", 1] * 40))
print(stores({"a": 0, 1: 0}, ["a", 1, 1.0, "c", True, StrSub("a"), 2 ** 65]))
e = {"k": 1, "j": 2}
try:
    for k in e:
        e[k] = 5  # replacing values while iterating is allowed
        e["new"] = 1
except RuntimeError as err:
    print("RuntimeError:", err, sorted(e.items()))


def appends(lists, n):
    out = []
    for lst in lists:
        for i in range(n):
            lst.append(i)
        out.append(len(lst))
    return out


class LoudList(list):
    def append(self, x):
        list.append(self, -x)


big_list = []
print(appends([[], [1, 2], big_list, LoudList()], 50), big_list[:3], big_list[-2:])
ll = LoudList()
appends([ll], 3)
print(ll)
try:
    [].append(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    [].append()
except TypeError as err:
    print("TypeError:", err)


def set_ops(s, adds, discards):
    for x in adds:
        s.add(x)
    for x in discards:
        s.discard(x)
    return s


# set.add / set.discard of ints: growing, deleted slots reused, the same iteration order as CPython
s1 = set()
for r in range(30):
    set_ops(s1, range(r, r + 9), range(r, r + 5))
print(s1, len(s1))
s2 = set_ops(set(), [-1, -2, 2 ** 61, 2 ** 61 - 1, 2 ** 70, 0, 8, 16, 24], [16, 2 ** 70])
print(s2)
print(sorted(set_ops({"a", "b"}, ["c", "a", "dd"] * 30, ["b", "zz"])))
print(set_ops({1, 2}, [1.0, True, Key(2), 3.5, IntSub(7)], [2.0, Key(1)]))
fs = frozenset({1})
try:
    set_ops(fs, [2], [])
except AttributeError as err:
    print("AttributeError:", err)
try:
    set_ops(set(), [[1]], [])
except TypeError as err:
    print("TypeError:", err)
try:
    set_ops({1}, [], [{}])
except TypeError as err:
    print("TypeError:", err)


class LoudSet(set):
    def add(self, x):
        set.add(self, x * 10)


print(set_ops(LoudSet(), [1, 2, 3] * 20, [20]))


def pops(lists, n):
    out = []
    for lst in lists:
        for i in range(n):
            out.append(lst.pop())
    return out


class LoudPop(list):
    def pop(self, i=-1):
        return ("popped", list.pop(self, i))


print(pops([list(range(40)), [7, 8]], 2), pops([LoudPop([1, 2])], 2))
for bad in ([[1] * 40], [(1, 2)], [[]]):
    try:
        print(len(pops(bad * 1, 40)))
    except (IndexError, AttributeError) as err:
        print(type(err).__name__ + ":", err)
try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)


def gets(d, keys):
    out = []
    for k in keys:
        out.append(d.get(k))
        out.append(d.get(k, "dflt"))
    return out


class LoudGet(dict):
    def get(self, k, default=None):
        return ("got", k, default)


print(gets({"a": 1, 2: "two", -1: None}, ["a", 2, -1, "b", 3] * 20)[-10:])
print(gets({1: "one", "s": "S"}, [1.0, True, StrSub("s"), Key(1), 2 ** 70, None]))
print(gets(LoudGet(a=1), ["a"]), gets(Missing(a=1), ["a", "b"]))
try:
    gets({}, [[1]])
except TypeError as err:
    print("TypeError:", err)
for args in ((), (1, 2, 3)):
    try:
        {}.get(*args)
    except TypeError as err:
        print("TypeError:", err)


def comprehension(rows):
    return [[x * 2 for x in row] for row in rows]


print(comprehension([range(i) for i in range(12)])[-1])


class Rev(list):
    def __iter__(self):
        return reversed(list(list.__iter__(self)))


def iterate(seqs):
    out = []
    for s in seqs:
        for x in s:
            out.append(x)
    return out


print(iterate([[1, 2], (3, 4)] * 30)[-4:], iterate([Rev([1, 2, 3]), (5,), "ab", {9: 0}]))


def unpack(items):
    out = []
    for it in items:
        a, b, c = it
        out.append(a - b + c)
    return out


print(unpack([(1, 2, 3), [4, 5, 6]] * 40)[-2:])
for bad in ([(1, 2, 3)] * 40 + [(1, 2)], [[1, 2, 3]] * 40 + [[1, 2, 3, 4]], [(1, 2, 3)] * 40 + [Rev([7, 8, 9])]):
    try:
        print(unpack(bad)[-1])
    except ValueError as err:
        print("ValueError:", err)


def tuples(n):
    out = []
    for i in range(n):
        out.append((i, i + 1, (i,)))
    return out


print(tuples(60)[-1], tuples(0))


def truth(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
        while v:
            break
    return out


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class ListNo(list):
    def __bool__(self):
        return False


print(truth(["", "a", [], [0], (), (0,), {}, {0: 0}, None, 0, 7, 2 ** 80] * 10)[-12:])
print(truth([ListNo([1]), StrSub(""), Sized(0), Sized(3), 0.0, 1.5, IntSub(0)]))
try:
    truth([Sized(-1)])
except ValueError as err:
    print("ValueError:", err)


def mixed(pairs):
    out = []
    for a, b in pairs:
        out.append((a + b, a - b, a * b, a / b))
    return out


print(mixed([(1.5, 2), (3, 0.25), (-7, 2.0)] * 30)[-3:])
print(mixed([(2 ** 53 + 1, 1.0), (1.0, 2 ** 60 + 1), (10 ** 30, 3.0), (True, 2.0), (1.0, IntSub(3))]))
for a, b in ((1.5, 0), (0, 0.0)):
    try:
        mixed([(a, b)])
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)


def closures(n):
    total = 0
    for i in range(n):
        def f():
            return i + total
        total = f()
        pass
    return total


print(closures(100))


# Global caches are made for one globals dict; the same code run by exec() with other globals
# must read those (the fast path runs only frames with the caches' globals).
G = 10
OUT = []


def put_global():
    for i in range(3):
        OUT.append(G + len("ab"))


for _ in range(100):
    put_global()
other = {"G": 1000, "len": lambda s: -1, "OUT": []}
exec(put_global.__code__, other)
print(OUT[-3:], other["OUT"])
del OUT[:]
for env in ({"G": 1, "OUT": []}, globals(), {"G": 2, "OUT": [], "len": len}):
    for _ in range(40):
        exec(put_global.__code__, env)
    print(env["OUT"][-3:], len(env["OUT"]))
put_global()
print(OUT[-3:])
