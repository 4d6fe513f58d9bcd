excs = [
    Exception(), Exception("msg"), Exception("a", 2), Exception(None), ValueError(""),
    KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), TypeError("t"),
    AttributeError("attr"), NameError("nm"), ZeroDivisionError("div"), OverflowError(),
    StopIteration(5), StopIteration(), RuntimeError("r"), NotImplementedError("todo"),
    RecursionError(), AssertionError("assert msg"), ImportError("imp"),
    ModuleNotFoundError("mod"), LookupError(), ArithmeticError(), UnicodeError("u"),
    OSError(), OSError("os msg"), FileNotFoundError("fnf"), EOFError(), MemoryError(),
    KeyboardInterrupt(), SystemExit(3), GeneratorExit(), UnboundLocalError("ub"),
    BaseException("base"), Warning("w"), DeprecationWarning("dep"), UserWarning(),
    IndentationError("ind"), TabError("tab"), StopAsyncIteration(),
]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(FileNotFoundError, OSError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(bool, Exception))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(SystemExit(3).code, SystemExit().code, StopIteration(7).value, KeyError("x").args[0])
e = ImportError("no", name="modname")
print(e.name, e.msg, str(e))
e = AttributeError("a", name="n", obj=5)
print(e.name, e.obj)
e = NameError("nm", name="zz")
print(e.name)
try:
    Exception(x=1)
except TypeError as err:
    print("TypeError:", err)
e = ValueError("v")
e.args = ("changed", 2)
print(e, repr(e))
e.custom = "attr"
print(e.custom)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
print(type(OSError(2, "x")).__name__)
se = SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3))
print(se.msg, se.lineno, se.offset, se.text, se.filename)
