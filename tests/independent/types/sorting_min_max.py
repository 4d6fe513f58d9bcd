# sorted/list.sort stability, key and reverse interplay; min/max with key/default and their errors.

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0], reverse=True))
print(sorted(records), sorted(records, reverse=True)[:2])
print(sorted("Banana"), sorted("banana", reverse=True), sorted([3, 1, 2], key=None), sorted([], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), sorted(range(5), key=lambda x: -x))
print(sorted([1.5, -2, 3, True, 0.5]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted(["a10", "a2", "a1", "b"], key=lambda s: (s[0], int(s[1:] or 0))))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -3, 3], key=abs), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
xs = [5, 2, 8, 2, 9]
res = xs.sort()
print(res, xs)

print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("bca"), max([1, 2], [1, 3]), min((2, "a"), (2, "b")))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([], default=None))
print(max([1, 3, 3, 2], key=lambda x: x % 3), max(["aa", "bb", "a"], key=len), min(["aa", "bb"], key=len))
print(max(range(10), key=lambda n: (n % 4, -n)), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get), max(iter([4, 8]), default=0))
print(max(1, 2.5), max(2.5, 3), min(True, 0.5), max([0, -0.0]), min(-0.0, 0), max(float("nan"), 1), max(1, float("nan")))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: min([], key=len), lambda: max(1, 2, default=0),
            lambda: max([1, "a"]), lambda: sorted([1, 2], lambda x: x), lambda: min(1, 2, key=None, foo=1),
            lambda: sorted(5), lambda: [2, 1].sort(reversed=True)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(max(vs, key=lambda v: v.text), Version("1") > Version("2"), Version("3") > Version("2"))
try:
    print(Version("1") <= Version("2"))
except TypeError as e:
    print("TypeError:", e)
