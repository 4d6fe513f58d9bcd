# Sorting records with lambdas, multi-key sorts, stability, reverse, and key functions.

people = [
    ("Alice", "Smith", 34, "eng"),
    ("bob", "jones", 28, "ops"),
    ("Carol", "smith", 34, "eng"),
    ("dave", "Brown", 45, "mgmt"),
    ("Eve", "adams", 28, "eng"),
    ("frank", "Jones", 51, "ops"),
]

print([p[0] for p in sorted(people)])
print([p[0] for p in sorted(people, key=lambda p: p[0].lower())])
print([p[0] for p in sorted(people, key=lambda p: (p[1].lower(), p[0].lower()))])
print([(p[0], p[2]) for p in sorted(people, key=lambda p: (-p[2], p[0]))])
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
stable = sorted(by_age, key=lambda p: p[3])
print([(p[3], p[0]) for p in stable])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])

words = "banana Apple cherry apple Banana date Cherry fig".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(w.lower() for w in words)))

version_strings = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "10.0.1"]
print(sorted(version_strings))
print(sorted(version_strings, key=lambda v: tuple(int(x) for x in v.split("."))))

scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, score) in enumerate(ranking, 1):
    print(f"{rank}. {name:<4}{score}")

print(min(scores, key=scores.get), max(scores, key=lambda k: (scores[k], k)))
print(max([], default="none"), min((), key=len, default=0))

nums = [5, -3, 2, -8, 7, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)


class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task("write", 2), Task("test", 1), Task("ship", 3), Task("lint", 1)]
print(sorted(tasks, key=lambda t: t.priority))
try:
    sorted(tasks)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)

mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort(key=lambda t: t[0])
print(mixed)
