# Float arithmetic and comparison sites that see zeros, nans, infinities and huge ints.
def add(a, b): return a + b
def mul(a, b): return a * b
def div(a, b): return a / b
def fdiv(a, b): return a // b
def mod(a, b): return a % b
def cmp_all(a, b): return (a < b, a <= b, a == b, a != b, a > b, a >= b)


x = 1.0
for i in range(120):
    x = add(mul(x, 0.5), 1.0)
print("converges:", x, x == 2.0)
t = 0.0
for i in range(100):
    t = add(t, 0.125 if i % 2 else i)
print("sum:", t, type(t).__name__)

for b in [2.0, 0.5, -4.0, 3, True, 0.0, -0.0, 0, False]:
    out = []
    for op in (div, fdiv, mod):
        try:
            out.append(repr(op(7.5, b)))
        except ZeroDivisionError as e:
            out.append("ZDE(" + str(e) + ")")
    print("7.5 by", repr(b), out)
for a, b in [(7, 0), (7, 0.0), (-0.0, 0)]:
    for op in (div, fdiv, mod):
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(repr(a), op.__name__, repr(b), "->", e)

inf = float("inf")
nan = float("nan")
specials = [1.0, -1.0, 0.0, -0.0, inf, -inf, nan, 2 ** 100, -(2 ** 100), 2 ** 1100]
lines = []
for a in specials:
    bits = ""
    for b in specials:
        bits += "".join("1" if r else "0" for r in cmp_all(a, b)) + " "
    lines.append(bits)
for a, line in zip(specials, lines):
    print(repr(a) if not isinstance(a, int) or a < 2 ** 60 else ("int2^%d" % a.bit_length()), line)

big = 2 ** 100
print("huge vs float:", big == float(big), big + 1 == float(big), big + 1 > float(big), cmp_all(2 ** 53 + 1, 2.0 ** 53))
print("beyond float range:", 2 ** 1100 > 1e308, 2 ** 1100 < inf, -(2 ** 1100) > -inf, (2 ** 1100) == inf, nan == nan, nan != nan)

# signed zeros through hot sites
z = -0.0
reprs = []
for i in range(80):
    z = mul(z, 1.0) if i % 3 else add(z, -0.0)
    if i % 20 == 0:
        reprs.append(repr(z))
print("neg zero:", reprs, repr(add(-0.0, 0.0)), repr(mul(-0.0, -1)), repr(fdiv(-0.0, 1)), repr(mod(-0.0, 1)), -0.0 == 0.0)
print("mod signs:", mod(5.0, -3), mod(-5.0, 3), fdiv(-5.0, 3), fdiv(5, -3.0), mod(-1e-300, 1.0), mod(1e-300, -1.0))
print("inf arith:", add(inf, -inf), mul(inf, 0.0), div(1.0, inf), repr(div(-1.0, inf)), fdiv(inf, 1.0), mod(5.0, inf), mod(-5.0, inf))

# ** at a hot site: positive bases run in the fast path; the rest (errors, complex results,
# 1.0 and nan bases, overflow) must still behave as CPython's.
def power(a, b): return a ** b
acc = 0.0
for i in range(1, 300):
    acc = add(acc, power(i * 0.25, 0.5)) + power(1.5, -1.5) + power(2.0, i % 7) + power(3, 0.5)
print("pow sum:", repr(acc))
for a, b in [(2.0, 0.5), (0.25, -1.5), (10.0, 308), (10.0, -400), (1.0, nan), (1.0, inf), (nan, 0.0),
             (inf, 0.5), (inf, -0.5), (2.0, inf), (0.5, inf), (2.0, -inf), (-8.0, 1.0 / 3), (-2.0, 3.0),
             (-2.0, 0.5), (-0.0, 3.0), (0.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (1e300, 2.0), (1e-300, -2.0),
             (2.0, 1024), (2, 0.5), (4, -0.5), (True, 0.5)]:
    try:
        print(repr(a), "**", repr(b), "->", repr(power(a, b)))
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), "**", repr(b), "->", type(e).__name__, e)
