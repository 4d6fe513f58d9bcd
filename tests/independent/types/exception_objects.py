# Exception objects: str/repr/args for builtin exceptions, attributes, notes, custom subclasses.

samples = [Exception(), Exception("msg"), Exception("a", 2), Exception(None), ValueError(""), KeyError("k"),
           KeyError(), KeyError("a", "b"), IndexError(3), TypeError("t", "u"), StopIteration(5), StopIteration(),
           SystemExit(2), SystemExit(), KeyboardInterrupt(), RuntimeError([1, 2]), ZeroDivisionError("div"),
           AssertionError(), NotImplementedError("todo"), LookupError("base"), ArithmeticError(1.5), UnicodeError("u")]
for e in samples:
    print(f"{type(e).__name__:<20} str={str(e)!r:<16} repr={e!r:<36} args={e.args}")

print(StopIteration(5).value, StopIteration().value, SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print([c.__name__ for c in UnicodeDecodeError.__mro__], issubclass(KeyboardInterrupt, Exception))
try:
    {}["x"]
except LookupError as err:
    print(type(err).__name__, err.args, err.__traceback__ is not None)
try:
    undefined_name_here
except NameError as err:
    print(err, "| name attr:", err.name)
try:
    "s".nope
except AttributeError as err:
    print(err, "| obj:", err.obj, "| name:", err.name)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
try:
    raise ValueError("with notes")
except ValueError as err:
    err.add_note("first note")
    err.add_note("second note")
    print(err.__notes__, str(err))


class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


e = NotFound("/x")
print(str(e), repr(e), e.args, e.path, isinstance(e, HttpError))
e2 = e.with_traceback(None)
print(e2 is e, type(e).__bases__, HttpError.__mro__[-2].__name__)


class Bare(Exception):
    pass


print(repr(Bare()), repr(Bare("x", 1)), str(Bare("only")), repr(Bare(Bare("nested"))))
err = ValueError("original")
err.args = ("changed", 1)
print(err, repr(err))
try:
    raise TypeError
except TypeError as caught:
    print(repr(caught), caught.args)
try:
    raise 5
except TypeError as caught:
    print("TypeError:", caught)
try:
    raise ValueError from 3
except TypeError as caught:
    print("TypeError:", caught)
