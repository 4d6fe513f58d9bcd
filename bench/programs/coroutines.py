"""Coroutine tree without asyncio: a tree of generator-based coroutines driven with send().
Leaves produce values on request, inner nodes forward requests to children and combine their
replies, and a tiny round-robin scheduler interleaves several trees."""
import sys
try:
    from time import perf_counter
except ImportError:  # Ember has no time module yet; the runner then times the rep markers
    perf_counter = None

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


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    result = None
    for i in range(reps):
        t0 = perf_counter() if perf_counter is not None else 0.0
        r = workload()
        if reps > 1:
            if perf_counter is not None:
                sys.stderr.write("rep %d %.6f\n" % (i + 1, perf_counter() - t0))
            else:
                sys.stderr.write("rep %d -\n" % (i + 1))
            sys.stderr.flush()
        if result is not None and r != result:
            raise AssertionError("repetition %d gave %r, expected %r" % (i + 1, r, result))
        result = r
    print(result)


main()
