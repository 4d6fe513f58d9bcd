# BINARY_SUBSCR sites on list/tuple/str with changing containers and indexes.
class Rev(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return list.__getitem__(self, -1 - i)
        return "slice" + repr((i.start, i.stop, i.step))


class IntLike:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def get(seq, i):
    return seq[i]


lst = list(range(10, 20))
tup = tuple(range(20, 30))
s = "abcdefghij"
rev = Rev(range(30, 40))
containers = [lst, tup, s, rev]
summary = []
for i in range(200):
    c = containers[(i // 40) % 4] if i < 160 else containers[i % 4]
    idx = (i % 21) - 10  # -10 .. 10; 10 is out of range
    try:
        summary.append(str(get(c, idx)))
    except IndexError as e:
        summary.append("IE")
print(" ".join(summary[:45]))
print(" ".join(summary[150:]))
print("IE count:", summary.count("IE"))

for c in (lst, tup, s):
    for idx in (10, -11, 2 ** 63, -(2 ** 100)):
        try:
            get(c, idx)
        except IndexError as e:
            print(type(c).__name__, "IndexError:", e)
for c, idx in [(lst, "1"), (tup, 1.0), (s, None), (lst, 2 ** 70), (tup, 2 ** 64)]:
    try:
        print(get(c, idx))
    except (TypeError, IndexError) as e:
        print(type(c).__name__, type(e).__name__ + ":", e)

# bools and __index__ objects as indexes at the now-specialized site
print(get(lst, True), get(tup, False), get(s, IntLike(-1)), get(lst, IntLike(3)))
print(get(rev, 0), get(rev, -1), get(rev, slice(1, 2)), get(lst, slice(-3, None)), get(s, slice(None, None, -3)))

# list shrinking between hot accesses
work = list(range(50))
hits = 0
for i in range(100):
    try:
        hits += get(work, i % 50)
    except IndexError:
        hits -= 1
    if i % 10 == 9:
        work.pop()
print("shrinking:", hits, len(work))
try:
    get(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    get({1: 2}.keys(), 0)
except TypeError as e:
    print("TypeError:", e)
