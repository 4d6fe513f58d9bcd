# The eval loop's fast path (Interpreter.fastPath) runs the common forms while their guards hold
# and hands an instruction to the general path otherwise. Each function here runs hot with the
# values the fast path takes, then with one it must hand over, in the same loop: results,
# exceptions and line numbers must be the ones of the generic instructions.
import sys


def truthiness(values):
    # POP_JUMP_IF_FALSE/TRUE, UNARY_NOT, JUMP_IF_*_OR_POP: bools stay in the fast path, others leave.
    out = []
    for v in values:
        a = 1 if v else 0
        b = 1 if not v else 0
        c = v and "and"
        d = v or "or"
        out.append((a, b, c, d))
    return out


class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        return self.flag

    def __repr__(self):
        return "Truthy(%r)" % self.flag


print(truthiness([True, False] * 50)[-2:])
print(truthiness([True, False, 0, 1, "", "x", None, [], [0], Truthy(True), Truthy(False), 0.0])[2:])


def int_arith(pairs):
    # BINARY_OP_ADD_INT / SUBTRACT_INT / COMPARE_OP_INT(_JUMP): longs stay, overflow and big ints leave.
    out = []
    for a, b in pairs:
        s = a + b
        d = a - b
        lt = a < b
        if a <= b:
            out.append((s, d, lt, "le"))
        else:
            out.append((s, d, lt, "gt"))
    return out


big = 2 ** 63
pairs = [(i, 100 - i) for i in range(100)]
print(int_arith(pairs)[-1])
print(int_arith([(big - 1, 1), (-big, -1), (-big, big - 1), (big * big, 3), (5, -big), (True, 2)]))


def floats(pairs):
    # BINARY_OP_FLOAT: + - * / of two floats stay; division by zero and ** leave.
    out = []
    for a, b in pairs:
        out.append((a + b, a - b, a * b, a / b))
    return out


print(floats([(1.5, 0.5)] * 100)[-1])
try:
    floats([(1.5, 0.5)] * 10 + [(1.0, 0.0)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "line", e.__traceback__.tb_next.tb_lineno)


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x

    def get(self):
        return -self.x


def attrs(objs):
    # LOAD_ATTR_INSTANCE_VALUE / _POLY, LOAD_METHOD_CACHED / _POLY, STORE_ATTR_INSTANCE_VALUE / _POLY.
    total = 0
    for o in objs:
        o.x = o.x + 1
        total += o.x + o.get()
    return total


ps = [P(i) for i in range(50)]
print(attrs(ps))
print(attrs(ps + [Q(1), Q(2)] + ps))
ps[3].__dict__["x"] = 7  # the instance dict takes over: the shape guard fails
print(attrs(ps))
P.get = lambda self: 1000  # a class attribute changes: the version guard fails
print(attrs(ps))
del ps[5].x
try:
    attrs(ps)
except AttributeError as e:
    print("AttributeError:", e)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def slots(objs):
    # LOAD_ATTR_SLOT / STORE_ATTR_SLOT: an unset member leaves the fast path and raises.
    t = 0
    for o in objs:
        o.a = o.a * 2
        t += o.a
        t += o.b
    return t


ss = [S(i) for i in range(40)]
for s in ss:
    s.b = 1
print(slots(ss))
ss.append(S(3))
try:
    slots(ss)
except AttributeError as e:
    print("AttributeError:", e)

G = 10


def glob(n):
    # LOAD_GLOBAL_CACHED: a global deleted, then added again, then shadowing a builtin.
    t = 0
    for i in range(n):
        t += G + len("ab")
    return t


print(glob(100))
del G
try:
    glob(3)
except NameError as e:
    print("NameError:", e)
G = 1
print(glob(3))
len = lambda s: 100
print(glob(3))
del len


def cells():
    # LOAD_DEREF / STORE_DEREF: a cell emptied by del leaves the fast path and raises.
    c = 0

    def bump(k):
        nonlocal c
        for i in range(k):
            c = c + 1
        return c

    def drop():
        nonlocal c
        del c

    print(bump(100))
    drop()
    try:
        bump(1)
    except NameError as e:
        print("NameError:", e)


cells()


def iterate(seqs):
    # FOR_ITER_RANGE / FOR_ITER_LIST, then other iterables at the same site.
    out = []
    for s in seqs:
        t = 0
        for v in s:
            t += v
        out.append(t)
    return out


print(iterate([range(10), [1, 2, 3]] * 20)[-2:])
print(iterate([range(5), [4], (1, 2), {3: 0}, "", iter([7, 8]), range(2 ** 64, 2 ** 64 + 2)]))


def subscripts(items):
    # BINARY_SUBSCR_LIST_INT: negative and out-of-range indexes, then another container.
    t = 0
    for lst, i in items:
        t += lst[i]
    return t


lst = [1, 2, 3]
print(subscripts([(lst, 1), (lst, -1)] * 50))
try:
    subscripts([(lst, 0)] * 50 + [(lst, 3)])
except IndexError as e:
    print("IndexError:", e)
print(subscripts([(lst, 0)] * 50 + [((5, 6), 1), ({2: 40}, 2), (lst, True)]))


def unbound(flag):
    if flag:
        x = 1
    for i in range(3):
        pass
    return x


for i in range(50):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() > 0)


def float_compares(pairs):
    # COMPARE_OP_FLOAT_JUMP: NaN and -0.0 leave the fast path's plain compare or agree with it.
    out = []
    for a, b in pairs:
        if a < b:
            out.append("lt")
        elif a == b:
            out.append("eq")
        elif a != b and not (a > b):
            out.append("unordered")
        else:
            out.append("gt")
    return out


nan = float("nan")
print(float_compares([(1.0, 2.0), (2.0, 1.0)] * 30)[-2:])
print(float_compares([(0.0, -0.0), (-0.0, 0.0), (nan, 1.0), (1.0, nan), (nan, nan), (1.0, 1), (2, 1.5),
                      (float("inf"), 1e308)]))


def tuples_and_stores(rows, target):
    # BINARY_SUBSCR_TUPLE_INT, UNPACK_SEQUENCE_TWO_TUPLE, FOR_ITER_TUPLE, STORE_SUBSCR_LIST_INT.
    for i, row in enumerate(rows):
        a, b = row
        target[i % 3] = row[0] + row[-1]
        for v in row:
            target[-1] += v
    return target


print(tuples_and_stores([(1, 2)] * 60, [0, 0, 0, 0]))
print(tuples_and_stores([(1, 2)] * 20 + [[3, 4], "ab" and (5, 6)], [0, 0, 0, 0]))
try:
    tuples_and_stores([(1, 2)] * 20 + [(1, 2, 3)], [0, 0, 0, 0])
except ValueError as e:
    print("ValueError:", e)
try:
    tuples_and_stores([(1, 2)] * 20, [0, 0])
except IndexError as e:
    print("IndexError:", e)


def truth_of_ints(values):
    # POP_JUMP_IF_FALSE/TRUE: None and ints decided in the fast path, big ints too.
    n = 0
    for v in values:
        if v:
            n += 1
        if not v:
            n += 100
        while v:
            v = None
    return n


print(truth_of_ints([0, 1, -1, None, 2 ** 70, -(2 ** 70), True, False] * 10))


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)


class MyStr(str):
    def upper(self):
        return "my " + str.upper(self)


def builtin_methods(receivers):
    # LOAD_METHOD_CACHED / _POLY on list, dict, str, set and tuple receivers: the exact class is
    # the guard; a subclass overriding the method must not take the cached one.
    out = []
    for r in receivers:
        if isinstance(r, list):
            r.append(1)
            out.append(r.count(1) + r.count(10))
        elif isinstance(r, str):
            out.append(r.upper())
        out.append(r.__len__())
    return out


print(builtin_methods([[], "ab"] * 30)[-4:])
print(builtin_methods([[], MyList(), "ab", MyStr("cd"), (1, 2), {1: 2}, {3}, frozenset([4, 5])]))


def lengths(items):
    # CALL_LEN: lists, tuples and dicts in the fast path; anything else, and a rebound len, not.
    t = 0
    for x in items:
        t += len(x)
    return t


class Sized:
    def __len__(self):
        return 1000


print(lengths([[1, 2], (3,), {4: 5}] * 30))
print(lengths([[1, 2], (3,), {4: 5}, "héllo", b"ab", {1, 2}, range(7), Sized(), MyList([1]), MyStr("x")]))
try:
    lengths([[1]] * 30 + [5])
except TypeError as e:
    print("TypeError:", e)
