t = ()
print(len(t))
t[0]
