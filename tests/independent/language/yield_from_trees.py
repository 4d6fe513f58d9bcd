# Trees traversed with recursive generators and yield from.

class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)

    def preorder(self):
        yield self.label
        for child in self.children:
            yield from child.preorder()

    def postorder(self):
        for child in self.children:
            yield from child.postorder()
        yield self.label

    def paths(self, prefix=()):
        here = prefix + (self.label,)
        if not self.children:
            yield "/".join(here)
        for child in self.children:
            yield from child.paths(here)

    def levels(self):
        layer = [self]
        while layer:
            yield [n.label for n in layer]
            layer = [c for n in layer for c in n.children]

    def render(self, indent=0):
        yield "  " * indent + f"- {self.label}"
        for child in self.children:
            yield from child.render(indent + 1)

    def __iter__(self):
        return self.preorder()

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


fs = Tree("root",
          Tree("etc", Tree("hosts"), Tree("nginx", Tree("nginx.conf"), Tree("sites"))),
          Tree("home", Tree("ann", Tree("notes.txt"))),
          Tree("tmp"))

print(list(fs.preorder()))
print(list(fs.postorder()))
print(list(fs.paths()))
print(list(fs.levels()))
print("\n".join(fs.render()))
print(fs.depth(), len(list(fs)), "nginx" in fs, "var" in fs)


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def _ins(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1])
            elif key > node[0]:
                node[2] = _ins(node[2])
            return node
        self.root = _ins(self.root)

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is not None:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])


bst = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    bst.insert(k)
print(list(bst.inorder()))


def chain(*iterables):
    for it in iterables:
        yield from it


def numbered(gen):
    result = yield from gen
    return result


def inner_gen():
    yield "a"
    yield "b"
    return "inner done"


print(list(chain([1, 2], "xy", range(3), {"k": 0})))
wrapper = numbered(inner_gen())
print(next(wrapper), next(wrapper))
try:
    next(wrapper)
except StopIteration as s:
    print("StopIteration value:", s.value)
