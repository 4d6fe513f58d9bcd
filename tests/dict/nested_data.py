students = [
    {"name": "ann", "grade": "A", "scores": [90, 95]},
    {"name": "bob", "grade": "B", "scores": [80, 85, 70]},
    {"name": "cy", "grade": "A", "scores": [99]},
    {"name": "dee", "grade": "C", "scores": []},
]
by_grade = {}
for s in students:
    by_grade.setdefault(s["grade"], []).append(s["name"])
print(by_grade)
averages = {s["name"]: (sum(s["scores"]) / len(s["scores"]) if s["scores"] else None) for s in students}
print(averages)
best = max((s for s in students if s["scores"]), key=lambda s: max(s["scores"]))
print(best["name"])
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
inventory["veg"]["leek"] = 5
inventory.setdefault("dairy", {})["milk"] = 1
print(inventory)
print({cat: sum(items.values()) for cat, items in inventory.items()})
print([(cat, name) for cat, items in inventory.items() for name, n in items.items() if n == 0])
def deep_get(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
print(deep_get(inventory, "fruit.apple"), deep_get(inventory, "veg.none", "?"), deep_get(inventory, "fruit"))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], matrix[1, 2], len(matrix), sum(matrix.values()))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
merged = {**{"x": 1, "y": 2}, **{"y": 3}, "z": 4}
print(merged, list(merged.keys())[::-1])
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts, sorted(counts, key=counts.get))
