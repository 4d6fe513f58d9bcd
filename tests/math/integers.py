# Integer-valued math functions: exact results on small and big ints.
import math

print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(4, 0), math.perm(3, 5))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 + 1, 2**63 - 1, 10**50, 10**50 - 1]:
    print(n, math.isqrt(n))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(2.5), math.trunc(-2.5))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1e30))
print(math.floor(7), math.ceil(True), math.trunc(-3))
print(type(math.floor(2.0)).__name__, type(math.ceil(2)).__name__)


class Weird:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class F:
    def __float__(self):
        return 2.75


print(math.floor(Weird()), math.ceil(Weird()), math.trunc(Weird()))
print(math.floor(F()), math.ceil(F()), math.sqrt(F()))
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod([[1]], start=3))
print(math.prod([1, 2], start=10))

for args in [(-1,), (1.5,), ("3",), (10**20,)]:
    try:
        print(math.factorial(*args))
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(math.comb, (-1, 1)), (math.comb, (1, -1)), (math.perm, (-1,)), (math.perm, (2, -1)),
                (math.isqrt, (-1,)), (math.gcd, (1.0,)), (math.lcm, ("a",)), (math.comb, (1,)),
                (math.perm, ()), (math.perm, (1, 2, 3))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
