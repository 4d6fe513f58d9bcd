# One call site `f(*fixed)` / `f(a, b)` calling functions of very different signatures.
def two(a, b):
    return ("two", a, b)


def three(a, b, c):
    return ("three", a, b, c)


def with_default(a, b, c=100):
    return ("dflt", a, b, c)


def star(*args):
    return ("star", args)


def kw(**kwargs):
    return ("kw", sorted(kwargs.items()))


def both(a, *rest, **kw):
    return ("both", a, rest, sorted(kw.items()))


def kwonly(a, b, *, k):
    return ("kwonly", a, b, k)


def kwonly_default(a, b, *, k="K"):
    return ("kwonly_d", a, b, k)


def posonly(a, b, /):
    return ("posonly", a, b)


def one(a):
    return ("one", a)


lam = lambda a, b: ("lambda", a - b)


def site(f, a, b):
    return f(a, b)


fns = [two, three, with_default, star, kw, both, kwonly, kwonly_default, posonly, one, lam, len, max, divmod, isinstance]
for f in fns:
    ok = 0
    last = None
    for i in range(30):
        try:
            last = site(f, i, (i + 1) if f is not isinstance else int)
            ok += 1
        except TypeError as e:
            last = "TypeError: " + str(e)
    print(getattr(f, "__name__", "?"), ok, last)

# rotate callees every iteration after the site was specialized for two()
hot = [0, 0]
for i in range(100):
    f = two if i < 50 else fns[i % 4]
    try:
        r = site(f, 1, 2)
        hot[0] += 1
    except TypeError:
        hot[1] += 1
print("rotate:", hot)


def kwsite(f, a):
    return f(a, b=2)


for f in (two, with_default, kw, both, kwonly, posonly, star):
    outs = set()
    for i in range(20):
        try:
            outs.add(repr(kwsite(f, 1)))
        except TypeError as e:
            outs.add("TypeError: " + str(e))
    print("kwsite", f.__name__, sorted(outs))


def starsite(f, args, kwargs):
    return f(*args, **kwargs)


for args, kwargs in [((1, 2), {}), ((1,), {"b": 2}), ((1, 2), {"c": 3}), ((1, 2, 3), {}), ((), {"a": 1, "b": 2}), ((1, 2), {"a": 0})]:
    res = []
    for f in (two, with_default, both):
        try:
            res.append(starsite(f, args, kwargs))
        except TypeError as e:
            res.append("TE: " + str(e))
    print(args, sorted(kwargs), res)
