"""The driver every benchmark program shares: run the workload K times (K = argv[1], default 1),
report each repetition's time on stderr as "rep <i> <seconds>" when K > 1, check that every
repetition gives the same result, and print that result line once."""
import sys
try:
    from time import perf_counter
except ImportError:  # without a time module the runner times the "rep <i> -" markers itself
    perf_counter = None


def run(workload):
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
