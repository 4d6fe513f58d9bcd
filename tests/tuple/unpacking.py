a, *b = 1, 2, 3
print(a, b)
*a, b = (1,)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
first, second, *_ = "hello"
print(first, second)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3), f(*(1,), *(2, 3)), f(**{"a": 1, "b": 2, "c": 3}))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
x = y = [1]
x, y[0] = 5, 6
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 2, 9
print(i, lst)
a = b = c = 0
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
