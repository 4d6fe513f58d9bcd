# Ends with an uncaught RecursionError from a cyclic structure walked naively.

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def link(self, other):
        self.links.append(other)
        return other


def count_reachable(node, seen=None):
    if seen is None:
        seen = set()
    if node.name in seen:
        return 0
    seen.add(node.name)
    return 1 + sum(count_reachable(n, seen) for n in node.links)


def naive_depth(node):
    return 1 + max((naive_depth(n) for n in node.links), default=0)


a, b, c, d = (Node(x) for x in "abcd")
a.link(b).link(c)
a.link(d)
print(count_reachable(a), naive_depth(a))

def depth_countdown(n):
    return 0 if n == 0 else 1 + depth_countdown(n - 1)
print(depth_countdown(500))

c.link(a)
print(count_reachable(a))
print(naive_depth(a))
