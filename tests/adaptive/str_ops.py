# String concatenation / comparison sites that later see str subclasses and non-strs.
class Tagged(str):
    def __add__(self, other):
        return Tagged("<" + str.__str__(self) + "+" + str(other) + ">")

    def __radd__(self, other):
        return "r(" + other + "|" + str.__str__(self) + ")"


class Folded(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


def cat(a, b): return a + b
def eq(a, b): return a == b
def lt(a, b): return a < b


s = ""
for i in range(150):
    s = cat(s, chr(97 + i % 26))
print(len(s), s[:30], s[-5:])
acc = "x"
for i in range(60):
    acc += "ab" if i % 2 else ""
print(len(acc), acc[:9])

words = ["pear", "apple", "Apple", "", "apples", "é", "z" * 3, "pear"]
order = []
for i in range(120):
    a, b = words[i % len(words)], words[(i * 3) % len(words)]
    order.append(("<" if lt(a, b) else ">" if lt(b, a) else "=") + ("T" if eq(a, b) else "F"))
print("".join(o[0] for o in order[:40]))
print(sorted(set(order)), order.count("=T"))

mixed = []
for i in range(100):
    left = Tagged("t") if 40 <= i < 50 else "s"
    right = Tagged("u") if 60 <= i < 70 else str(i % 10)
    r = cat(left, right)
    if i % 10 == 0:
        mixed.append((type(r).__name__, r))
print(mixed)

# a Folded key at the same eq site, then as dict/set keys
seen = []
for i in range(80):
    a = Folded("Hello") if i >= 50 else "Hello"
    b = "hELLO" if i % 2 else "Hello"
    seen.append(eq(a, b))
    if i >= 75:
        seen.append(eq(b, a))
print(seen[:50].count(True), seen[50:].count(True), len(seen))
d = {Folded("Key"): 1}
print(d.get("key"), d.get("KEY"), Folded("Key") in {"KEY"}, "key" in {Folded("kEy")})

for a, b in [("a", 1), ("a", None), (1, "a"), ("a", ["a"]), ("a", b"a")]:
    try:
        cat(a, b)
    except TypeError as e:
        print("cat:", e)
    try:
        lt(a, b)
    except TypeError as e:
        print("lt:", e)
    print("eq:", eq(a, b))
print(cat("é", "ß"), lt("é", "ß"), lt("Z", "a"), lt("", "\x00"), eq("a" * 3, "aaa"))
