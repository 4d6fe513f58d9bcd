print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 20))
print(hash(1) == hash(1.0), hash(2) == hash(2.0 + 0j))
print(hash(True) == hash(1), hash(False) == hash(0))
M = 2 ** 61 - 1
print(hash(M), hash(M + 1), hash(M - 1) == M - 1)
print(hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(-(2 ** 100)) == -hash(2 ** 100))
print(hash(0.5) == hash(0.5), hash(1.5) == hash(1.5))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False}
print(s, len(s))
print({2 ** 70: 1}[2 ** 70])
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
