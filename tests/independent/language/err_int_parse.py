# Ends with an uncaught ValueError from int() while parsing a config of durations.

def parse_duration(text):
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = text.strip()
    if text[-1] in units:
        return int(text[:-1]) * units[text[-1]]
    return int(text)


entries = ["30s", "5m", " 2h ", "1d", "45", "-10s", "0x1fs"]
total = 0
for e in entries:
    try:
        seconds = parse_duration(e)
    except ValueError as err:
        print(f"skip {e!r}: {err}")
        continue
    total += seconds
    print(f"{e.strip():>5} -> {seconds:>6}s")
print("total:", total)

print(parse_duration("1_000s"), int("  42\n"), int("+7"))
print(parse_duration("1.5h"))
