g = {"x": 10}
exec("y = x * 2", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("z = x + 1", g, l)
print(l, "z" in g)
print(eval("x + y", g), eval("a * 2", {"a": 21}), eval("len(s)", {"s": "abc"}))
print(eval("x", {"x": 1}, {"x": 2}))
code = compile("q = 5\nr = q * q", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["r"], code.co_filename, type(code).__name__)
expr = compile("3 + 4", "<e>", "eval")
print(eval(expr))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
def in_func():
    v = 7
    return eval("v * 3")
print(in_func())
restricted = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print("NameError:", e)
counter = {"n": 0}
for i in range(3):
    exec("n += i", {"i": i}, counter)
print(counter)
print(eval("[k for k in range(3)]"))
single = compile("1 + 1", "<s>", "single")
exec(single)
