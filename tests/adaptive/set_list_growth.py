# set.add / set.discard and list.append in hot code: sets that fill with deleted slots and
# grow, lists that grow from empty, in both the specialized and the general path. Sets that
# only grow print in iteration order (CPython's slots and resizes); sets with discards print
# sorted, and str sets always (str hashes differ by design).


def churn(n):
    s = set()
    out = []
    for i in range(n):
        s.add(i % 37)
        s.add((i * 7) % 101)
        if i % 3 == 0:
            s.discard(i % 37)
        if i % 5 == 0:
            s.discard((i * 7) % 101)
        s.discard(-1)
        if i % 500 == 499:
            out.append(sorted(s))
    return out


def grow(n):
    seen = set()
    lists = []
    for i in range(n):
        ns = []
        for k in range(i % 13):
            ns.append(k * i)
            seen.add(k * i % 1009)
        lists.append(ns)
    return len(lists), sum(len(x) for x in lists), len(seen), sorted(seen)[:5], list(seen)[:10]


def words(n):
    s = set()
    for i in range(n):
        w = "w%d" % (i % 50)
        s.add(w)
        if i % 4 == 0:
            s.discard("w%d" % ((i * 3) % 50))
    return sorted(s)


def comprehension(n):
    return [len([j for j in range(i % 40)]) for i in range(n)][-5:]


def mixed_keys():
    s = set()
    for i in range(300):
        s.add(i)
        s.add(float(i) + 0.5)
        s.add((i, i))
        s.discard(i - 3)
    return len(s), sorted(x for x in s if type(x) is int)[:8], len([x for x in s if type(x) is tuple])


for rnd in range(3):
    snaps = churn(3000)
    print(rnd, len(snaps), snaps[0][:12], snaps[-1][:12], len(snaps[-1]))
    print(grow(400))
    print(words(2000)[:15])
    print(comprehension(300))
    print(mixed_keys())
