primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(sorted(primes & odds), sorted(primes - odds), sorted(odds - primes), sorted(primes | odds))
print(len(primes ^ odds), 2 in primes, 9 in primes, primes.isdisjoint({4, 6}))
seen = set()
dups = []
for n in [1, 4, 2, 4, 1, 7, 1]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(sorted(seen), dups)
print(len({x * x % 7 for x in range(100)}), sorted({x * x % 7 for x in range(100)}))
a = frozenset({1, 2})
b = frozenset({2, 1})
groups = {a: "first"}
groups[b] = "second"
print(groups, a == b)
print(sorted({frozenset({1}), frozenset({1}), frozenset({2})}, key=sorted))
words = "to be or not to be that is the question".split()
print(len(words), len(set(words)), sorted(set(words)) == sorted(dict.fromkeys(words)))
first_seen = list(dict.fromkeys(words))
print(first_seen)
s = set()
for i in range(20):
    s.add(i % 5)
print(s, len(s))
s.discard(0)
s -= {1}
print(s, min(s), max(s), sum(s))
print({1, 2, 3} == {3, 2, 1}, {1, 2} < {1, 2, 3}, set([1]) == frozenset([1]))
print(sorted(map(abs, {-3, 3, -1})), sorted(x for x in {5, 10, 15} if x > 5))
