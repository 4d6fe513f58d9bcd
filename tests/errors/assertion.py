x = 5
assert x > 0
assert x < 0, "x must be negative"
