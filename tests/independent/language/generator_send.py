# Generator send/throw/close: coroutine-style consumers and a state machine.

def accumulator():
    total = 0
    try:
        while True:
            cmd = yield total
            if cmd is None:
                continue
            if isinstance(cmd, tuple):
                op, value = cmd
                if op == "add":
                    total += value
                elif op == "mul":
                    total *= value
                else:
                    raise ValueError(f"bad op {op}")
            else:
                total += cmd
    except GeneratorExit:
        print("accumulator closing at", total)
        raise
    finally:
        print("finally in accumulator")


acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(("mul", 3)), acc.send(None), acc.send(("add", -1)))
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("closed generator raises StopIteration")


def resilient():
    count = 0
    while True:
        try:
            value = yield count
            count += 1
            print("got", value)
        except KeyError as e:
            print("recovered from KeyError", e)
            count = -100


r = resilient()
next(r)
r.send("a")
print(r.throw(KeyError("k")))
print(r.send("b"))
try:
    r.throw(RuntimeError("fatal"))
except RuntimeError as e:
    print("propagated:", e)
print(next(r, "exhausted"))


def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    order = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        override = yield state, durations[state]
        state = override if override in order else order[state]


light = traffic_light()
timeline = [next(light)]
for signal in [None, None, "red", None, "purple", None]:
    timeline.append(light.send(signal))
print(timeline)


def returns_value():
    x = yield 1
    y = yield x * 2
    return x + y


g = returns_value()
print(next(g), g.send(10))
try:
    g.send(5)
except StopIteration as stop:
    print("return value:", stop.value, stop.args)

g2 = returns_value()
try:
    g2.send(3)
except TypeError as e:
    print("TypeError:", e)


def averager():
    total = count = 0
    while True:
        item = yield
        if item is None:
            return total / count if count else 0.0
        total += item
        count += 1


def delegator(results):
    while True:
        results.append((yield from averager()))


results = []
d = delegator(results)
next(d)
for batch in [[1, 2, 3], [10, 20], []]:
    for v in batch:
        d.send(v)
    d.send(None)
print(results)
