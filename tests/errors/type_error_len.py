print(len("abc"))
len(5)
