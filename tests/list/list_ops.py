a = [1, 2, 3]
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a < [1, 2], [] < [0], [[1]] < [[2]])
print(1 in a, 4 not in a, [1] in [[1]], len(a), min(a), max(a), sum(a))
print(a + [4], a * 2, list(reversed(a)), list(enumerate(a, 1)))
print(sum([[1], [2]], []), [x for x in a if x != 2])
r = [1]
r.append(r)
print(r)
d = {"k": []}
d["k"].append(d)
print(d)
print(str([None, True, 1.0, "s", b"b", (1,), {1}]))
nested = [[1, 2], [3, 4]]
flat = [y for x in nested for y in x]
print(flat)
print(list(map(lambda x: x * 10, a)), list(filter(None, [0, 1, "", "a", None])))
s = ["b", "a", "c"]
print(sorted(s), s, s.sort(), s)
print(all([]), any([]), all([1, 0]), any([0, 2]))
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
m = [3, 1, 2]
print(m.sort() is None, sorted(m) is not m)
x, y = [10, 20]
print(x, y)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
print([1, 2].__len__(), [1, 2].__getitem__(0), [3].__add__([4]), [] == [] and [] is not [])
