# Iteration order of int sets after many adds and discards: a re-added key goes into the
# last deleted slot its probe passed (CPython 3.11's rule), and resizes drop deleted slots.
# Also frozenset/set built from a churned set, and pop() order.
def run(seed, steps, keys):
    x = seed
    s = set()
    for step in range(steps):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = (x >> 8) % keys
        if (x >> 4) % 3 == 0:
            s.discard(k)
        else:
            s.add(k)
        if step % 50 == 49:
            print(seed, step, list(s))
for seed in range(3):
    run(seed, 3000, 101)
run(7, 400, 1000)
run(8, 2000, 20)

s = set(range(40))
for i in range(0, 40, 3):
    s.discard(i)
for i in range(0, 80, 2):
    s.add(i)
print(list(s))
print(list(frozenset(s)))
print(list(set(s)))
print([s.pop() for _ in range(5)], len(s))
t = {x * 8 for x in range(20)}
for x in range(0, 160, 16):
    t.discard(x)
    t.add(x + 1)
print(list(t))
