# dict[key] sites whose key types change: str, int, float/bool aliases, custom keys, subclasses.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __repr__(self):
        return "Key(%r)" % self.name


class Defaulting(dict):
    def __missing__(self, key):
        return ("missing", key)


class Counting(dict):
    misses = 0

    def __missing__(self, key):
        Counting.misses += 1
        self[key] = len(self)
        return self[key]


def get(d, k):
    return d[k]


d = {"a": 1, "b": 2, 1: "one", 2: "two", 2 ** 70: "big", Key("Ab"): "key-ab", (1, 2): "pair", None: "none"}
phases = [["a", "b"], [1, 2, 1.0, True], [2 ** 70, float(2 ** 70)], [Key("ab"), Key("AB")], [(1, 2), None]]
for n, keys in enumerate(phases):
    out = []
    for i in range(40):
        out.append(get(d, keys[i % len(keys)]))
    print("phase", n, sorted(set(out), key=repr), len(out))

errors = []
for i in range(60):
    k = ["zz", 3, Key("abc"), 2.5, (2, 1), "a"][i % 6]
    try:
        get(d, k)
    except KeyError as e:
        errors.append(repr(e.args[0]))
print("misses:", sorted(set(errors)), len(errors))
for k in ([1], {}, {1}):
    try:
        get(d, k)
    except TypeError as e:
        print("TypeError:", e)

dd = Defaulting(x=10)
mixed = []
for i in range(90):
    target = d if i < 30 else dd if i < 60 else (d if i % 2 else dd)
    k = "a" if target is d else ("x" if i % 3 else i)
    mixed.append(get(target, k))
print(mixed[:3], mixed[30:36], mixed[-4:])
print(len(dd), "x" in dd, 5 in dd)

c = Counting()
tot = 0
for i in range(100):
    tot += get(c, i % 7)
print("counting:", tot, Counting.misses, sorted(c.items()))
try:
    get(dict(), "nope")
except KeyError as e:
    print("KeyError str:", str(e), "repr:", repr(e))
try:
    get({}, ("t", 1))
except KeyError as e:
    print("KeyError str:", str(e))

# mutate the dict between hot lookups (keys removed / re-added / changed value)
m = {"k%d" % j: j for j in range(8)}
res = []
for i in range(80):
    k = "k%d" % (i % 8)
    try:
        res.append(get(m, k))
    except KeyError:
        res.append(-1)
        m[k] = i
    if i % 9 == 0:
        del m["k%d" % ((i // 9) % 8)]
print("mutating:", sum(res), res.count(-1), sorted(m.items())[:4])
