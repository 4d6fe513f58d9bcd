t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t), t.count(2), t.index(3))
print((), (1,), (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t + (4,), t * 2, (0,) * 3, 2 in t, t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
m = ([1], 2)
m[0].append(3)
print(m)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, 2), (1, 3)]), min((3, 1, 2)))
print(repr((1,)), repr(("a",)), str(((),)), ((),) == ((),))
def f(*args):
    return args
print(f(), f(1), f(1, 2))
print(tuple(x * x for x in range(4)))
print(t.__len__(), t.__getitem__(1), t.__contains__(3))
