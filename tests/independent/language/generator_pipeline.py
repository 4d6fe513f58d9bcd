# A log-processing pipeline built out of generators.

LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG cache warm entries=120
2024-01-01 10:01:00 WARN  slow request path=/api/users ms=812
2024-01-01 10:01:30 ERROR db timeout retries=3
# comment line to skip

2024-01-01 10:02:00 INFO  request path=/api/items ms=45
2024-01-01 10:02:10 WARN  slow request path=/api/items ms=950
2024-01-01 10:03:00 ERROR disk full mount=/var
"""


def lines(text):
    for line in text.splitlines():
        yield line


def non_blank(src):
    for line in src:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield stripped


def parse(src):
    for line in src:
        date, time, level, *rest = line.split()
        fields = {}
        words = []
        for tok in rest:
            if "=" in tok:
                k, v = tok.split("=", 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(tok)
        yield {"time": time, "level": level, "msg": " ".join(words), **fields}


def where(src, pred):
    return (rec for rec in src if pred(rec))


def take(n, src):
    for i, item in enumerate(src):
        if i >= n:
            return
        yield item


records = list(parse(non_blank(lines(LOG))))
print(len(records))
for r in records:
    print(r)

errors = where(parse(non_blank(lines(LOG))), lambda r: r["level"] == "ERROR")
print([e["msg"] for e in errors])

slow = where(iter(records), lambda r: r.get("ms", 0) > 500)
print([(r["path"], r["ms"]) for r in take(5, slow)])

levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))

total_ms = sum(r["ms"] for r in records if "ms" in r)
print("total ms:", total_ms)

g = take(2, lines(LOG))
print(next(g)[:19])
print(next(g)[:19])
print(next(g, "exhausted"))


def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

ra = running_avg()
next(ra)
for r in records:
    if "ms" in r:
        print(f"{r['ms']:>4} -> avg {ra.send(r['ms']):.2f}")
