# Parsing a small INI file held in a string, with type coercion and interpolation.

CONFIG = """
; global settings
[server]
host = example.org
port = 8080
debug = yes
workers=4

[database]
url = postgres://${server:host}:5432/app
pool size = 10
timeout = 2.5
# trailing comment
[paths]
root = /srv/app
logs = ${root}/logs
cache = ${logs}/cache
empty =

[server]
workers = 8
"""


class IniError(Exception):
    pass


def parse_ini(text):
    sections = {}
    current = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        if current is None:
            raise IniError(f"line {number}: key outside section")
        key, sep, value = line.partition("=")
        if not sep:
            raise IniError(f"line {number}: expected '=' in {line!r}")
        current[key.strip().lower()] = value.strip()
    return sections


def coerce(value):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def interpolate(sections, section, value, depth=0):
    if depth > 10:
        raise IniError("interpolation too deep")
    out = ""
    while (start := value.find("${")) != -1:
        end = value.index("}", start)
        ref = value[start + 2:end]
        sec, _, key = ref.rpartition(":")
        sec = sec or section
        out += value[:start] + interpolate(sections, sec, sections[sec][key], depth + 1)
        value = value[end + 1:]
    return out + value


data = parse_ini(CONFIG)
for name, values in data.items():
    print(f"[{name}]")
    for key, raw in values.items():
        final = coerce(interpolate(data, name, raw))
        print(f"  {key:<10} = {final!r} ({type(final).__name__})")

for bad in ["key = 1", "[s]\njust a line", "[a]\nx = ${y}"]:
    try:
        d = parse_ini(bad)
        for sec, vals in d.items():
            for v in vals.values():
                interpolate(d, sec, v)
    except IniError as e:
        print("IniError:", e)
    except KeyError as e:
        print("KeyError:", e)
