"""Text processing: generate a pseudo-random corpus, then split, strip, lower/upper, count
words in a dict, join, find/replace, format, slice and build strings character by character."""

WORDS = 60000
ROUNDS = 16

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "qu", "ex", "an", "ber", "do"]


def make_corpus(n, seed):
    x = seed
    words = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 12) % 3
        w = ""
        for j in range(k):
            w += SYLLABLES[(x >> (4 * j + 3)) % len(SYLLABLES)]
        if (x >> 20) % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if (x >> 9) % 13 == 0:
            words.append("," if (x >> 5) & 1 else ".")
    text = " ".join(words)
    return text.replace(" ,", ",").replace(" .", ".")


def caesar(s, k):
    out = []
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def analyse(text):
    counts = {}
    for raw in text.split():
        w = raw.strip(".,").lower()
        if w:
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    sentences = [s.strip() for s in text.split(".") if s.strip()]
    longest = max(sentences, key=len)
    caps = sum(1 for w in text.split() if w[:1].isupper())
    encoded = caesar(text[:20000], 3)
    decoded = caesar(encoded, 23)
    assert decoded == text[:20000]
    pos = 0
    hits = 0
    while True:
        pos = text.find("shiqu", pos)
        if pos < 0:
            break
        hits += 1
        pos += 1
    report = "; ".join("%s=%d" % (w, c) for w, c in top)
    rev = text[::-1][:10]
    title_count = text.title().count("Ka")
    return "%d words, %d distinct, %d sentences, longest %d, caps %d, shiqu %d, top %s, tail %r, Ka %d, %s" % (
        len(text.split()), len(counts), len(sentences), len(longest), caps, hits, report, rev,
        title_count, "{:>8}|{:<6}|{:^7}".format(encoded[:5], decoded[-3:], len(encoded)))


def workload():
    out = ""
    for r in range(ROUNDS):
        out = analyse(make_corpus(WORDS, 7 + r))
    return "text: " + out


from _harness import run

run(workload)
