# Global and builtin loads inside functions while module globals are rebound and deleted.
factor = 2


def scaled(x):
    return x * factor


def use_name(x):
    return str(x)


def counter():
    global count
    count += 1
    return count


out = []
for i in range(150):
    if i == 40:
        factor = 2.5
    elif i == 60:
        factor = "ab"
    elif i == 80:
        del factor
    elif i == 100:
        globals()["factor"] = 10 ** 20
    elif i == 120:
        factor = 3
    try:
        out.append(scaled(i % 4))
    except NameError as e:
        out.append("NE")
        if i == 80:
            print("NameError:", e)
print(out[38:42], out[58:62], out[78:82], out[98:102], out[118:122])

# a module global shadows the builtin `str`, then is deleted so the builtin is visible again
log = []
for i in range(100):
    if i == 30:
        str = lambda x: "shadow%d" % x
    elif i == 60:
        del str
    log.append(use_name(i))
print(log[29:31], log[59:61], log[-1])

# global created by a function, deleted and recreated
count = 0
vals = []
for i in range(90):
    if i == 30:
        del count
    if i == 31:
        count = -100
    try:
        vals.append(counter())
    except NameError as e:
        vals.append("NE")
print(vals[28:33], vals[-1])


def reader():
    return later_defined + 1


for i in range(3):
    try:
        print(reader())
    except NameError as e:
        print("NameError:", e)
    later_defined = i * 10


# changing globals through globals() and a function executed with a different globals dict
def peek():
    return factor


g2 = {"factor": "other-globals", "__builtins__": __builtins__}
clone = type(peek)(peek.__code__, g2)
res = []
for i in range(70):
    f = clone if i % 2 else peek
    if i == 50:
        g2["factor"] = "changed"
    res.append(f())
print(res[:2], res[49:53])


def builtin_names():
    return [len.__name__, print.__name__, None_such]


try:
    builtin_names()
except NameError as e:
    print("NameError:", e)
None_such = "now global"
print(builtin_names())
