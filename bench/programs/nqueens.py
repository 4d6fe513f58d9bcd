"""N-queens: count and fingerprint all solutions with recursive generators (yield from),
set membership tests and tuple building."""

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


from _harness import run

run(workload)
