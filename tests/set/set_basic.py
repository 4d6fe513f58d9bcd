s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, sorted(s))
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [6]), a.intersection([1, 2], (2,)), a.difference([1]), a.symmetric_difference([1, 6]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint({7}), a.isdisjoint(b), {1} == {1}, {1} != {1, 2}, set() == frozenset())
c = set(a)
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {7}
print(sorted(c))
c.update([8], (9,))
c.intersection_update(range(9))
print(sorted(c))
c.difference_update([1])
c.symmetric_difference_update([0])
print(sorted(c), c.pop() in {0, 7, 8, 100}, len(c))
c.clear()
print(c, set(), set("aa") == {"a"}, set([1, 1, 2]), set(range(5)))
f = frozenset([1, 2, 3])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([3, 2, 1])))
print({f: "frozen"}[frozenset({1, 2, 3})], frozenset(), frozenset() == set())
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print({x % 3 for x in range(10)}, {1, 2} | {True}, {0, False, 0.0})
s2 = {-1, -5, 10, 0}
print(sorted(s2), min(s2), max(s2), sum(s2))
e = {1, 2, 3}
try:
    for x in e:
        e.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(repr(set()), repr(frozenset({1})), str({5}))
