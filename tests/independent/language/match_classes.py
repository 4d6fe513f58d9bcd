# Class patterns with __match_args__, expression tree evaluation and simplification.

class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value})"


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case ("-", Var(a), Var(b)) if a == b:
                    return Num(0)
                case _:
                    return BinOp(op, l, r)
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name=n) if n in env:
            return env[n]
        case Var(name=n):
            raise NameError(f"unbound variable {n}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) // evaluate(r, env)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op}")


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Var("x"), Var("x")),
    BinOp("*", Num(0), BinOp("/", Var("x"), Num(0))),
    BinOp("+", BinOp("*", Num(2), Var("x")), BinOp("-", Num(10), Num(4))),
    BinOp("^", Num(2), Num(3)),
]
env = {"x": 7, "y": 3}
for e in exprs:
    s = simplify(e) if not (isinstance(e, BinOp) and e.op == "^") else e
    try:
        val = evaluate(e, env)
    except (ValueError, ZeroDivisionError) as err:
        val = f"{type(err).__name__}: {err}"
    print(f"{show(e):<28} => {show(s):<14} = {val}")

print(simplify(exprs[0]))
try:
    evaluate(Var("z"), env)
except NameError as err:
    print("NameError:", err)

match Num(5):
    case Num(5 | 6 as v):
        print("five or six:", v)

match [Num(1), Var("q")]:
    case [Num(), Var(name=nm)]:
        print("list of num then var", nm)
