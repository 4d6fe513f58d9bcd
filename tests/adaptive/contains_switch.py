# One `x in c` site fed dicts, sets, strs, lists, tuples, ranges and custom containers.
class Odd:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 1


class Truthy:
    def __contains__(self, x):
        return x  # result is converted with bool()


class IterOnly:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(0, self.n, 3))


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


def has(x, c):
    return x in c


def hasnt(x, c):
    return x not in c


containers = [
    {"a": 1, 3: 2, (1, 2): 3},
    {3, 4, 5, "a"},
    "xyz3a",
    [1, 3, "a", None],
    (3, "b"),
    range(0, 10, 3),
    Odd(),
    Truthy(),
    IterOnly(10),
    GetItemOnly(),
]
probes = ["a", 3, 4, 9, 0, "3", (1, 2), None]
for n, c in enumerate(containers):
    row = []
    for i in range(64):
        x = probes[i % len(probes)]
        try:
            r = has(x, c)
            assert r is (not hasnt(x, c))
            row.append("1" if r else "0")
        except TypeError:
            row.append("T")
    print(n, type(c).__name__, "".join(row[:8]), "".join(row).count("1"))

# switching container type every iteration at the specialized site
cycle = 0
for i in range(200):
    c = containers[i % len(containers)]
    try:
        cycle += has(3, c)
    except TypeError:
        cycle += 100
print("cycle:", cycle)

for x, c in [(3, "abc"), (None, "abc"), (b"a", "abc"), ([1], {1: 2}), ({1}, {1, 2}), ("a", 5), (1, Odd)]:
    try:
        print(has(x, c))
    except TypeError as e:
        print("TypeError:", e)
print(has("", "abc"), has("bc", "abc"), has("cb", "abc"), has(frozenset([1]), {frozenset([1])}), has(float("nan"), [float("nan")]))
n = float("nan")
print(has(n, [n]), has(n, (n,)), has(n, {n}), has(1.0, {1: 0}), has(True, [1]), has(2 ** 64, range(2 ** 65)))
