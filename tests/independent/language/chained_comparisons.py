# Chained comparisons: evaluation order, short-circuiting, mixed operators, and range checks.

trace = []


def val(name, v):
    trace.append(name)
    return v


print(val("a", 1) < val("b", 2) < val("c", 3), trace)
trace.clear()
print(val("a", 1) < val("b", 0) < val("c", 3), trace)
trace.clear()
print(val("a", 5) == val("b", 5) != val("c", 6), trace)
trace.clear()

def grade(score):
    if not 0 <= score <= 100:
        return "invalid"
    if 90 <= score:
        return "A"
    if 80 <= score < 90:
        return "B"
    if 70 <= score < 80:
        return "C"
    return "F"

print([grade(s) for s in [-1, 0, 69.9, 70, 85, 90, 100, 101]])

x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, x < 3 < 10 / 0 if False else "skipped")
print(1 < 2 > 1 == 1 != 2, 3 > 2 > 1 > 0 > -1)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) <= (1, 2) < (1, 3))
print(1 in [1, 2] in [[1, 2]], 1 not in [] is not None)

a = b = c = [1]
print(a is b is c, a == [1] is not a)


def in_box(point, box):
    (x, y), (x0, y0, x1, y1) = point, box
    return x0 <= x < x1 and y0 <= y < y1

box = (0, 0, 10, 5)
for pt in [(0, 0), (9, 4), (10, 4), (5, -1), (3, 3)]:
    print(pt, in_box(pt, box))


def sorted_check(seq):
    return all(a <= b for a, b in zip(seq, seq[1:]))

print(sorted_check([1, 2, 2, 5]), sorted_check([3, 1]), sorted_check([]))

try:
    print(1 < "2" < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)

print(0 == 0.0 == False, 1 == 1.0 == True, (0.1 + 0.2 == 0.3), abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("nan") == float("nan"), float("inf") > 10 ** 400 > -float("inf"))
