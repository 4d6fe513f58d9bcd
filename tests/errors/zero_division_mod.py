values = [5, 3, 0]
for v in values:
    print(10 % v)
