"""Generator pipelines: chains of generator functions and generator expressions (produce,
filter, map, window, group) consumed by sum/max/any and for-loops."""

COUNT = 1500000


def numbers(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        yield x >> 16


def only_odd(xs):
    for x in xs:
        if x & 1:
            yield x


def scaled(xs, k):
    for x in xs:
        yield (x * k) % 10007


def pairs(xs):
    it = iter(xs)
    for a in it:
        b = next(it, None)
        if b is None:
            return
        yield a, b


def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == size:
            yield buf[0] + buf[-1], max(buf)
            del buf[0]


def runs(xs):
    """Lengths of maximal increasing runs."""
    prev = None
    length = 0
    for x in xs:
        if prev is not None and x > prev:
            length += 1
        else:
            if length:
                yield length
            length = 1
        prev = x
    if length:
        yield length


def workload():
    a = sum(scaled(only_odd(numbers(COUNT, 1)), 31))
    b = sum(x * y % 97 for x, y in pairs(numbers(COUNT, 2)))
    c = max(s - m for s, m in windows(scaled(numbers(COUNT // 2, 3), 7), 5))
    r = list(runs(numbers(COUNT, 4)))
    d = (len(r), max(r), sum(1 for x in r if x > 3))
    e = any(x == 12345 for x in numbers(COUNT, 5))
    return "generators: %d %d %d %s %s" % (a, b, c, d, e)


from _harness import run

run(workload)
