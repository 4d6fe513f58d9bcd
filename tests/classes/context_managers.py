class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise IndexError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except IndexError as e:
    print("IndexError:", e, "| context:", repr(e.__context__))
with CM("none") as _:
    pass
class Reusable:
    depth = 0
    def __enter__(self):
        Reusable.depth += 1
        return Reusable.depth
    def __exit__(self, *a):
        Reusable.depth -= 1
r = Reusable()
with r as d1:
    with r as d2:
        print(d1, d2)
print(Reusable.depth)
