class A:
    def who(self):
        return "A"
    def cls_name(self):
        return __class__.__name__
class B(A):
    def who(self):
        return "B+" + super().who()
    def show(self):
        return __class__, type(self)
class C(B):
    pass
c = C()
print(c.who(), c.cls_name())
k, t = c.show()
print(k.__name__, t.__name__)
class D:
    x = 1
    def get(self):
        return x
x = "module x"
print(D().get())
class E:
    items = [1, 2]
    total = sum(items)
    names = [n for n in ("a", "b")]
print(E.total, E.names)
def factory():
    val = "from function"
    class Inner:
        attr = val
        def m(self):
            return val
    return Inner
I = factory()
print(I.attr, I().m())
class F:
    a = 1
    def f(self):
        a = 2
        class G:
            a = 3
            def g(inner_self):
                return a
        return G().g()
print(F().f())
class H:
    v = "H.v"
    def m(self):
        v = "local"
        return v, self.v
print(H().m())
counter = 0
class Inc:
    global counter
    counter += 1
print(counter)
def nonlocal_in_class():
    n = 0
    class X:
        nonlocal n
        n = 5
    return n
print(nonlocal_in_class())
