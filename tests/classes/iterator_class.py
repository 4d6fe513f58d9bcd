class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i * self.step
    def __contains__(self, v):
        return self.start <= v < self.stop and (v - self.start) % self.step == 0
    def __reversed__(self):
        return (self[i] for i in range(len(self) - 1, -1, -1))
class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.cur = r.start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(1, 10, 3)
print(list(r), len(r), r[1], 7 in r, 8 in r, list(reversed(r)), sorted(r, reverse=True))
it = iter(r)
print(next(it), next(it), list(it), list(it))
for a, b in zip(r, r):
    print(a, b, end="; ")
print()
print([x for x in r if x > 2], dict.fromkeys(r, 0), tuple(r), max(r), set(r) == {1, 4, 7})
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
x, y, z = r
print(x, y, z)
print(*r, sep="-")
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
print(list(Cycle("ab", 3)), "".join(Cycle(["x"], 4)))
