# Decorators taking arguments, stacking, and preserving metadata by hand.

def tag(name, *, sep=":"):
    def deco(fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            return f"{name}{sep}{result}"
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco


def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args]
        parts += [f"{k}={v!r}" for k, v in kwargs.items()]
        call_log.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper


@tag("greet")
@logged
def hello(who, punct="!"):
    """Say hello."""
    return f"hello {who}{punct}"


@repeat(3)
def counter_value(start=[0]):
    start[0] += 1
    return start[0]


@tag("b", sep="=")
@tag("a")
def inner():
    return "x"


print(hello("world"))
print(hello("bob", punct="?"))
print(hello.__name__, hello.__doc__)
print(hello.__wrapped__("direct"))
print(call_log)
print(counter_value())
print(counter_value())
print(inner())


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, *names):
        def deco(fn):
            for n in names or (fn.__name__,):
                self.handlers[n] = fn
            return fn
        return deco

    def dispatch(self, name, *args):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name!r}"
        return handler(*args)


reg = Registry()

@reg.register("add", "plus")
def add(a, b):
    return a + b

@reg.register()
def neg(a):
    return -a

print(sorted(reg.handlers))
print(reg.dispatch("plus", 2, 3), reg.dispatch("neg", 7), reg.dispatch("mul", 1))
