items = [10, 20, 30]
print(items[2])
print(items[-3])
print(items[3])
