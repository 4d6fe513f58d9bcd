r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), list(range(0)), list(range(-3)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), range(0, 10 ** 20)[-1])
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1], list(r[8:2:-2]), range(0, 20, 3)[-2])
print(5 in r, 10 in r, -1 in r, 3.0 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), "a" in r)
print(r.index(4), r.count(4), range(0, 100, 7).index(21), r.start, r.stop, r.step)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 4, 3) , range(1, 2, 5) == range(1, 3, 7))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    r[1] = 2
except TypeError as e:
    print("TypeError:", e)
big = range(0, 10 ** 30, 10 ** 10)
print(big[-1], 10 ** 20 in big, big[10 ** 9], big.index(10 ** 25))
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), list(range(10, 0)))
it = iter(range(3))
print(next(it), list(it), type(it).__name__)
print(range(2, 2 + 3)[1:], tuple(range(3)), [*range(2)], range(True, 3))
