"""Pi digits: the unbounded spigot algorithm with arbitrary-precision integers (big-int
multiply, add and floor division dominate)."""

DIGITS = 5500


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def workload():
    digits = pi_digits(DIGITS)
    s = "".join([str(d) for d in digits])
    total = 0
    for d in digits:
        total += d
    return "pi: %s...%s digit sum %d" % (s[:12], s[-12:], total)


from _harness import run

run(workload)
