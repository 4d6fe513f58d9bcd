# Ends with an uncaught ZeroDivisionError raised several calls deep.

def mean(xs):
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return mean([(x - m) ** 2 for x in xs])


def summarize(groups):
    report = {}
    for name, xs in groups.items():
        report[name] = (round(mean(xs), 3), round(variance(xs), 3))
    return report


def ratio(a, b):
    return a // b if isinstance(a, int) and isinstance(b, int) else a / b


data = {"a": [1, 2, 3, 4], "b": [10, 10, 10], "c": [2.5, 3.5]}
print(summarize(data))
print(ratio(7, 2), ratio(7.0, 2), ratio(-7, 2))
try:
    ratio(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    ratio(1.0, 0)
except ZeroDivisionError as e:
    print("caught:", e)
data["empty"] = []
print(summarize(data))
