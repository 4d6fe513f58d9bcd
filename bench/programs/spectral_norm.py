"""Spectral norm: power iteration on an implicit infinite matrix (float division, nested
loops, list comprehensions)."""

N = 400
ITERATIONS = 10


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def times_ata(v):
    return times_transposed(times(v))


def workload():
    u = [1.0] * N
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for x, y in zip(u, v):
        vbv += x * y
        vv += y * y
    return "spectral norm %.9f" % ((vbv / vv) ** 0.5)


from _harness import run

run(workload)
