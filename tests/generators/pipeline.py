def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()
def parse(lines):
    for line in lines:
        name, value = line.split("=")
        yield name.strip(), int(value)
config = """
a = 1

b = 22
  c=333
"""
print(dict(parse(non_empty(read_lines(config)))))
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
print(list(take(5, evens)), list(take(3, evens)))
def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([1, 2, 3, 4])))
gen = (c.upper() for c in "abc")
print(", ".join(gen))
def unique(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 5])))
print(sum(1 for _ in take(100, naturals())), max(take(10, naturals())))
