"""Coroutine tree without asyncio: a tree of generator-based coroutines driven with send().
Leaves produce values on request, inner nodes forward requests to children and combine their
replies, and a tiny round-robin scheduler interleaves several trees."""

DEPTH = 6
FANOUT = 3
REQUESTS = 1200
TREES = 4


def leaf(ident):
    total = 0
    request = yield None
    while True:
        total += request
        request = yield (ident * 31 + request * 7 + total) % 1009


def node(children):
    for c in children:
        next(c)
    request = yield None
    while True:
        acc = 0
        for i, c in enumerate(children):
            acc += c.send(request + i)
        request = yield acc % 100003


def build(depth, counter):
    if depth == 0:
        counter[0] += 1
        return leaf(counter[0])
    return node([build(depth - 1, counter) for _ in range(FANOUT)])


def driver(tree_id, requests):
    counter = [tree_id * 1000]
    root = build(DEPTH, counter)
    next(root)
    total = 0
    for k in range(requests):
        total = (total * 3 + root.send(k + tree_id)) % 1000000007
        yield total
    return total


def run_all():
    tasks = [driver(t, REQUESTS) for t in range(TREES)]
    results = {}
    steps = 0
    while tasks:
        still = []
        for t in tasks:
            try:
                next(t)
                steps += 1
                still.append(t)
            except StopIteration as stop:
                results[len(results)] = stop.value
        tasks = still
    return steps, results


def workload():
    steps, results = run_all()
    return "coroutines: %d steps, results %s" % (steps, [results[i] for i in range(len(results))])


from _harness import run

run(workload)
