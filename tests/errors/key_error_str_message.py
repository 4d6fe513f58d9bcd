inventory = {"apples": 3}
item = "pears"
print(inventory.get(item, 0))
inventory[item] -= 1
