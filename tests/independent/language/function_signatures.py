# Keyword-only, positional-only, defaults, *args/**kwargs forwarding.

def clamp(value, /, lo=0, hi=100, *, wrap=False):
    if wrap:
        span = hi - lo
        return lo + (value - lo) % span
    return max(lo, min(hi, value))

print(clamp(150), clamp(-5), clamp(50, 10, 20), clamp(125, wrap=True), clamp(7, hi=5))

for call in [lambda: clamp(value=3), lambda: clamp(1, 2, 3, 4), lambda: clamp(1, wrap=True, lo=0, hi=0)]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


def make_request(method, url, *, headers=None, timeout=30, **extra):
    headers = dict(headers or {})
    return f"{method} {url} headers={headers} timeout={timeout} extra={extra}"


def get(url, **kwargs):
    return make_request("GET", url, **kwargs)


def with_auth(fn, token):
    def wrapper(*args, **kwargs):
        headers = kwargs.pop("headers", {})
        kwargs["headers"] = {**headers, "Auth": token}
        return fn(*args, **kwargs)
    return wrapper

print(get("/a"))
print(get("/b", timeout=5, retries=3))
authed = with_auth(get, "t0k")
print(authed("/c", headers={"X": "1"}))

try:
    make_request("GET", "/d", 10)
except TypeError as e:
    print("TypeError:", e)


def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(describe())
print(describe(1, *[2, 3], a=1, **{"b": 2}))


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_evaluated_once(1), defaults_evaluated_once(2))
print(defaults_evaluated_once.__defaults__)


def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(safe(1), safe(2))
print(clamp.__defaults__, clamp.__kwdefaults__)
print(make_request.__code__.co_argcount, make_request.__code__.co_kwonlyargcount)


def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def kw_only(*, name, age):
    return f"{name}:{age}"

print(kw_only(age=3, name="z"))
try:
    kw_only("z", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(name="z")
except TypeError as e:
    print("TypeError:", e)
