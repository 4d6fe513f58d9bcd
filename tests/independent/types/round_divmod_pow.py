# round(), divmod(), pow() and abs() across int/float/bool with edge cases and errors.

print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e20]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 1.25, -1.25]])
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, 0), round(0.0, 3))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(7, 3), round(True))
print(type(round(1.0)), type(round(1.0, 1)), type(round(5, 1)), round(5.678, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(5, 0.5))
print(divmod(True, 2), divmod(10 ** 20, 7), divmod(0.1, 0.03), divmod(-0.0, 1))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(0, 0), pow(0.0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10 ** 9), pow(7, -1, 13), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), (-2) ** 0.5 == pow(-2, 0.5))
print(abs(-7), abs(-7.25), abs(True), abs(-0.0), abs(float("-inf")), abs(-10 ** 30))
for expr in ["pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 1.5, 5)", "divmod(5, 0)",
             "divmod(5.0, 0.0)", "round(1.5, 'x')", "round('1.5')", "abs('x')", "pow('2', 2)", "divmod(1j, 2)"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        step = 100 if ndigits is None else 10 ** max(0, 2 - ndigits)
        return Money((self.cents + step // 2) // step * step)

    def __abs__(self):
        return Money(abs(self.cents))

    def __divmod__(self, n):
        return divmod(self.cents, n)

    def __pow__(self, n, mod=None):
        return f"pow({self.cents}, {n}, {mod})"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(-1234)
print(round(m), round(m, 1), abs(m), divmod(m, 100), m ** 2, pow(m, 3, 5))
