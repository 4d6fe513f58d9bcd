def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    """Docstring of f."""
    x = a + b
    def g():
        return x
    return g

print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0)
g = f(1, d=4)
print(g.__qualname__, g.__code__.co_freevars, [c.cell_contents for c in g.__closure__])
print(g(), f.__module__, type(f.__globals__).__name__, f.__globals__ is globals())

def ann(x: int, *, y: "str" = "s") -> list:
    pass
print(ann.__annotations__)
f.attr = 42
print(f.attr, f.__dict__)

class C:
    def m(self):
        return sys_frame_name()
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        return cls.__name__

import sys
def sys_frame_name():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_back.f_code.co_name, type(fr.f_lineno).__name__

print(C().m(), C.c(), C.m.__qualname__, C.s.__qualname__)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0, type(gen()).__name__)

def locs(p):
    q = p * 2
    return sorted(locals().items())
print(locs(3))
def frame_locals():
    a = 1
    b = "two"
    return sorted(sys._getframe().f_locals)
print(frame_locals())
print(sorted(k for k in globals() if not k.startswith("__")))
lam = lambda x, y=1: x + y
print(lam.__name__, lam.__code__.co_argcount, lam.__defaults__)
def wrapper(fn):
    def inner(*a, **k):
        return fn(*a, **k)
    inner.__wrapped__ = fn
    inner.__name__ = fn.__name__
    return inner
@wrapper
def decorated():
    return "d"
print(decorated.__name__, decorated.__wrapped__.__name__, decorated())
