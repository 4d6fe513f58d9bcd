# exec() and eval() of a closure's code object: its free variables have no cells to read.
def outer():
    x = 1
    y = 2

    def inner():
        return x + y

    return inner


code = outer().__code__
print(code.co_freevars)
for fn in (exec, eval):
    try:
        fn(code)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

# A code object without free variables still runs.
ns = {}
exec(compile("z = 40 + 2", "<s>", "exec"), ns)
print(ns["z"], eval(compile("z * 2", "<s>", "eval"), ns))
