# Ends with an uncaught KeyError while resolving an order against an inventory.

inventory = {
    "apple": {"price": 0.5, "stock": 100},
    "pear": {"price": 0.75, "stock": 20},
    "kiwi": {"price": 0.3, "stock": 0},
}


def line_total(item, qty):
    entry = inventory[item]
    if entry["stock"] < qty:
        return None
    entry["stock"] -= qty
    return round(entry["price"] * qty, 2)


orders = [("apple", 10), ("pear", 5), ("kiwi", 1), ("pear", 30)]
for item, qty in orders:
    total = line_total(item, qty)
    status = "out of stock" if total is None else f"{total:.2f}"
    print(f"{item:<6} x{qty:<3} {status}")

print({k: v["stock"] for k, v in inventory.items()})
print(inventory.get("mango", "no mango"))
print(line_total("mango", 1))
print("unreachable")
