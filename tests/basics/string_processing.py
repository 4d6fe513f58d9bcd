def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
print(rle("aaabccdddd"), rle("x"), repr(rle("")))
rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    if isinstance(qty, str):
        print(f"{name:<8}|{qty:>5}|{price:>8}")
        print("-" * 23)
    else:
        print(f"{name:<8}|{qty:>5}|{price:>8.2f}")
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
header, *records = [line.split(",") for line in csv.splitlines()]
parsed = [dict(zip(header, r)) for r in records]
print(parsed[1], sum(int(r["score"]) for r in parsed) / len(parsed))
print(" ".join(w.capitalize() for w in "the QUICK brown fox".split()))
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
vowels = sum(1 for c in "Programming in Python" if c.lower() in "aeiou")
print("vowels:", vowels)
print(sorted("listen") == sorted("silent"), sorted("apple") == sorted("paple"))
