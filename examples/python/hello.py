"""A tour of everyday Python, run by `./ember examples/python/hello.py`."""


def greet(name, punctuation="!"):
    """A function with a default argument and an f-string."""
    return f"Hello, {name}{punctuation}"


class Inventory:
    """A small class: a dict inside, methods, a property and a readable repr."""

    def __init__(self, owner):
        self.owner = owner
        self.items = {}

    def add(self, item, count=1):
        self.items[item] = self.items.get(item, 0) + count
        return self

    @property
    def total(self):
        return sum(self.items.values())

    def __repr__(self):
        return f"Inventory({self.owner!r}, {len(self.items)} kinds, {self.total} items)"


def fibonacci():
    """A generator: yields Fibonacci numbers forever; the caller decides when to stop."""
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print(greet("Ember"))
    print(greet("world", punctuation="?"))

    squares = [n * n for n in range(1, 11)]
    evens = [s for s in squares if s % 2 == 0]
    print(f"squares: {squares}")
    print(f"even squares: {evens}, their sum: {sum(evens)}")

    fib = []
    for number in fibonacci():
        if number > 100:
            break
        fib.append(number)
    print(f"fibonacci up to 100: {fib}")

    inventory = Inventory("ada").add("apple", 3).add("pear").add("apple", 2)
    print(inventory)
    for item, count in sorted(inventory.items.items()):
        print(f"  {item:<6} x{count:>2}")

    words = "the quick brown fox jumps over the lazy dog the end".split()
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    most = max(counts, key=counts.get)
    print(f"{len(words)} words, {len(counts)} distinct, most common: {most!r} ({counts[most]} times)")

    lengths = {word: len(word) for word in set(words)}
    longest = sorted(lengths.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("longest words:", ", ".join(f"{w} ({n})" for w, n in longest))

    try:
        inventory.items["banana"]
    except KeyError as missing:
        print(f"no {missing} in stock")


if __name__ == "__main__":
    main()
