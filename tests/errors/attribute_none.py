value = None
print("about to access")
value.strip()
