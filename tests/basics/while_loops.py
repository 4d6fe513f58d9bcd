n = 10
while n > 0:
    print(n, end=" ")
    n -= 3
print()
a, b = 0, 1
while b < 200:
    a, b = b, a + b
print(a, b)
digits = 0
x = 987654321
while x:
    x //= 10
    digits += 1
print("digits:", digits)
num = 12345
rev = 0
while num > 0:
    rev = rev * 10 + num % 10
    num //= 10
print(rev)
guess_lo, guess_hi, secret, tries = 1, 100, 37, 0
while True:
    tries += 1
    guess = (guess_lo + guess_hi) // 2
    if guess == secret:
        break
    elif guess < secret:
        guess_lo = guess + 1
    else:
        guess_hi = guess - 1
print("found", guess, "in", tries, "tries")
items = ["a", "b", "c"]
while items:
    print("pop", items.pop())
count = 0
while count < 100:
    count += 7
    if count % 2 == 0:
        continue
    if count > 50:
        break
print(count)
i = 0
total = 0
while i < 1000:
    total += i
    i += 1
print(total)
