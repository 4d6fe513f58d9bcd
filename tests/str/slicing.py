s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[7:2:-1], s[7:2:-2], s[2:7:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], repr(s[5:5]))
print(s[-1:-4:-1], s[:-11:-1], s[-11::1][:2])
print(s[1:9:3], s[slice(2, 8, 2)], s[slice(None, None, -3)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False:True + 2])
e = ""
print(repr(e[:]), repr(e[::-1]), repr(e[5:]))
for i in range(-3, 3):
    print(i, s[i], end="; ")
print()
