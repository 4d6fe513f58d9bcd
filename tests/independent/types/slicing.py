# Slicing semantics across str/list/tuple/range: negative steps, clamping, slice objects, indices(), assignment.

s = "abcdefghij"
cases = [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None), (None, -3, None),
         (None, None, -1), (8, 2, -2), (-1, -11, -1), (100, None, None), (-100, 3, None), (5, 2, None),
         (None, None, 3), (1, None, -1), (None, 1, -1), (-2, -8, -3), (3, 3, None), (0, 100, 4)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(f"{str(sl):<24} {s[sl]!r:<14} {list(range(10))[sl]} {tuple(s)[sl][:2]} {range(10)[sl]}")

print(slice(5), slice(1, 2), slice(1, 2, 3), repr(slice(None)), slice(1, 5).start, slice(1, 5).step)
for length in [0, 5, 10]:
    print(length, slice(None, None, -1).indices(length), slice(-3, None).indices(length), slice(2, 100, 3).indices(length))
print(range(0, 20, 3)[2:5], range(10)[::-2], range(5, 0, -1)[1:], range(10)[-100:100], len(range(0, 100, 7)[::2]))
for bad in [lambda: s[::0], lambda: s[1.5:], lambda: [][::0], lambda: slice(1, 2).indices(-1), lambda: s["a":]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

nums = list(range(10))
nums[2:5] = []
print(nums)
nums[:0] = [-2, -1]
print(nums)
nums[len(nums):] = [100]
print(nums)
nums[1::2] = [0] * len(nums[1::2])
print(nums)
nums[::-1] = nums
print(nums)
del nums[::2]
print(nums)
del nums[100:]
nums[-1:] = "xy"
print(nums)


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, None], r[-1])
text = "2024-03-15T10:42:07"
date, time = text[:10], text[11:]
print(date, time, text[5:7], text[-2:], text[::-1][:2][::-1], text[100:], repr(text[5:2]))
palindromes = [w for w in ["level", "rotor", "python", "a", "", "noon"] if w == w[::-1]]
print(palindromes)
