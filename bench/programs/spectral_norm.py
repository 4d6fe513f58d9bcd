"""Spectral norm: power iteration on an implicit infinite matrix (float division, nested
loops, list comprehensions)."""
import sys
try:
    from time import perf_counter
except ImportError:  # Ember has no time module yet; the runner then times the rep markers
    perf_counter = None

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


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    result = None
    for i in range(reps):
        t0 = perf_counter() if perf_counter is not None else 0.0
        r = workload()
        if reps > 1:
            if perf_counter is not None:
                sys.stderr.write("rep %d %.6f\n" % (i + 1, perf_counter() - t0))
            else:
                sys.stderr.write("rep %d -\n" % (i + 1))
            sys.stderr.flush()
        if result is not None and r != result:
            raise AssertionError("repetition %d gave %r, expected %r" % (i + 1, r, result))
        result = r
    print(result)


main()
