def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 3, 42)])
print("yes" if 1 else "no", "yes" if [] else "no")
x = 5
r = "a" if x > 3 else "b" if x > 1 else "c"
print(r)
if (n := len("hello")) > 3:
    print("long", n)
print(n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print("popped", item)
print(data)
print([y for v in range(5) if (y := v * v) > 4], y)
print((z := 10) + z)
def f():
    if (w := 3):
        pass
    return w
print(f())
if None:
    pass
elif 0:
    pass
else:
    print("else branch")
if []: print("no")
else: print("inline else")
values = [0, "", None, [], 7]
print([v for v in values if v])
a = 1
if a == 1:
    if a > 0:
        print("nested if")
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
pass
print("done")
