# math.fsum: exactly rounded sums, specials and errors.
import math

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]), math.fsum([2.0 ** 53, 1.0]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(x / 10 for x in range(1, 101)), math.fsum(range(1000)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))
print(math.fsum([1, 2, 3]), math.fsum([-0.0]), math.fsum([0.0, -0.0]))
vals = [(-1.0) ** i * (1.0 / (i + 1)) for i in range(1000)]
print(math.fsum(vals))
big = [1e16, 1.0, 1e-16] * 100
print(math.fsum(big), math.fsum(reversed(big)))
for bad in [[math.inf, -math.inf], [1e308, 1e308, -1e308], ["a"], 5]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
