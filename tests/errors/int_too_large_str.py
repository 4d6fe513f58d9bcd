n = 10 ** 5000
print(len(str(n // 10 ** 4000)))
print(str(n))
