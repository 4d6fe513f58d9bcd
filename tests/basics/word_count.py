text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
for word in sorted(counts):
    print(word, counts[word])
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:3])
longest = ""
for word in counts:
    if len(word) > len(longest):
        longest = word
print("longest:", longest)
lines = text.split("\n")
print(len(lines), "lines,", sum(len(l.split()) for l in lines), "words,", len(text), "chars")
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
print(top)
