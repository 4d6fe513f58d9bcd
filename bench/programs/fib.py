"""Recursive Fibonacci: plain function calls, int additions and comparisons."""
import sys
try:
    from time import perf_counter
except ImportError:  # Ember has no time module yet; the runner then times the rep markers
    perf_counter = None

N = 35


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def workload():
    return "fib(%d) = %d" % (N, fib(N))


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
