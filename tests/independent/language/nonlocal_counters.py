# global and nonlocal: counters, accumulators, id generators and a bank account closure.

call_count = 0


def tracked(x):
    global call_count
    call_count += 1
    return x * 2


print([tracked(i) for i in range(4)], call_count)


def make_counter(start=0, step=1):
    value = start

    def increment():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        old, value = value, start
        return old

    def peek():
        return value

    return increment, reset, peek


inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek(), reset(), peek(), inc())
inc2, _, peek2 = make_counter()
inc2()
print(peek(), peek2())


def account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("fail", amount))
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance

    def statement():
        return f"balance={balance} ops={history}"

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}


acct = account(100)
acct["deposit"](50)
acct["withdraw"](30)
try:
    acct["withdraw"](500)
except ValueError as e:
    print(e)
print(acct["statement"]())


def outer():
    level = "outer"

    def middle():
        level = "middle"

        def inner():
            nonlocal level
            level = "changed by inner"
        inner()
        return level

    result = middle()
    return level, result

print(outer())

GLOBAL_SEQ = 0


def next_id(prefix):
    global GLOBAL_SEQ
    GLOBAL_SEQ += 1
    return f"{prefix}-{GLOBAL_SEQ:03d}"


print([next_id(p) for p in "abc"], GLOBAL_SEQ)


def create_global():
    global created_later
    created_later = "now exists"

create_global()
print(created_later)

print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(inc.__closure__[0].cell_contents if inc.__code__.co_freevars[0] == "step" else None)
