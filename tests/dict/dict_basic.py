d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"])
del d["a"]
d["a"] = 100
print(d)
print(d.get("zz"), d.get("zz", "dflt"), "b" in d, 20 in d, d.pop("b"), d.pop("nope", None))
print(d.setdefault("c", 0), d.setdefault("n", []), d)
d["n"].append(1)
print(d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("ab", range(2))))
e = {1: "a"}
e.update({2: "b"})
e.update([(3, "c")], four=4)
print(e)
print(e.copy() == e, e.copy() is e, {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2})
e.clear()
print(e, bool(e), bool({0: 0}))
print({(1, 2): "t", 3.5: "f", None: "n", True: "b"})
print({i: i * i for i in range(5)}, {k: v for k, v in [("a", 1)]})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
k = {"x": 1}
for key in k:
    k[key] = 2
print(k)
try:
    for key in k:
        k["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
