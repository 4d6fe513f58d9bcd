# gen.send(v) resumes the generator in place from the fast path: results, StopIteration at the
# call, errors raised inside, first-send rules, re-entrance, and receivers of other kinds at the
# same call site (coroutines, async generators, objects with a send method).


def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return "done at %d" % total
        total += v


def drive(g, values):
    out = []
    for v in values:
        try:
            out.append(g.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
            break
    return out


for round_ in range(3):
    g = echo()
    print(drive(g, [None] + list(range(1, 2000)))[-3:])
    print(drive(g, [None]))  # finished: StopIteration without a value


def short():
    x = yield 1
    return x * 2


results = []
for i in range(1500):
    g = short()
    g.send(None)
    try:
        g.send(i)
    except StopIteration as e:
        results.append(e.value)
print(sum(results), results[:3], results[-1])


def fails(n):
    while True:
        v = yield n
        if v < 0:
            raise ValueError("negative %d" % v)
        if v == 0:
            raise StopIteration("inside")
        n += v


for k in range(1200):
    g = fails(0)
    g.send(None)
    for v in (1, 2, 3):
        g.send(v)
    try:
        g.send(-k if k % 2 else 0)
    except ValueError as e:
        last_value_error = str(e)
    except RuntimeError as e:
        last_runtime_error = (str(e), type(e.__cause__).__name__, str(e.__cause__))
print(last_value_error, last_runtime_error)

# First resumption with a value other than None, and a generator that is running.
for k in range(1100):
    g = echo()
    try:
        g.send(k + 1)
    except TypeError as e:
        first_send = str(e)
print(first_send)


def reentrant():
    me = yield
    try:
        me.send(1)
    except ValueError as e:
        yield str(e)


for k in range(1100):
    g = reentrant()
    g.send(None)
    msg = g.send(g)
print(msg)


# One call site, several kinds of receiver: generators, coroutines, async generators (which have
# no send), and Python objects with a send method.
class Sink:
    def __init__(self):
        self.got = []

    def send(self, v):
        self.got.append(v)
        return len(self.got)


async def coro():
    return "coroutine result"


async def agen():
    yield 1


def poke(obj, v):
    return obj.send(v)


sink = Sink()
for k in range(1500):
    g = echo()
    poke(g, None)
    poke(g, k)
    if k % 100 == 0:
        poke(sink, k)
    if k % 250 == 0:
        c = coro()
        try:
            poke(c, None)
        except StopIteration as e:
            coro_value = e.value
        a = agen()
        try:
            poke(a, None)
        except AttributeError as e:
            agen_error = str(e)
print(sink.got[-3:], coro_value, agen_error)


# A tree of generators driven by send, as the coroutines benchmark does, deep enough to hit the
# recursion of frames entered in place, and a node whose child is sometimes a Sink.
def node(children):
    for c in children:
        if hasattr(c, "gi_frame"):
            next(c)
    request = yield None
    while True:
        acc = 0
        for i, c in enumerate(children):
            acc += c.send(request + i)
        request = yield acc % 100003


def leaf(ident):
    total = 0
    request = yield None
    while True:
        total += request
        request = yield (ident * 31 + request * 7 + total) % 1009


def build(depth, counter):
    if depth == 0:
        counter[0] += 1
        if counter[0] % 17 == 0:
            return Sink()
        return leaf(counter[0])
    return node([build(depth - 1, counter) for _ in range(3)])


root = build(5, [0])
next(root)
t = 0
for k in range(300):
    t = (t * 3 + root.send(k)) % 1000000007
print(t)


# A generator that returns while resumed by send raises StopIteration with a traceback at the call.
def one_shot():
    yield
    return 42


for k in range(1100):
    g = one_shot()
    next(g)
    try:
        g.send("x")
    except StopIteration as e:
        tb = e.__traceback__
        stop_line = tb.tb_lineno
        stop_value = e.value
print(stop_value, stop_line)
