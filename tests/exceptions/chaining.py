try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise IndexError("i")
    except IndexError:
        raise TypeError("t") from None
except TypeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling, then bare raise")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class E(Exception):
    pass
try:
    raise E("a", 1)
except E as e:
    print(repr(e), str(e), e.args)
err = ValueError("manual")
err.__cause__ = KeyError("set")
print(err.__suppress_context__, repr(err.__cause__))
def exc_info_demo():
    try:
        raise LookupError("info")
    except LookupError:
        import sys
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
    import sys
    print(sys.exc_info())
exc_info_demo()
try:
    try:
        raise ValueError(1)
    finally:
        print("finally runs before outer handler")
except ValueError as e:
    print("caught", e)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__))
e1 = Exception("x")
print(e1.__traceback__, e1.with_traceback(None) is e1)
