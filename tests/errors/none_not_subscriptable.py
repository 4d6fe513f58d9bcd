def find(items, key):
    for k, v in items:
        if k == key:
            return v
result = find([("a", [1, 2])], "b")
print(result)
print(result[0])
