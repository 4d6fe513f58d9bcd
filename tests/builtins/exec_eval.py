print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
print(eval("[i for i in range(3)]"), eval("  7  "), eval("(lambda: 5)()"))
g = {}
exec("a = 10\nb = a * 2\ndef f():\n    return a + b", g)
print(g["a"], g["b"], g["f"](), "__builtins__" in g)
l = {}
exec("z = 1", {}, l)
print(l)
exec("print('printed from exec')")
code = compile("3 * 4", "<string>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(2): print('loop', i)", "<loop>", "exec")
exec(code2)
single = compile("q = 5", "<s>", "single")
ns = {}
exec(single, ns)
print(ns["q"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    exec("x = 1", {"__builtins__": {}})
    print("assign works without builtins")
    exec("len('a')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
def scoped():
    local_var = 7
    return eval("local_var + 1")
print(scoped())
def show_locals():
    p = 1
    q = "two"
    return locals()
print(show_locals())
print(type(globals()).__name__, globals()["__name__"], "show_locals" in globals())
counter = 0
exec("counter += 1")
print(counter)
src = "result = sum(range(n))"
env = {"n": 10}
exec(src, env)
print(env["result"])
print(eval(compile("1 if True else 2", "<e>", "eval")))
print(eval("max(a, b)", {"a": 1, "b": 9}))
