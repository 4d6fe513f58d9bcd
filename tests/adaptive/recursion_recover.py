# Hot recursive call sites that hit RecursionError, recover, and keep specializing.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def forever(n):
    return forever(n + 1)


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child is not None else 0)


def mutual_a(n):
    return "a" if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return "b" if n <= 0 else mutual_a(n - 1)


caught = 0
total = 0
for i in range(120):
    try:
        if i % 30 == 29:
            forever(0)
        total += depth(i % 40)
    except RecursionError as e:
        caught += 1
        msg = str(e)
print("caught:", caught, "total:", total, "msg:", msg)

# after the error the same sites still work at moderate depth
print(depth(150), mutual_a(101), mutual_b(101))

chain = None
sizes = []
for i in range(100):
    chain = Node(chain)
    sizes.append(chain.size())
print("chain:", sizes[0], sizes[49], sizes[-1])

# a deep structure that overflows a method site, then shallow again
deep = None
for i in range(100000):
    deep = Node(deep)
try:
    deep.size()
    print("no error?")
except RecursionError as e:
    print("deep method:", type(e).__name__, e)
print("shallow again:", Node(Node(None)).size(), chain.size())
while deep is not None:  # unlink iteratively so teardown does not recurse
    deep = deep.child

# recursion through a generator and through __repr__
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(50)), list(countdown(5)))


class Loop:
    def __repr__(self):
        return "L" + repr(self)


for i in range(3):
    try:
        repr(Loop())
    except RecursionError as e:
        print("repr:", type(e).__name__)  # message wording differs for C-level checks

old = sys.getrecursionlimit()
sys.setrecursionlimit(old)  # unchanged; just exercised
print(sys.getrecursionlimit() == old, depth(10))
