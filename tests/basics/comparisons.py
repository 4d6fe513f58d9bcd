print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1.0, 1.0 == 1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(None == None, None is None, None is not None)
print(True == 1, False == 0, True + True)
print(1 != 2 != 1)
x = 5
print(0 < x < 10, 0 < x > 10)
print([] == [], [] is [], {} == {})
print(2 == 2.0 == 2 + 0j)
print("1" == 1)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
print(float("nan") == float("nan"))
n = float("nan")
print(n is n, [n] == [n])
print(max(3, 1, 2), min("b", "a", "c"))
