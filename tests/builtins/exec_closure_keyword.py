# exec()'s keyword-only closure (3.11) supplies the cells a closure's code reads; exec takes its
# other arguments by position only, eval takes no keyword at all.
def outer():
    x = 10

    def inner():
        global seen
        seen = x + 1

    return inner


f = outer()
c = f.__code__
ns = {}
exec(c, ns, closure=f.__closure__)
print(ns["seen"])

# The cell is shared: a change through it is what the code reads next time.
f.__closure__[0].cell_contents = 41
exec(c, ns, closure=f.__closure__)
print(ns["seen"])

for bad in [None, (), (1,), [f.__closure__[0]], f.__closure__ * 2]:
    try:
        exec(c, {}, closure=bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError:", e)

plain = compile("print('plain', x)", "<s>", "exec")
exec(plain, {"x": 2}, closure=None)
for call in (
    lambda: exec(plain, {"x": 1}, closure=f.__closure__),
    lambda: exec("print(1)", {}, closure=f.__closure__),
    lambda: exec(source="print(1)"),
    lambda: exec("1", globals={}),
    lambda: exec("1", closure=None, foo=1),
    lambda: exec("1", {}, {}, {}),
    lambda: exec(),
    lambda: eval("1", closure=None),
    lambda: eval("1", globals={}),
    lambda: eval(),
    lambda: eval("1", {}, {}, {}),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in (
    lambda: eval(closure=None),
    lambda: eval("1", {}, {}, {}, closure=None),
    lambda: exec("1", {}, {}, {}, foo=1),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
