def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3)]:
    print(repr(v), "->", shape(v))
def nested(p):
    match p:
        case [(x, y), [z, *_]]:
            return x, y, z
        case [[*_], *_]:
            return "list of lists"
        case _:
            return "nope"
print(nested([(1, 2), [3, 4, 5]]), nested([[1], 2]), nested("xy"))
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go up", "take a b", "take", "exit", "dance"]:
    print(c, "->", cmd(c))
def config(d):
    match d:
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={rest}"
        case {"type": "group", "members": [*members]}:
            return f"group of {len(members)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
for d in [{"type": "user", "name": "ann", "age": 3}, {"type": "group", "members": [1, 2]},
          {"type": "x"}, {"other": 1}, [1], {"type": "user", "name": 5}]:
    print(config(d))
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
match "abc":
    case [*_]:
        print("str matched sequence")
    case _:
        print("str is not a sequence pattern")
match (1, 2, 3):
    case (1, *rest):
        print("rest is list:", rest, type(rest).__name__)
