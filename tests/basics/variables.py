a = 1
b = a
a = 2
print(a, b)
x, y = 10, 20
print(x, y)
x, y = y, x
print(x, y)
p = q = r = 5
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
[m, n] = "mn"
print(m, n)
name = "Ember"
print(name)
del name
try:
    print(name)
except NameError as e:
    print("NameError:", e)
_private = 3
CamelCase = 4
unicodé = 5
print(_private + CamelCase + unicodé)
i = 0
i = i + 1
print(i)
