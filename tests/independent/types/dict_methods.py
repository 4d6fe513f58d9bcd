# dict methods and errors: get/setdefault/pop/popitem/update/fromkeys/copy/clear, |, |=, KeyError repr.

inventory = {"apples": 5, "pears": 0}
print(inventory.get("apples"), inventory.get("kiwis"), inventory.get("kiwis", 0), inventory.setdefault("kiwis", 7))
print(inventory.setdefault("apples", 100), inventory)
inventory.update({"pears": 3}, figs=2)
inventory.update([("dates", 4)])
print(inventory, len(inventory))
print(inventory.pop("figs"), inventory.pop("nope", "default"), inventory.popitem(), inventory)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict(a=1, b=2), dict([("k", "v")]), dict({1: 2}, z=3))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print(base | override, override | base, base)
merged = dict(base)
merged |= override
merged |= [("extra", 1)]
print(merged)
copy = merged.copy()
copy["host"] = "remote"
print(merged["host"], copy["host"])
copy.clear()
print(copy)
print({1: "a", 1.0: "b", True: "c"}, {"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"b": 1, "a": 2}))

d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d), "a" in d, 4 in d, 4 in d.values())

for bad in [lambda: {}["missing"], lambda: {"a": 1}[("tuple", 1)], lambda: {}.pop("x"), lambda: {}.popitem(),
            lambda: {[1]: 2}, lambda: {"a": 1} | [("b", 2)], lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]),
            lambda: {}[None], lambda: {1: 2} < {1: 2}, lambda: dict.fromkeys(5), lambda: {0: 1}[0.0 + 1e-9],
            lambda: {(1, [2]): 3}, lambda: {}.get(), lambda: {"k": 1}.update(5)]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e!s} | {e!r}")

counts = {}
for word in "to be or not to be that is the question to".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for n in range(10):
    groups.setdefault("even" if n % 2 == 0 else "odd", []).append(n)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
