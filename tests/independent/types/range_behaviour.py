# range objects: repr, len, indexing, containment, index/count, equality, reversal and errors.

rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(0), range(5, 5), range(5, 0), range(-3, 3),
      range(0, -10, -3), range(1, 2, 5)]
for r in rs:
    print(f"{r!r:<22} len={len(r):<3} list={list(r)} bool={bool(r)}")
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[-3], r[2:5], r[::-1], r[::3][1:], 49 in r, 50 in r, -7 in r, 7.0 in r, "7" in r)
print(r.index(49), r.count(49), r.count(50), r.start, r.stop, r.step, range(3).step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) == [0])
print(range(3, 0, -1) == range(3, 0, -1), hash(range(0)) == hash(range(2, 2)), range(10)[-100:100:5])
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(-5, 5)), sorted(range(5), reverse=True))
print(list(range(10 ** 20, 10 ** 20 + 3)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")), [i * i for i in range(1, 6)])
print(range(True, 5), list(range(-1)), tuple(range(3)), set(range(3)), str(range(1, 2)), range(5)[True])
big = range(10 ** 20)
for bad in [lambda: range(0, 5, 0), lambda: range(1.5), lambda: range("3"), lambda: range(5)[5], lambda: range(5)[-6],
            lambda: range(3).index(7), lambda: len(big), lambda: range(), lambda: range(1, 2, 3, 4),
            lambda: range(5)["1"], lambda: range(3) + range(2), lambda: range(3) * 2]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
it = iter(range(3))
print(next(it), list(it), type(iter(range(1))).__name__)
countdown = range(10, 0, -3)
print(", ".join(str(n) for n in countdown) + ", liftoff", len(countdown), countdown[len(countdown) - 1])
