# A small tour of the language: functions, a class, comprehensions, a generator, f-strings.

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


squares = [i * i for i in range(10)]
print("squares:", squares, "sum:", sum(squares))
print("fib:", list(fib(12)))
acct = Account("ada").deposit(40).deposit(2)
print(acct, "total" if acct.balance == 42 else "wrong")
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
