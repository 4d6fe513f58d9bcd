a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
t = Auto()
t["a"]["b"]["c"] = 1
print(t)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
l = Lower()
l["KEY"] = 1
print(l, l["kEy"], type(l).__name__, isinstance(l, dict))
l.update(OTHER=2)
print(l)
class R(dict):
    def __repr__(self):
        return "R(" + super().__repr__() + ")"
print(R(a=1), [R()], str(R(b=2)))
order = {}
for k in [5, 3, 9, 1]:
    order[k] = str(k)
print(list(order), list(order.values()))
order.pop(3)
order[3] = "again"
print(order)
od = dict(sorted(order.items()))
print(od)
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
