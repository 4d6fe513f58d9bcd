# Star and nested unpacking in assignments, loops, calls and literals.

first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = (42,)
print(head, rest)

(a, b), c, [d, *e] = ("xy", 3, [4, 5, 6])
print(a, b, c, d, e)

records = [("ann", (30, "NYC")), ("bob", (25, "LA")), ("cy", (41, "SF"))]
for name, (age, city) in records:
    print(f"{name:<4}{age:>3} {city}")

a, b = 1, 2
a, b = b, a + b
print(a, b)

nums = [3, 1, 2]
nums[0], nums[2] = nums[2], nums[0]
print(nums)


def stats(*values, **opts):
    lo, *_, hi = sorted(values)
    scale = opts.get("scale", 1)
    return lo * scale, hi * scale

print(stats(5, 3, 9, 1))
print(stats(*[4, 8], *(2,), scale=10))
params = {"scale": 2}
print(stats(*range(1, 6), **params))

merged = [*range(3), *"ab", *{"k": 1}]
print(merged)
combined = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(combined)
print((*[1, 2], 3), {*[1, 1, 2]})

for i, (k, v) in enumerate(sorted(combined.items())):
    print(i, k, v)

try:
    x, y = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    p, *q, r = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    m, n = 5
except TypeError as err:
    print("TypeError:", err)

point = {"x": 1, "y": 2}
kx, ky = point
print(kx, ky)
(vx, vy) = point.values()
print(vx, vy)

table = [[1, 2, 3], [4, 5, 6]]
for first_col, *others in table:
    print(first_col, others)

s = "key=value=more"
k, _, v = s.partition("=")
print(k, v)
