def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case 2j:
            return "imaginary"
        case other if isinstance(other, int) and other > 100:
            return f"big {other}"
        case _:
            return f"other {x!r}"
for v in [0, 2, "hello", True, None, -1, 1.5, b"raw", 2j, 500, 50, "bye", 1.0, False]:
    print(repr(v), "->", describe(v))
match 42:
    case n:
        print("captured", n)
x = "unchanged"
match 5:
    case 1:
        x = "one"
print(x)
def walrus_like(v):
    match v:
        case (1 | 2) as small:
            return ("as", small)
        case str() as s if len(s) > 3:
            return ("long str", s)
        case str(s):
            return ("short str", s)
    return "no match"
print(walrus_like(2), walrus_like("abcdef"), walrus_like("ab"), walrus_like(9))
