# Every int operator on values around the 32- and 64-bit edges, run hot so that the fast path
# (Interpreter.fastPath, OperatorSpecializer.intHit) takes them, then checked against CPython.
vals = [0, 1, -1, 2, -2, 3, 7, -7, 63, 64, 65, 100, -100, 2**31, -2**31, 2**32 + 1, 2**62, -2**62,
        2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 3037000499, 3037000500, -3037000500, 4611686018427387904]
def run(n):
    out = []
    for _ in range(n):
        acc = 0
        for x in vals:
            for y in vals:
                r = [x + y, x - y, x * y, x & y, x | y, x ^ y]
                if y != 0:
                    r.append(x // y); r.append(x % y)
                if 0 <= y < 200:
                    r.append(x >> y); r.append(x << y)
                acc = acc ^ hash(tuple(r))
                out.append(r) if n == 1 else None
        out.append(acc)
    return out
res = run(1)
print(len(res), res[-1])
for row in res[:-1]:
    print(row)
print(run(30)[-1])
