class Account:
    interest = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Savings(Account):
    def add_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.deposit(gained)
        return gained
a = Account("ann", 100)
a.deposit(50)
a.withdraw(30)
print(a, a.history)
for bad in (lambda: a.withdraw(1000), lambda: a.deposit(-5)):
    try:
        bad()
    except ValueError as e:
        print("error:", e)
s = Savings("bob", 1000)
print(s.add_interest(), s)
accounts = [a, s, Account("cy")]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
print([acc.owner for acc in accounts if acc.balance > 0])
