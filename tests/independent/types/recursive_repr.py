# repr of nested and self-referential containers, and of user objects inside containers.

a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a, a[2][2][0])
d = {"name": "root"}
d["self"] = d
d["list"] = [d, a]
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {"k": []}
s["k"].append(s["k"])
print(s)
b = [a, a]
print(b)
x, y = [], []
x.append(y)
y.append(x)
print(x, y)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("r")
root.children.append(Node("c1"))
root.children.append(Node("c2"))
root.children[0].children.append(Node("g"))
print(root, [root.children[1]], {"tree": root})

nested = {"ints": [1, -2, 10 ** 20], "floats": (0.1, -0.0, 1e100, float("inf")), "strs": ["it's", 'q"', "\n"],
          "mixed": [None, True, False, b"\x00", bytearray(b"z"), 1 + 2j, range(3), slice(1, None)],
          "empty": [[], (), {}, set(), frozenset(), "", b""], "single": (1,), "deep": [[[[["bottom"]]]]]}
for k, v in nested.items():
    print(f"{k}: {v!r}")
print(repr(nested)[:60])
print(str(["a", 1]), str(("a",)), str({"a": "b"}), f"{['x']}", "%s" % ([1],), format([1, "2"]), "{}".format({1: "1"}))


class Evil:
    def __repr__(self):
        return "Evil<" + ", ".join(["x"] * 2) + ">"

    def __str__(self):
        return "evil-str"


e = Evil()
print([e], (e,), {"e": e}, str(e), f"{e}", f"{e!r}", repr([str(e)]))
deep = []
cur = deep
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:40], repr(deep)[-32:])
print(list.__repr__([1, 2]), dict.__repr__({}), tuple.__repr__((None,)), object.__repr__.__name__)
