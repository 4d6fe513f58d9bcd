print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(lambda v: v % 2, range(7))), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
recs = [("bob", 3), ("amy", 1), ("cal", 3), ("dan", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(all([1, 1]), all([]), all([1, 0]), any([0, 0]), any([]), any(x > 2 for x in [1, 3]))
print(len([1]), len("abc"), len({}), len(range(5)), len(b"xy"), len((1, 2, 3)), len({1, 2}))
e = enumerate("xy")
print(next(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
