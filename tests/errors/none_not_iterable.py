def get_items():
    items = [1, 2]
    items.sort()
print("loop")
for x in get_items():
    print(x)
