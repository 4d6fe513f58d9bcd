d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["d"] = 4
print(list(ks), list(vs), list(its), len(ks))
print("a" in ks, 4 in vs, ("a", 1) in its, ("a", 2) in its)
print(ks & {"a", "z"} == {"a"}, sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(its & {("a", 1)} == {("a", 1)}, ks == {"a", "b", "c", "d"}, ks <= {"a", "b", "c", "d", "e"})
print(vs == vs, list(reversed(ks)), list(reversed(vs)), list(reversed(d.items())))
print(sorted(d, key=d.get, reverse=True), max(d, key=lambda k: d[k]))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(ks.isdisjoint(["x"]), type(ks).__name__, type(vs).__name__, type(its).__name__)
del d["a"]
print(list(ks), list(d.values()))
try:
    ks[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
m = d.items().mapping if hasattr(d.items(), "mapping") else None
print(m)
