print(2.0 ** 100)
print(float(10 ** 400))
