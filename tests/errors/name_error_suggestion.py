numbers = [1, 2, 3]
print(len(numbers))
print(numbrs)
