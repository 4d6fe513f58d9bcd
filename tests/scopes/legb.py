x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def gl():
    global newvar
    newvar = "created"
gl()
print(newvar)
def nl():
    a = 1
    def change():
        nonlocal a
        a = 2
    change()
    return a
print(nl())
def deep():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v += 10
        l2()
    l1()
    return v
print(deep())
class K:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
    def method2(self):
        return self.attr, K.attr
print(K().method(), K().method2())
class Scope:
    y = 1
    z = y + 1
    def f(self):
        return __class__.__name__
print(Scope.z, Scope().f())
def conditional():
    if False:
        q = 1
    try:
        return q
    except UnboundLocalError:
        return "unbound q"
print(conditional())
def ret_locals():
    a = 1
    b = 2
    return sorted(locals().items())
print(ret_locals())
print("x" in globals(), globals()["x"], __name__)
def free_after():
    def f():
        return later
    later = "bound later"
    return f()
print(free_after())
