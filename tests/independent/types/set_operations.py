# sets and frozensets of small ints: algebra, comparisons, mutation methods, repr and errors.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([10], (11,)), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference(range(3, 9)))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, {1, 2}.issubset([1, 2, 3]), a.issuperset([1, 2]), a.isdisjoint({9}))
print(set(), frozenset(), {0}, frozenset({3, 1, 2}), set("aaa"), set(range(5)), len({1, 1.0, True}))
print({1, 2} == frozenset({1, 2}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
s = set()
s.add(3)
s.add(3)
s.update([1, 2], {9})
print(s)
s.discard(42)
s.discard(9)
s.remove(1)
print(s, s.pop(), s)
s |= {7, 8}
s &= {2, 3, 7, 99}
s -= {7}
s ^= {3, 100}
print(s)
c = {5, 6, 7}
c.intersection_update({6, 7, 8})
c.difference_update([7])
c.symmetric_difference_update({6, 1})
print(c, c.copy(), c.copy() is c)
c.clear()
print(c, bool(c), bool({0}))
fs = frozenset([1, 2, 3])
lookup = {fs: "frozen", frozenset(): "empty"}
print(lookup[frozenset([3, 2, 1])], lookup[frozenset()], fs | {4}, fs - {1}, hash(frozenset()) == hash(frozenset([])))
def set_of(items):
    return set(items)


for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}, lambda: fs.add(4),
            lambda: {{1}}, lambda: set(1), lambda: {1} < [1], lambda: set_of([1])[0], lambda: set([1], [2])]:
    try:
        print(bad())
    except (KeyError, TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
seen, dups = set(), set()
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    (dups if n in seen else seen).add(n)
print(sorted(seen), sorted(dups))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes), len(primes), 47 in primes, 49 in primes)
print(sorted({x % 7 for x in range(30)}), {n for n in range(5)} == set(range(5)), max({3, 8, 1}), sum({1, 2, 3}))
print(sorted({10 ** 20, 10 ** 19, -(10 ** 20)}), sorted(frozenset({2 ** 70, 2 ** 65})))
