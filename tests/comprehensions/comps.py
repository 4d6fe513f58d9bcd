print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(list(x + 1 for x in range(3)))
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
x = "outer x"
print([x for x in range(3)], x)
print(sum(i * i for i in range(10)))
print(sorted({w.lower() for w in "The the THE a A".split()}))
print([i for i in range(3)] == list(range(3)))
print({i: [j for j in range(i)] for i in range(4)})
print([(lambda v: v * i)(2) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print(dict((k, len(k)) for k in ["aa", "b"]))
print([*(x for x in "ab"), *[1]])
print(type(x for x in []).__name__, type([x for x in []]).__name__)
print([a + b for a, b in [(1, 2), (3, 4)]], [t for *_, t in [(1, 2, 3)]])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    k = 10
    try:
        bad = [v * k for v in vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
print([(i, j) for i in range(2) for j in "ab"][-1])
