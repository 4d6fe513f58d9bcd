e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
eg = ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match_v, rest = eg.split(ValueError)
print(repr(match_v), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise ExceptionGroup("eg", [ValueError("a"), KeyError("b"), ValueError("c")])
except* ValueError as g:
    print("caught values:", [str(x) for x in g.exceptions], type(g).__name__)
except* KeyError as g:
    print("caught keys:", [repr(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [IndexError("i"), OSError("o")])
    except* IndexError:
        print("handled IndexError part")
except ExceptionGroup as rest:
    print("unhandled remainder:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
try:
    ExceptionGroup("x", [])
except ValueError as err:
    print("ValueError:", err)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as err:
    print("TypeError:", err)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
nested = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "not found")
except MyErr as err:
    print(err, repr(err), err.code, err.args)
class Hier(LookupError):
    pass
try:
    raise Hier("h")
except LookupError as err:
    print("caught via base:", type(err).__name__, isinstance(err, Exception))
