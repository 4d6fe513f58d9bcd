class Simple:
    a = 1
    def m(self):
        pass
print(dir(Simple))
s = Simple()
s.b = 2
print(dir(s))
print(dir(object))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
