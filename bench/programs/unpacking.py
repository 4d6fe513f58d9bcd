"""Tuple unpacking: swaps, rotations, starred assignment, nested targets, multiple return
values and enumerate/zip/dict.items loops."""

ROUNDS = 400
N = 2000


def min_max_sum(xs):
    lo = hi = xs[0]
    total = 0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += x
    return lo, hi, total


def rotate(a, b, c, d):
    return b, c, d, a


def workload():
    checksum = 0
    for r in range(ROUNDS):
        a, b, c, d = r, r + 1, r + 2, r + 3
        for _ in range(N):
            a, b, c, d = rotate(a, b, c, d)
            a, b = b, a
            c, d = d + 1, c
        checksum += a * 3 + b * 5 + c * 7 + d
        points = [(i, (i * 7) % 13, (i * 11) % 17) for i in range(N)]
        sx = sy = sz = 0
        for x, y, z in points:
            sx, sy, sz = sx + x, sy + y * z, sz + (x ^ z)
        checksum += sx + sy + sz
        first, *middle, last = [p[1] for p in points]
        checksum += first + last + len(middle)
        nested = [((i, i + 1), (i * 2, (i * 3, i % 5))) for i in range(N)]
        acc = 0
        for (p, q), (s, (t, u)) in nested:
            acc += p - q + s - t + u
        checksum += acc
        lo, hi, total = min_max_sum([y for _, y, _ in points])
        checksum += lo + hi + total
        table = dict((i, (i % 3, i % 4)) for i in range(0, N, 3))
        for k, (m3, m4) in table.items():
            checksum += k * m3 - m4
        for i, (x, _, z) in enumerate(points[::7]):
            checksum += i * x - z
        for u, v in zip(range(N), range(N, 0, -1)):
            checksum ^= u * v
    return "unpacking: checksum %d" % checksum


from _harness import run

run(workload)
