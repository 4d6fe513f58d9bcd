# Runs of local and constant loads and stores in functions hot enough to be specialized (the
# pairs an interpreter may fuse into one instruction): unbound locals in either of a pair, the
# same local stored twice, a jump that lands between a pair, and tracebacks pointing at the
# right line.


def pairs(a, b):
    c = a + b
    d, e = c, 2
    f = d
    g = 3 * f
    return a, b, c, d, e, f, g


def same_target():
    x, x = 1, 2
    y = x
    y, y = y, 7
    return x, y


def swap(a, b):
    a, b = b, a
    return a, b


def unbound_first(flag):
    v = 2
    if flag:
        u = 1
    return u + v


def unbound_second(flag):
    v = 2
    if flag:
        u = 1
    return v + u


def unbound_after_store(flag):
    if flag:
        u = 1
    w = 5
    return u, w


def unbound_after_const(flag):
    if flag:
        u = 1
    return 10 - u


def jump_into_second(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


def deleted_between(n):
    a = n
    b = a
    del a
    try:
        return b, a
    except UnboundLocalError as e:
        return "caught", b, str(e)


def line_of(f, *args):
    try:
        f(*args)
    except UnboundLocalError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, str(e), tb.tb_lineno - f.__code__.co_firstlineno


for round in range(4):
    print(round, pairs(round, 5), same_target(), swap(round, "s"))
    print(jump_into_second(round * 3), deleted_between(round))
    for fn in (unbound_first, unbound_second, unbound_after_const):
        print(fn.__name__, fn(True), line_of(fn, False))
    # Storing w and loading an unbound u: CPython 3.11's fused pair reports the store's line
    # once quickened (the line before), so only the error is compared.
    print(unbound_after_store(True), line_of(unbound_after_store, False)[:2])
