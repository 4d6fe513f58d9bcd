# Iterator protocol implemented by hand: ranges, windows, linked lists, peekable wrapper.

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class FloatRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        n = 0
        while (value := self.start + n * self.step) < self.stop:
            yield round(value, 10)
            n += 1

    def __len__(self):
        return sum(1 for _ in self)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __contains__(self, item):
        print(f"  (searching for {item!r})")
        return any(v == item for v in self)

    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._peeked is not self._EMPTY:
            value, self._peeked = self._peeked, self._EMPTY
            return value
        return next(self._it)

    def peek(self, default=None):
        if self._peeked is self._EMPTY:
            try:
                self._peeked = next(self._it)
            except StopIteration:
                return default
        return self._peeked


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


c = Countdown(3)
print(list(c), list(c))
print(list(FloatRange(0, 1, 0.25)), len(FloatRange(0, 1, 0.1)))
ll = LinkedList(1, "two", 3.0)
print(ll, 3 in ll, "x" in ll)
print(list(enumerate(ll, 1)))
print(list(OnlyGetitem()), 9 in OnlyGetitem())

p = Peekable("aab bc")
groups = []
for ch in p:
    run = ch
    while p.peek() == ch:
        run += next(p)
    groups.append(run)
print(groups, p.peek("END"))

it = iter([10, 20, 30])
print(next(it), list(zip(it, "xy")))
print(next(it, "done"))
sentinel_iter = iter(Countdown(5).__next__, 2)
print(list(sentinel_iter))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
