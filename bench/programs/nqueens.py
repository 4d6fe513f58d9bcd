"""N-queens: count and fingerprint all solutions with recursive generators (yield from),
set membership tests and tuple building."""
import sys
try:
    from time import perf_counter
except ImportError:  # Ember has no time module yet; the runner then times the rep markers
    perf_counter = None

N = 11
ROUNDS = 6


def place(n, row, cols, diag1, diag2, board):
    if row == n:
        yield tuple(board)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        board.append(c)
        yield from place(n, row + 1, cols, diag1, diag2, board)
        board.pop()
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def solutions(n):
    return place(n, 0, set(), set(), set(), [])


def workload():
    count = 0
    fingerprint = 0
    for _ in range(ROUNDS):
        for sol in solutions(N):
            count += 1
            fingerprint = (fingerprint + sum(i * q for i, q in enumerate(sol))) % 1000003
    small = [sum(1 for _ in solutions(k)) for k in range(4, 8)]
    return "queens(%d): %d solutions, fingerprint %d, smaller %s" % (N, count, fingerprint, small)


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
