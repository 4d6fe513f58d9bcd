# Hot int arithmetic sites whose operands cross the signed 64-bit range and come back.
LIM = 2 ** 63


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def fdiv(a, b): return a // b
def mod(a, b): return a % b
def shl(a, b): return a << b
def shr(a, b): return a >> b
def neg(a): return -a


# + crossing 2**63 upwards, then back down with -
x = LIM - 100
for i in range(200):
    prev = x
    x = add(x, 1)
    if prev < LIM <= x:
        print("up: crossed at", i, x)
print("up: final", x, x - LIM, type(x).__name__)
for i in range(200):
    x = sub(x, 1)
print("back:", x, x == LIM - 100)

# - crossing -2**63 downwards; negation of -2**63
y = -LIM + 50
for i in range(120):
    y = sub(y, 1)
print("down:", y, y + LIM, neg(-LIM) == LIM, neg(neg(-LIM)))

# * growing past 64 bits, then shrinking again with //
p = 1
marks = []
for i in range(100):
    p = mul(p, 3)
    if i in (38, 39, 40, 41, 99):
        marks.append((i, p.bit_length()))
print("mul:", marks, p % 1000003)
for i in range(100):
    p = fdiv(p, 3)
print("div back:", p)
print("mul edge:", mul(-LIM, -1), mul(LIM - 1, 2), mul(-(2 ** 32), 2 ** 31) == -LIM, mul(2 ** 32, -(2 ** 31)))

# floor division and modulo sign rules, small and huge operands at the same sites
vals = [7, -7, 3, -3, LIM + 5, -LIM - 5, 2 ** 100 + 1, -(2 ** 100) - 1]
rows = []
for a in vals:
    for b in vals[:4] + [LIM - 1, -LIM]:
        q, r = fdiv(a, b), mod(a, b)
        ok = q * b + r == a and (r == 0 or (r < 0) == (b < 0))
        rows.append(ok)
        if abs(a) < 10 and abs(b) < 10:
            print("divmod", a, b, q, r)
print("all floor identities:", all(rows), len(rows))
print("huge:", fdiv(2 ** 100 + 1, -3), mod(2 ** 100 + 1, -3), fdiv(-LIM, -1), mod(-LIM, -1))
for b in (5, 0, -5):
    for op in (fdiv, mod):
        try:
            print(op.__name__, 10 ** 20, b, op(10 ** 20, b))
        except ZeroDivisionError as e:
            print(op.__name__, "ZeroDivisionError:", e)

# shifts: counts from 0 to 130, then negative and huge counts
s = 0
for k in range(131):
    s += shl(1, k) >> k
    if shl(1, k) != 2 ** k:
        print("bad shift", k)
print("shl sum:", s, shl(-3, 70), shl(LIM - 1, 1), shr(-(2 ** 100), 99), shr(-1, 5))
for k in (3, 64, 2 ** 100, -1, -(2 ** 70)):
    for op in (shl, shr):
        try:
            if op is shl and k > 100:
                print(op.__name__, k, "skip")
                continue
            print(op.__name__, k, op(-12345, k), op(0, k))
        except ValueError as e:
            print(op.__name__, k, "ValueError:", e)
print("right huge:", shr(2 ** 200, 2 ** 100), shr(-(2 ** 200), 2 ** 100), shl(0, 2 ** 100))
