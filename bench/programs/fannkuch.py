"""Fannkuch: flip prefixes of every permutation of 1..n (list slicing, reversal, index
juggling in tight loops)."""
import sys
try:
    from time import perf_counter
except ImportError:  # Ember has no time module yet; the runner then times the rep markers
    perf_counter = None

N = 9
ROUNDS = 2


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        # next permutation in the rotation order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def workload():
    for _ in range(ROUNDS):
        checksum, flips = fannkuch(N)
    return "fannkuch(%d): checksum %d, max flips %d" % (N, checksum, flips)


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
