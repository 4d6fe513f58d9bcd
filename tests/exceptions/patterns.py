def parse_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
print([parse_int(v, -1) for v in ["1", "x", None, "  7 ", 3.9]])
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "ok"
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    print("result:", result, "after", attempts, "attempts")
    break
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if user.get("age", 0) < 0:
        errors.append(ValidationError("age", "must be >= 0"))
    if errors:
        raise ExceptionGroup("invalid user", errors)
    return True
for u in [{"name": "a", "age": 1}, {"age": -1}, {"name": ""}]:
    try:
        print(validate(u))
    except* ValidationError as eg:
        print(sorted(e.field for e in eg.exceptions), [str(e) for e in eg.exceptions])
def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return None
    else:
        print("  divided ok")
        return result
    finally:
        print("  safe_div done")
print(safe_div(1, 2), safe_div(1, 0))
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise KeyError(f"missing key {k!r}") from None
try:
    lookup({}, "x")
except KeyError as e:
    print("KeyError:", e, e.__cause__, e.__suppress_context__)
errors = []
for raw in ["3", "0", "x"]:
    try:
        print(10 // int(raw))
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print(errors)
try:
    raise TypeError("original")
except TypeError as e:
    e.add_note("while processing item 3")
    print(e.__notes__)
