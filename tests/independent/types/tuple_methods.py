# tuples: construction and repr, count/index, immutability errors, comparisons, hashing, nesting.

print((), (1,), (1, 2), tuple(), tuple("abc"), tuple([1, [2]]), tuple(range(3)), tuple({3: "x"}))
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(1, 2), t.index(5, 5, 9), len(t), min(t), max(t), sum(t))
print(t[2:5], t[::-1][:3], t[-1], t + (0,), (0,) * 3, (1, 2) * 2, 5 in t, 8 not in t)
print((1, 2) < (1, 2, 3), (1, 3) > (1, 2, 99), (2,) > (1, 100), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[1, 2], len({(1, 2), (1, 2), (2, 1)}))
a, = (42,)
print(a, (1), ((1,)), ((),), (((),),), type((1)).__name__, type((1,)).__name__)
nested = (1, [2, 3], {"k": (4,)})
nested[1].append(99)
print(nested)


def assign_item():
    t[0] = 9


def delete_item():
    del t[0]


for bad in [assign_item, delete_item, lambda: (1, 2) + [3], lambda: t.index(7),
            lambda: t[20], lambda: hash((1, [2])), lambda: (1, 2) < (1, "x"), lambda: t.append(1),
            lambda: tuple(5), lambda: t["0"]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    nested[1] += [100]
except TypeError as e:
    print("TypeError:", e)
print(nested)
point = (3, 4)
x, y = point
print(f"{x=} {y=}", point[::-1], (*point, 5))
records = [("bob", 25), ("ann", 30), ("cy", 25)]
print(sorted(records, key=lambda r: (r[1], r[0])), sorted(records))
print(tuple(sorted({5, 3, 1})), tuple(map(str, (1, 2))), tuple(x * 2 for x in (1, 2, 3)))
print(repr((1.0, "s", None, True, b"b", (2,), [3], {4: 5})))
pairs = tuple(zip("abc", range(3)))
print(pairs, dict(pairs), tuple(enumerate("xy", 1)))
print((1, 2, 3)[1:], (1, 2, 3)[5:], (1, 2, 3)[-5:], (1, 2, 3)[::2])
