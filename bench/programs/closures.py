"""Closures and higher-order functions: counters and accumulators with nonlocal state,
function composition, currying, map/filter/sorted with lambdas, decorators and callbacks."""

ROUNDS = 150
N = 5000


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def memoize(f):
    cache = {}

    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = cache[n] = f(n)
        return r
    return wrapper


def logged(calls):
    def decorate(f):
        def wrapper(*args, **kwargs):
            calls.append(f.__name__)
            return f(*args, **kwargs)
        return wrapper
    return decorate


def fold(f, xs, acc):
    for x in xs:
        acc = f(acc, x)
    return acc


def workload():
    checksum = 0
    for r in range(ROUNDS):
        counters = [make_counter(k) for k in range(1, 8)]
        for i in range(N):
            checksum += counters[i % 7]()
        pipeline = compose(lambda x: x + r, lambda x: x * 3, lambda x: x - 1, abs)
        checksum += sum(map(pipeline, range(-N // 2, N // 2)))
        add3 = curry3(lambda a, b, c: a * 100 + b * 10 + c)
        checksum += sum(add3(i % 10)(i % 7)(i % 3) for i in range(N))
        adders = [(lambda k: lambda x: x + k)(k) for k in range(10)]
        checksum += fold(lambda acc, f: f(acc), adders * 50, r)

        @memoize
        def collatz(n):
            if n == 1:
                return 0
            return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
        checksum += max(collatz(i) for i in range(1, N // 5))
        calls = []

        @logged(calls)
        def area(w, h=1):
            return w * h
        checksum += sum(area(i, h=i % 5) for i in range(N // 5)) + len(calls)
        evens = list(filter(lambda x: x % 2 == 0, map(lambda x: x * x + r, range(N))))
        checksum += sorted(evens, key=lambda x: (x % 1000, -x))[0]
        callbacks = {}
        for name in ("a", "b", "c", "d"):
            callbacks[name] = (lambda nm: lambda v: len(nm) + v * ord(nm))(name)
        checksum += fold(lambda acc, kv: acc + kv[1](acc % 100), callbacks.items(), 0)
    return "closures: checksum %d" % checksum


from _harness import run

run(workload)
