"""Board-game search: Monte-Carlo evaluation of opening moves on a small Go board. Each
candidate move is scored by random playouts with captures (flood-fill group liberties), a
no-suicide rule, eye avoidance and area scoring; a home-made LCG supplies the randomness."""

SIZE = 7
MOVES = 3
PLAYOUTS = 4
EMPTY, BLACK, WHITE = 0, 1, 2


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 10) % n


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.neighbours = []
        for p in range(size * size):
            r, c = divmod(p, size)
            ns = []
            if r > 0:
                ns.append(p - size)
            if r < size - 1:
                ns.append(p + size)
            if c > 0:
                ns.append(p - 1)
            if c < size - 1:
                ns.append(p + 1)
            self.neighbours.append(ns)
        self.captures = [0, 0, 0]

    def copy(self):
        b = Board.__new__(Board)
        b.size = self.size
        b.cells = self.cells[:]
        b.neighbours = self.neighbours
        b.captures = self.captures[:]
        return b

    def group(self, p):
        colour = self.cells[p]
        stones = [p]
        seen = {p}
        liberties = 0
        libs_seen = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in self.neighbours[q]:
                v = self.cells[n]
                if v == colour:
                    if n not in seen:
                        seen.add(n)
                        stones.append(n)
                elif v == EMPTY and n not in libs_seen:
                    libs_seen.add(n)
                    liberties += 1
        return stones, liberties

    def is_eye(self, p, colour):
        for n in self.neighbours[p]:
            if self.cells[n] != colour:
                return False
        return True

    def play(self, p, colour):
        """Place a stone; return False (board unchanged) if the move is suicide."""
        cells = self.cells
        other = 3 - colour
        cells[p] = colour
        captured = 0
        for n in self.neighbours[p]:
            if cells[n] == other:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured += len(stones)
        if captured == 0:
            stones, libs = self.group(p)
            if libs == 0:
                cells[p] = EMPTY
                return False
        self.captures[colour] += captured
        return True

    def score(self):
        """Area score from black's view: stones plus empty points bordered by one colour."""
        total = 0
        for p in range(len(self.cells)):
            v = self.cells[p]
            if v == BLACK:
                total += 1
            elif v == WHITE:
                total -= 1
            else:
                seen_b = seen_w = False
                for n in self.neighbours[p]:
                    if self.cells[n] == BLACK:
                        seen_b = True
                    elif self.cells[n] == WHITE:
                        seen_w = True
                if seen_b and not seen_w:
                    total += 1
                elif seen_w and not seen_b:
                    total -= 1
        return total


def playout(board, colour, rng):
    passes = 0
    moves = 0
    limit = board.size * board.size * 3
    while passes < 2 and moves < limit:
        empties = [p for p in range(len(board.cells)) if board.cells[p] == EMPTY]
        played = False
        while empties:
            k = rng.below(len(empties))
            p = empties[k]
            empties[k] = empties[-1]
            empties.pop()
            if board.is_eye(p, colour):
                continue
            if board.play(p, colour):
                played = True
                break
        passes = 0 if played else passes + 1
        moves += 1
        colour = 3 - colour
    return board.score()


def best_move(board, colour, rng):
    best = None
    best_value = None
    for p in range(len(board.cells)):
        if board.cells[p] != EMPTY:
            continue
        value = 0
        for _ in range(PLAYOUTS):
            b = board.copy()
            if not b.play(p, colour):
                value = None
                break
            s = playout(b, 3 - colour, rng)
            value += s if colour == BLACK else -s
        if value is not None and (best_value is None or value > best_value):
            best_value = value
            best = p
    return best, best_value


def workload():
    rng = Lcg(2024)
    board = Board(SIZE)
    colour = BLACK
    record = []
    for _ in range(MOVES):
        p, v = best_move(board, colour, rng)
        board.play(p, colour)
        record.append("%s%d%d:%d" % ("BW"[colour - 1], p // SIZE, p % SIZE, v))
        colour = 3 - colour
    return "go %dx%d: %s score %d" % (SIZE, SIZE, " ".join(record), board.score())


from _harness import run

run(workload)
