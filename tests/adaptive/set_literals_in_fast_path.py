# Set literals and set() in hot code: built in the fast path when every item hashes there (ints,
# strs, tuples go to the general path), with the general path's errors for unhashable items.
def f(p, q):
    s = {p, q}
    t = set()
    t.add(p)
    u = {p, "x", (1, 2)}
    return len(s), len(t), len(u), sorted(s)


for i in range(3000):
    r = f(i, i % 7)
print(r, f(1, 1))

try:
    for i in range(2000):
        v = {i, [i]}
except TypeError as e:
    print(e, i)

print({1, True, 1.0}, {2, 2.0}, {-1, -2, 2**70, "a"} == {"a", -2, -1, 2**70})


class S(set):
    pass


def g():
    return set(), S(), {*range(3)}


for i in range(2000):
    a = g()
print(a, type(a[1]))
