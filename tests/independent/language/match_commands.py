# A tiny command interpreter built on match statements over split command lines.

def run(script):
    stack = []
    variables = {}
    out = []
    for lineno, line in enumerate(script.strip().splitlines(), 1):
        match line.split():
            case []:
                continue
            case ["push", value] if value.lstrip("-").isdigit():
                stack.append(int(value))
            case ["push", name]:
                stack.append(variables.get(name, 0))
            case ["pop"]:
                out.append(f"popped {stack.pop() if stack else None}")
            case ["add" | "sub" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
            case ["store", name]:
                variables[name] = stack.pop()
            case ["print", *names] if names:
                out.append(" ".join(f"{n}={variables.get(n)}" for n in names))
            case ["print"]:
                out.append(f"stack={stack}")
            case ["repeat", count, *body] if count.isdigit():
                for _ in range(int(count)):
                    out.extend(run(" ".join(body)))
            case [cmd, *args]:
                out.append(f"line {lineno}: unknown command {cmd!r} with {len(args)} arg(s)")
    return out


SCRIPT = """
push 3
push 4
add
store x
push x
push -2
mul
print

store y
print x y z
push 10
pop
pop
jump 1 2
repeat 2 print
frobnicate
"""

for line in run(SCRIPT):
    print(line)


def classify(token):
    match token:
        case int() | float() as n if n < 0:
            return "negative number"
        case 0:
            return "zero"
        case int(n):
            return f"int {n}"
        case float():
            return "float"
        case str() as s if len(s) == 1:
            return f"char {s!r}"
        case str():
            return "string"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest]:
            return f"seq starting {x},{y} plus {len(rest)}"
        case None:
            return "nothing"
        case _:
            return f"other {type(token).__name__}"

for t in [5, -3, 0, 2.5, -0.5, "a", "abc", (1, 2), [1, 2, 3, 4], None, {1: 2}, True, False]:
    print(repr(t), "->", classify(t))
