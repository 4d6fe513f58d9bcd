"""Recursive Fibonacci: plain function calls, int additions and comparisons."""

N = 35


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def workload():
    return "fib(%d) = %d" % (N, fib(N))


from _harness import run

run(workload)
