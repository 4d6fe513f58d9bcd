# Slices, negation, str concatenation and range() calls in hot loops: the specialized forms
# (BINARY_SUBSCR_SLICE, STORE_SUBSCR_LIST_SLICE, CALL_BUILTIN_CLASS) and the fast path's
# BUILD_SLICE / UNARY_NEGATIVE must give the generic results, misses and errors included.


def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n


total = 0
for i in range(300):
    p = [(i * 7 + j * 3) % 9 for j in range(9)]
    seen = set()
    q = [x for x in p if not (x in seen or seen.add(x))]
    q += [x for x in range(9) if x not in q]
    total += flips(q)
print("flips", total)


def slices(seq):
    out = []
    for lo in (None, -100, -3, -1, 0, 1, 2, 5, 100):
        for hi in (None, -100, -2, 0, 3, 100):
            for st in (None, 1, 2, -1, -3):
                out.append(seq[lo:hi:st])
    return out


for rnd in range(3):
    a = slices(list(range(7)))
    b = slices(tuple(range(7)))
    c = slices("abcdefg")
print(len(a), a[5], a[-1], a[40])
print(len(b), b[5], b[-1], b[40])
print(len(c), c[5], c[-1], c[40])
print(slices("héllo wörld")[17:23])
print(slices("a\U0001F600b\U0001F601c")[30:36])


def odd_slices(seq, keys):
    out = []
    for k in keys:
        try:
            out.append(seq[k])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


keys = [slice(1, 3), slice(2**70, None), slice(-2**70, 2), slice(None, None, 0), slice("a", 2),
        slice(Index(1), Index(4)), slice(True, 3), slice(1, 3), slice(None, None, 2**65), 1]
for rnd in range(40):
    r1 = odd_slices([1, 2, 3, 4, 5], keys)
    r2 = odd_slices("hello", keys)
    r3 = odd_slices((1, 2, 3, 4, 5), keys)
print(r1)
print(r2)
print(r3)


def assign(lst, key, value):
    try:
        lst[key] = value
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return lst


for rnd in range(40):
    out = [
        assign([1, 2, 3, 4], slice(1, 3), [9, 9]),
        assign([1, 2, 3, 4], slice(1, 3), [9]),
        assign([1, 2, 3, 4], slice(1, 3), (7, 8, 9)),
        assign([1, 2, 3, 4], slice(None, None), []),
        assign([1, 2, 3, 4], slice(3, 1), [5, 6]),
        assign([1, 2, 3, 4], slice(-100, 100), [0]),
        assign([1, 2, 3, 4], slice(None, None, 2), [8, 8]),
        assign([1, 2, 3, 4], slice(None, None, 2), [8]),
        assign([1, 2, 3, 4], slice(None, None, -1), (4, 3, 2, 1)),
        assign([1, 2, 3, 4], slice(1, 2), "xyz"),
        assign([1, 2, 3, 4], slice(1, 2), (x for x in "ab")),
        assign([1, 2, 3, 4], slice(1, 2), 5),
        assign([1, 2, 3, 4], slice(0, 2, 0), [1]),
        assign((1, 2), slice(0, 1), [1]),
    ]
for o in out:
    print(o)
x = [1, 2, 3, 4]
for rnd in range(12):
    x[1:3] = x
print(len(x), x[:6], x[-3:])


def negate(vals):
    return [-v for v in vals]


for rnd in range(40):
    n = negate([0, 1, -5, 2**62, -2**63, 2**63 - 1, 2**100, 1.5, -0.0, float("inf"), True, False])
print(n)
try:
    for rnd in range(40):
        negate([1, "a"])
except TypeError as e:
    print("TypeError:", e)


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)


def concat(a, b):
    return a + b


for rnd in range(40):
    cs = [concat("ab", "cd"), concat("", "x"), concat("é", "\U0001F600"), concat(S("s"), "t"), concat("t", S("s"))]
print(cs)
try:
    for rnd in range(40):
        concat("a", 1 if rnd == 39 else "b")
except TypeError as e:
    print("TypeError:", e)


def ranges(args):
    out = []
    for a in args:
        try:
            out.append(list(range(*a)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def range_calls(n, m, s):
    return range(n), range(n, m), range(n, m, s)


for rnd in range(40):
    rs = [range_calls(3, 9, 2), range_calls(-3, -9, -2), range_calls(5, 1, 1), range_calls(2**62, 2**62 + 3, 1),
          range_calls(True, 3, True), range_calls(2**70, 2**70 + 2, 1)]
    bad = ranges([(1, 2, 0), (1.5,), ("a", 2), (1, 2, 3, 4), ()])
print([[repr(r) for r in t] for t in rs])
print([list(r) for r in rs[0] + rs[1] + rs[2] + rs[4]], sum(rs[3][2]))
print(bad)
print(range_calls(0, 2**64, 2**63))
