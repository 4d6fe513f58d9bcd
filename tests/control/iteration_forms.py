d = {"x": 1, "y": 2}
for k in d:
    print("key", k)
for k, v in d.items():
    print(k, "=", v)
for i, (k, v) in enumerate(d.items(), 1):
    print(i, k, v)
names, ages = ["a", "b", "c"], [1, 2, 3]
for n, a in zip(names, ages):
    print(n, a)
for i in range(len(names) - 1, -1, -1):
    print(names[i], end="")
print()
for c in reversed("xyz"):
    print(c, end="")
print()
for x in sorted({3, 1, 2}):
    print(x, end=" ")
print()
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = (row, v)
            break
    else:
        continue
    break
print("found", found)
nums = [1, 2, 3, 4]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
acc = []
for a, *rest in [(1, 2, 3), (4,)]:
    acc.append((a, rest))
print(acc)
for _ in range(0):
    print("never")
total = 0
for s in ("1", "22", "333"):
    total += len(s)
print(total)
it = iter(range(5))
for x in it:
    if x == 1:
        next(it)
    print("x", x)
