assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
try:
    assert 1 > 2, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError:", e.args)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x
print(check(3))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def msg():
    calls.append(1)
    return "evaluated"
assert True, msg()
print("message not evaluated when true:", calls)
print(__debug__)
x = 0
assert x == 0
assert (x := x + 1), "walrus"
print(x)
assert 0, "final failure"
