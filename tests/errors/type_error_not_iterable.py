for ch in "ab":
    print(ch)
for x in 10:
    print(x)
