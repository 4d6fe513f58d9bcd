count = 1
print(count)
print(undefined_variable)
