a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(2))
a.insert(0, 9)
a.insert(100, 8)
a.insert(-1, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(2), a.count(0), a.count(99))
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
b = a.copy()
b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(b))
c = [5, 2, 8, 1, 9]
c.sort()
print(c)
c.sort(reverse=True)
print(c)
w = ["banana", "Apple", "cherry", "date"]
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
print(sorted(w, key=lambda s: (len(s), s), reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3, 2].index(2, 2), [1, 2] * 3, [0] * 0, [[]] * 2)
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2}), list())
x = [1, 2, 3]
x += (4, 5)
print(x)
try:
    x = x + (6,)
except TypeError as e:
    print("TypeError:", e)
