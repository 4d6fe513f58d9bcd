# enumerate() of lists and tuples runs in the fast path (creation, iter(), each step); other
# iterables, subclasses, start values, big counts and lists changing under the loop do not, or
# leave it, and must give the same results.


class MyEnum(enumerate):
    pass


def over(seq):
    total = 0
    pairs = []
    for i, x in enumerate(seq):
        total += i * x
        if i < 2:
            pairs.append((i, x))
    return total, pairs


for k in range(1500):
    a = over([3, 4, 5, k])
    b = over((1, 2, k))
    c = over(range(k % 5))
    d = over({7: 0, 8: 0})
print(a, b, c, d)


def words(seq, start):
    return [(i, w) for i, w in enumerate(seq, start)]


for k in range(1200):
    w1 = words(["a", "b"], k)
    w2 = words("xy", 2**70)
    w3 = words(("p", "q"), -k)
print(w1, w2, w3)

for k in range(1100):
    e = MyEnum([1, 2, 3])
    e.tag = k
    got = [(i, x) for i, x in e]
print(got, e.tag)

# A list that grows or shrinks while enumerated.
for k in range(1100):
    lst = [1, 2, 3]
    seen = []
    for i, x in enumerate(lst):
        seen.append(x)
        if i == 0 and k % 2:
            lst.append(99)
        if i == 1 and k % 3 == 0:
            lst.pop()
print(seen, lst)

# The same loop after the enumerate is exhausted, and one advanced by hand first.
for k in range(1100):
    e = enumerate([10, 20, 30])
    first = next(e)
    rest = [p for p in e]
    again = [p for p in e]
print(first, rest, again)

# Generators and iterators as the iterable, and an error inside the iterable.
def gen(n):
    for j in range(n):
        yield j * j
    raise ValueError("gen %d ended" % n)


for k in range(1100):
    try:
        for i, v in enumerate(gen(k % 4)):
            last = (i, v)
    except ValueError as exc:
        msg = str(exc)
print(last, msg)

try:
    enumerate(5)
except TypeError as exc:
    print(exc)
for k in range(1100):
    try:
        enumerate(k)
    except TypeError as exc:
        err = str(exc)
print(err)
