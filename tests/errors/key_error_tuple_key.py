d = {}
print("lookup")
d[(1, "a")]
