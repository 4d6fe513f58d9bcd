nums = [5, 3, 8, 1]
nums.append(7)
print(nums, len(nums))
nums.sort()
print(nums)
print(nums[0], nums[-1], nums[1:3])
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print("a" in d, "z" in d)
print(d.get("z"), d.get("z", 0))
s = "hello world"
print(s.upper(), s.split(), len(s))
print(s[0], s[-1], s[::-1])
words = s.split(" ")
print("-".join(words))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0])
t = (1, "two", 3.0)
print(t, t[1])
print(list(range(5)), sum([1, 2, 3]))
print(sorted(["pear", "apple", "fig"]))
