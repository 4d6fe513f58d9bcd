# Comprehension scoping rules, nested comprehensions, and class-body interactions.

x = "global x"
squares = [x * x for x in range(5)]
print(squares, x)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2]
print(flat)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])


def outer():
    n = 10
    return [n + k for k in range(3)], {k: n * k for k in range(3)}

print(outer())

word_lengths = {w: len(w) for w in "the quick brown fox".split()}
print(word_lengths)
print({n % 4 for n in range(20)})
gen = (c.upper() for c in "abc")
print(list(gen), list(gen))


class Config:
    base = 5
    try:
        derived = [base + i for i in range(3)]
    except NameError as e:
        derived = f"NameError: {e}"
    first = [i * 2 for i in range(3)]

print(Config.derived)
print(Config.first)

total = 0
values = [(total := total + v) for v in [1, 2, 3, 4]]
print(values, total)

pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1]
print(pairs)

nested = {k: [c for c in v if c.isupper()] for k, v in {"a": "AbC", "b": "xyz", "c": "QQq"}.items()}
print(nested)

text = "one two three two one four"
seen = set()
unique = [w for w in text.split() if not (w in seen or seen.add(w))]
print(unique)

def gen_scope():
    y = 3
    g = (y * i for i in range(3))
    y = 100
    return list(g)

print(gen_scope())
print([[j for j in range(i)] for i in range(4)])
print(sum(x for x in range(101) if x % 3 == 0))
