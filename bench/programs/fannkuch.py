"""Fannkuch: flip prefixes of every permutation of 1..n (list slicing, reversal, index
juggling in tight loops)."""

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


from _harness import run

run(workload)
