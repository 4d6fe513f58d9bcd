# A hot unpacking site that finally receives a too-long sequence; the ValueError is not caught.
def split_pair(item):
    key, value = item
    return key, value


rows = [("a", 1), ["b", 2], "cd", (3, 4)]
total = 0
for i in range(120):
    k, v = split_pair(rows[i % len(rows)])
    total += v if isinstance(v, int) else len(v)
print("total", total)
rows.append((5, 6, 7))
for i in range(len(rows)):
    print(split_pair(rows[i]))
