# Context managers: class-based, exception suppression, nesting, and generator-like manual ones.

events = []


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        events.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else exc_type.__name__
        events.append(f"close {self.name} ({status})")
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


class Indenter:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def write(self, text):
        self.lines.append("  " * self.level + text)


with Resource("a") as a, Resource("b") as b:
    events.append(f"using {a.name}+{b.name}")
print(events)
events.clear()

try:
    with Resource("outer"):
        with Resource("inner"):
            raise KeyError("missing")
except KeyError as e:
    events.append(f"handled {e!r}")
print(events)
events.clear()

with Suppress(ZeroDivisionError, ValueError) as s:
    events.append("before")
    1 / 0
    events.append("never")
print(events, type(s.caught).__name__, s.caught)

with Suppress(ValueError) as s2:
    int("12")
print(s2.caught)

try:
    with Suppress(ValueError):
        [][3]
except IndexError as e:
    print("escaped:", e)

ind = Indenter()
ind.write("root")
with ind:
    ind.write("child 1")
    with ind:
        ind.write("grandchild")
    ind.write("child 2")
ind.write("end")
print("\n".join(ind.lines))


def use_in_function():
    with Resource("fn"):
        return "returned value"

events.clear()
print(use_in_function(), events)

events.clear()
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        events.append(f"body{i}")
print(events)
