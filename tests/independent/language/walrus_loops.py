# Assignment expressions in while loops, comprehensions and conditions.

data = [4, 8, 15, 16, 23, 42, 7, 0, 99]
it = iter(data)
chunk = []
while (n := next(it, None)) is not None and n != 0:
    chunk.append(n)
print(chunk, list(it))

text = "alpha=1;beta=22;;gamma=333;delta"
pos = 0
pairs = []
while (end := text.find(";", pos)) != -1 or pos < len(text):
    if end == -1:
        end = len(text)
    if piece := text[pos:end]:
        key, eq, value = piece.partition("=")
        pairs.append((key, int(value) if eq else None))
    pos = end + 1
print(pairs)

readings = [12.5, 13.1, 40.2, 12.9, 55.0, 13.3]
alerts = [(i, r, d) for i, r in enumerate(readings) if (d := r - 13) > 10]
print(alerts, d)


def collatz_lengths(limit):
    best = (0, 0)
    for start in range(1, limit):
        n, steps = start, 0
        while (n := (n // 2 if n % 2 == 0 else 3 * n + 1)) != 1 and start > 1:
            steps += 1
        if (length := steps + 1) > best[1]:
            best = (start, length)
    return best

print(collatz_lengths(1000))

buffer = list("hello world, this is a stream of characters")
words = []
current = ""
while buffer and (ch := buffer.pop(0)):
    if ch.isalpha():
        current += ch
    elif current:
        words.append(current)
        current = ""
if current:
    words.append(current)
print(words)

totals = [running := 0] and [running := running + x for x in range(1, 6)]
print(totals, running)

if (count := len(words)) > 5:
    print(f"many words: {count}")

lines = ["# header", "value: 10", "junk", "value: 32", "value: x"]
values = [int(m) for line in lines if (m := line.partition("value: ")[2]).isdigit()]
print(values, sum(values))

def first_match(items, pred):
    for item in items:
        if (res := pred(item)) is not None:
            return item, res
    return None

print(first_match(range(10, 100), lambda x: x // 7 if x % 7 == 0 and x % 2 else None))
print((y := 5) * 2, y)
