a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 20]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[::3]
print(c)
del c[1:3]
print(c)
del c[0]
print(c)
try:
    c[100]
except IndexError as e:
    print("IndexError:", e)
try:
    c[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del c[100]
except IndexError as e:
    print("IndexError:", e)
try:
    c["a"]
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d[5:] = [9]
print(d)
d[-1:-1] = [7, 8]
print(d)
d[::-1] = d[:]
print(d)
e = [[0] * 2] * 2
e[0][0] = 1
print(e)
f = [[0] * 2 for _ in range(2)]
f[0][0] = 1
print(f)
g = [1, 2, 3]
h = g
h += [4]
print(g, g is h)
print([1, [2, [3, [4]]]][1][1][1][0])
print(a[True], a[-True])
class Idx:
    def __index__(self):
        return 3
print(a[Idx()], a[Idx():])
