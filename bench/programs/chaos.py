"""Chaos game: iterate randomly chosen affine maps (a fern-like IFS) with a home-made linear
congruential generator and count hits on a grid (float multiply-add, int truncation)."""

POINTS = 1500000
SIZE = 64

# (probability threshold out of 1000, a, b, c, d, e, f): x' = a x + b y + e, y' = c x + d y + f
MAPS = [
    (10, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
    (860, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
    (930, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
    (1000, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


def workload():
    rng = Lcg(42)
    grid = [[0] * SIZE for _ in range(SIZE)]
    x = 0.0
    y = 0.0
    for _ in range(POINTS):
        r = rng.below(1000)
        for limit, a, b, c, d, e, f in MAPS:
            if r < limit:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        col = int((x + 2.75) / 5.5 * SIZE)
        row = int(y / 10.1 * SIZE)
        if 0 <= col < SIZE and 0 <= row < SIZE:
            grid[row][col] += 1
    filled = 0
    checksum = 0
    for i, line in enumerate(grid):
        for j, n in enumerate(line):
            if n:
                filled += 1
                checksum = (checksum * 31 + n * (i * SIZE + j + 1)) % 1000000007
    return "chaos: %d cells filled, checksum %d, last point %.6f %.6f" % (filled, checksum, x, y)


from _harness import run

run(workload)
