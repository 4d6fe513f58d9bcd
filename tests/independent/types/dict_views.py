# dict views: keys/values/items are live, support set operations, reversed(), repr and membership.

stock = {"apple": 3, "banana": 0, "cherry": 12}
keys, values, items = stock.keys(), stock.values(), stock.items()
print(keys, values, items)
print(len(keys), "apple" in keys, 12 in values, ("cherry", 12) in items, ("cherry", 1) in items, ["x"] in values)
stock["date"] = 7
del stock["banana"]
print(list(keys), list(values), list(items))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)), list(reversed(stock)))
other = {"cherry": 1, "elder": 2, "apple": 3}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other.keys()))
print(sorted(keys & {"apple", "zzz"}), sorted(keys | ["q"]), keys == {"apple", "cherry", "date"}, keys <= {"apple", "cherry", "date", "x"})
print(sorted(items & other.items()), sorted(items - {("apple", 3)}), keys.isdisjoint({"x"}), items.isdisjoint([("apple", 3)]))
print(type(keys).__name__, type(values).__name__, type(items).__name__, type(keys & other.keys()).__name__)
print(values == values, list(values) == [3, 12, 7], {} .keys() == set(), bool({}.items()), bool(items))
try:
    for k in keys:
        stock[k + "_copy"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(stock)
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
try:
    values | values
except TypeError as e:
    print("TypeError:", e)
try:
    hash(keys)
except TypeError as e:
    print("TypeError:", e)
m = keys.mapping
print(type(m).__name__, m["apple"], dict(items) == stock)
for k, v in sorted(stock.items(), key=lambda kv: kv[1]):
    print(f"{k:>12}: {v}")
inventory = dict(zip("abc", range(3)))
swap = dict(zip(inventory.values(), inventory.keys()))
print(inventory, swap, max(inventory.items(), key=lambda kv: kv[1]))
print(sum(inventory.values()), sorted(inventory, key=inventory.get, reverse=True), [*inventory.items()][0])
it = iter(inventory.items())
print(next(it), next(it), list(it))
