# __slots__ members live at fixed places in the instance: a subclass's members follow its
# bases', a subclass re-declaring a name gets its own storage, and independent layouts conflict.
class A:
    __slots__ = ('x',)

class B:
    __slots__ = ('y',)

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M:
    __slots__ = ()

class D(A, M):
    __slots__ = ('z', 'w')

d = D()
d.x = 1
d.z = 2
print(d.x, d.z, hasattr(d, 'w'))
del d.z
print(hasattr(d, 'z'), d.x)

class E(A):
    __slots__ = ('x',)

e = E()
e.x = 5
print(e.x)
try:
    A.x.__get__(e)
except AttributeError as ex:
    print('AttributeError', ex)
A.x.__set__(e, 7)
print(A.x.__get__(e), E.x.__get__(e))

class F(D):
    pass

f = F()
f.x, f.z, f.w = 'a', 'b', 'c'
f.extra = 'd'
print(f.x, f.z, f.w, f.extra, sorted(vars(f)))

class G(D):
    __slots__ = ('g',)

g = G()
g.g = 1
g.w = 2
print(g.g, g.w)

class P:
    __slots__ = ('a', 'b')
class Q:
    __slots__ = ('a', 'b')
p = P()
p.a, p.b = 1, 2
p.__class__ = Q
print(type(p).__name__, p.a, p.b)

class H(B, M):
    pass
class I(H, B):
    __slots__ = ('i',)
i = I()
i.y, i.i = 'y', 'i'
print(i.y, i.i)

for _ in range(100):
    v = D()
    v.x = _
    v.z = -_
    s = v.x + v.z
print(s)
