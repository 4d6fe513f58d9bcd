# list methods and their error messages: append/extend/insert/remove/pop/index/count/sort/reverse/copy/clear.

xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
xs.extend("ab")
xs.extend(range(2))
print(xs, len(xs))
xs.insert(0, "first")
xs.insert(100, "last")
xs.insert(-1, "before-last")
xs.insert(-100, "very-first")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.index(1), xs.index(1, 2), xs.index(5, 0, 6), xs.count(1), xs.count("z"))
xs.remove("first")
xs.remove("a")
print(xs)
nums = [x for x in xs if isinstance(x, int)]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, nums[::-1] == sorted(nums, reverse=True))
c = nums.copy()
c.clear()
print(c, len(nums))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
            lambda: [1, 2].index(1, 1), lambda: [][0], lambda: [1].insert("0", 1), lambda: [1, 2][float(1)],
            lambda: [1, "a"].sort(), lambda: [].extend(5), lambda: [1] + (2,), lambda: [1] * 1.5,
            lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1, 2, 3]), lambda: [1].append(1, 2),
            lambda: list(1), lambda: [0] * -1 or "empty", lambda: [3, 1].sort(key=1)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
letters = list("abcdefgh")
letters[2:5] = ["X"]
print(letters)
letters[1:1] = ["new", "items"]
print(letters)
letters[::2] = "1234"
print(letters)
del letters[::3]
print(letters)
del letters[1]
print(letters, letters * 2, [None] * 3, [[]] * 2)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] == [], [1, [2]] == [1, [2]], [1] * 0, 2 * [7])
stack, queue = [], [1, 2, 3]
for i in range(3):
    stack.append(i * i)
print(stack.pop(), stack, queue.pop(0), queue)
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]), sum([[1], [2]], []), max([[1, 2], [1, 3]]), list((1, 2)))
