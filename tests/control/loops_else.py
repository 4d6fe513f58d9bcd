for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("empty for-else")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j, end=" ")
print()
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
x = 0
while x < 10:
    x += 1
    if x == 3:
        continue
    if x == 6:
        break
    print("x", x)
for i in range(3):
    i = 10
    print(i)
print(i)
for _ in range(2):
    for _ in range(2):
        pass
print("nested ok")
