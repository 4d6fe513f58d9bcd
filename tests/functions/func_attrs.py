def documented(a, b=1):
    """Returns the sum.

    More text."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__module__, documented.__code__.co_argcount)
print(documented.__code__.co_varnames, documented.__code__.co_name)
def nodoc():
    x = 1
print(nodoc.__doc__)
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def f():
    pass
f.custom = 42
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def g(*args, **kwargs):
    pass
print(g.__code__.co_flags & 0x04 != 0, g.__code__.co_flags & 0x08 != 0)
print(callable(f), callable(1), type(f).__name__, type(lam).__name__)
print(repr(len), type(len).__name__, len.__name__, [].append.__name__, type([].append).__name__)
print(type(Outer().method).__name__, Outer().method.__func__ is Outer.method, Outer().method.__self__.__class__.__name__)
def kwd(a, *, b=2):
    pass
print(kwd.__kwdefaults__, kwd.__code__.co_kwonlyargcount, kwd.__annotations__)
def annotated(x: int) -> str:
    pass
print(annotated.__annotations__)
try:
    documented.__code__ = None
except TypeError as e:
    print("TypeError:", e)
print(documented(1), documented(1, 2))
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0)
