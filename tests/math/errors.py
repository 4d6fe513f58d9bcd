# Exceptions and messages of the math module.
import math

cases = [
    (math.sqrt, (-1.0,)), (math.log, (0.0,)), (math.log, (-1,)), (math.log, (10, 1)), (math.log, (10, 0)),
    (math.log, ()), (math.log, (1, 2, 3)), (math.log10, (-(10 ** 400),)), (math.log2, (0,)),
    (math.exp, (1000.0,)), (math.exp2, (2000.0,)), (math.expm1, (1000.0,)), (math.cosh, (1000.0,)),
    (math.sinh, (-1000.0,)), (math.acos, (2.0,)), (math.asin, (-2.0,)), (math.acosh, (0.5,)),
    (math.atanh, (1.0,)), (math.atanh, (-1.0,)), (math.log1p, (-1.0,)), (math.log1p, (-2.0,)),
    (math.sin, (math.inf,)), (math.cos, (-math.inf,)), (math.tan, (math.inf,)),
    (math.fmod, (1.0, 0.0)), (math.fmod, (math.inf, 1.0)), (math.remainder, (1.0, 0.0)), (math.remainder, (math.inf, 2.0)),
    (math.pow, (0.0, -1.0)), (math.pow, (-2.0, 0.5)), (math.pow, (10.0, 400.0)), (math.pow, (1,)),
    (math.gamma, (0.0,)), (math.gamma, (-3.0,)), (math.gamma, (200.0,)), (math.gamma, (-math.inf,)),
    (math.lgamma, (0.0,)), (math.lgamma, (-2.0,)), (math.lgamma, (1e308,)),
    (math.ldexp, (1.0, 2.0)), (math.ldexp, (1.0, 10 ** 30)), (math.ldexp, (1e308, 10)),
    (math.floor, (math.inf,)), (math.floor, (math.nan,)), (math.ceil, ("x",)), (math.trunc, ("x",)),
    (math.trunc, (math.nan,)), (math.sqrt, ("x",)), (math.sqrt, (10 ** 400,)), (math.sqrt, ()), (math.sqrt, (1, 2)),
    (math.atan2, (1,)), (math.copysign, ()), (math.hypot, ("a",)), (math.dist, (1, 2)), (math.dist, ((1,), (1, 2))),
    (math.isclose, (1,)), (math.isclose, (1, 2, 3)), (math.frexp, ()), (math.ulp, ()), (math.nextafter, (1,)),
    (math.modf, ("a",)), (math.isnan, ("a",)), (math.fsum, (1,)),
]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for call in [lambda: math.sqrt(x=1), lambda: math.atan2(y=1, x=2), lambda: math.gcd(a=1), lambda: math.log(x=1),
             lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, tol=1), lambda: math.prod(),
             lambda: math.prod([1], 1), lambda: math.ceil(x=1.5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(repr(math.sqrt), math.sqrt.__name__, math.__name__)
