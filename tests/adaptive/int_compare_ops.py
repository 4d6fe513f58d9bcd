# Hot int comparisons (specialized, fused with the jump that follows or producing a bool) give
# CPython's answer for every operator, for equal, smaller and larger operands of both signs, for
# ints beyond 64 bits, and when an operand turns into a float or a bool mid-loop.
pairs = [(0, 0), (1, 2), (2, 1), (-3, -3), (-5, 4), (4, -5), (2**62, 2**62 + 1), (-2**63, 2**63 - 1),
         (2**64, 2**64), (2**70, -2**70), (7, 7.0), (True, 1), (3, 2.5)]


def jumps(a, b):
    out = 0
    for _ in range(40):
        if a < b:
            out += 1
        if a <= b:
            out += 2
        if a == b:
            out += 4
        if a != b:
            out += 8
        if a > b:
            out += 16
        if a >= b:
            out += 32
    return out // 40


def values(a, b):
    out = []
    for _ in range(40):
        out = [a < b, a <= b, a == b, a != b, a > b, a >= b]
    return out


for a, b in pairs:
    print(a, b, jumps(a, b), values(a, b))
