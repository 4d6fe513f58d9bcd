# Loop sites over containers that are mutated while being iterated.
def walk_grow(lst, cap):
    seen = 0
    for x in lst:
        seen += 1
        if len(lst) < cap:
            lst.append(x + 1)
    return seen, len(lst), lst[-1]


for cap in (5, 10, 50, 100, 3):
    print("grow", cap, walk_grow([0, 1], cap))


def walk_remove(lst):
    kept = []
    for x in lst:
        kept.append(x)
        if x % 2 == 0 and x in lst:
            lst.remove(x)
    return kept, lst


for n in (6, 9, 30):
    kept, rest = walk_remove(list(range(n)))
    print("remove", n, kept[:10], rest[:10], len(kept), len(rest))


def walk_dict(d, action):
    n = 0
    for k in d:
        n += 1
        if n == 2:
            action(d, k)
    return n


def noop(d, k):
    pass


def update_value(d, k):
    d[k] = "changed"


def add_key(d, k):
    d["new%d" % len(d)] = 0


def pop_key(d, k):
    d.pop(k)


for action in (noop, update_value, noop, add_key, pop_key, noop):
    for rep in range(30):
        d = {i: i for i in range(5)}
        try:
            r = walk_dict(d, action)
        except RuntimeError as e:
            r = "RuntimeError: " + str(e)
    print(action.__name__, r, len(d))


def walk_values(view, d):
    out = []
    for v in view:
        out.append(v)
        if len(out) == 1:
            d["extra"] = "e"
    return out


for make in (lambda d: d.values(), lambda d: d.items(), lambda d: d.keys()):
    try:
        d = {"a": 1}
        print(walk_values(make(d), d))
    except RuntimeError as e:
        print("RuntimeError:", e)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s))

# a list the loop site iterates is replaced by another list mid-iteration (no effect on the loop)
data = [1, 2, 3, 4]
total = 0
for x in data:
    total += x
    data = [100, 200]
print(total, data)
lst = list(range(10))
for i, x in enumerate(lst):
    if i < 5:
        lst[i + 1] = x * 10  # writes ahead of the iterator are seen
print(lst)
