def bubble_sort(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble_sort(data), merge_sort(data), data)
s = merge_sort(data)
print(binary_search(s, 43), binary_search(s, 5))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for k in range(i * i, n + 1, i):
                is_p[k] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
def to_base(n, b):
    digits = "0123456789abcdef"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(255, 2), to_base(255, 16), to_base(0, 3), to_base(10 ** 20, 7))
