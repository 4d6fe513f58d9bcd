# One `for` site (inside a helper) iterating ranges, lists, tuples, dict views, generators, custom iterators.
def consume(it, limit=None):
    n = 0
    first = last = None
    for x in it:
        if n == 0:
            first = x
        last = x
        n += 1
        if limit is not None and n >= limit:
            break
    return n, first, last


def gen(n):
    for i in range(n):
        yield i * i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return "s%d" % i


BIG = 2 ** 63
d = {"a": 1, "b": 2, 3: "c"}
sources = [
    lambda: range(60),
    lambda: range(10, -50, -3),
    lambda: range(BIG - 3, BIG + 3),
    lambda: range(-BIG - 2, -BIG + 2),
    lambda: range(BIG, -BIG, -(2 ** 62)),
    lambda: range(0),
    lambda: list(range(50)),
    lambda: tuple("abcdefgh"),
    lambda: "string",
    lambda: d,
    lambda: d.keys(),
    lambda: d.values(),
    lambda: d.items(),
    lambda: gen(40),
    lambda: (c for c in "xyz"),
    lambda: Countdown(30),
    lambda: Seq(),
    lambda: iter([1, 2, 3]),
    lambda: reversed([1, 2, 3]),
    lambda: enumerate("ab", 5),
    lambda: zip([1, 2, 3], "ab"),
    lambda: map(abs, [-1, -2]),
    lambda: {5, 1, 3},
    lambda: bytes([7, 8]),
]
for rep in range(3):
    for k, make in enumerate(sources):
        r = consume(make())
        if rep == 2:
            print(k, r)

# early break on generators leaves them resumable; exhausted ones stay exhausted
g = gen(10)
print(consume(g, 3), consume(g, 3), consume(g), consume(g))
cd = Countdown(5)
print(consume(cd, 2), consume(cd), consume(cd))
it = iter(range(BIG - 2, BIG + 2))
print(consume(it, 2), consume(it), consume(it))

for bad in (5, None, Countdown, 2.5):
    try:
        consume(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    consume(BadIter())
except TypeError as e:
    print("TypeError:", e)
print(len(range(BIG - 3, BIG + 3)), range(-BIG, BIG, 2 ** 62)[-1], range(10, -50, -3)[5])
