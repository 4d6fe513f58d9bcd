# Exception chaining, finally/else ordering, custom exception hierarchy.

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class ConfigError(AppError):
    pass


class ParseError(AppError):
    def __str__(self):
        return f"[code {self.code}] {self.args[0]}"


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}", code=2) from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(config):
    trail = []
    try:
        trail.append("try")
        port = parse_port(config["port"])
    except KeyError as e:
        trail.append("keyerror")
        raise ConfigError(f"missing key {e}") from None
    except ParseError as e:
        trail.append("parse")
        cause = e.__cause__
        trail.append(f"cause={type(cause).__name__}: {cause}")
        return trail, None
    else:
        trail.append("else")
        return trail, port
    finally:
        trail.append("finally")


print(load({"port": "8080"}))
print(load({"port": "http"}))
for cfg in [{}, {"port": "99999"}]:
    try:
        load(cfg)
    except ConfigError as e:
        print(type(e).__name__, e, e.code, e.__cause__, e.__suppress_context__)


def implicit_context():
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    implicit_context()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs")

print(finally_overrides())


def count_attempts():
    attempts = 0
    for i in range(5):
        try:
            attempts += 1
            if i < 3:
                raise TimeoutError(f"attempt {i}")
            break
        except TimeoutError as e:
            print("retry after", e)
            continue
        finally:
            print("cleanup", i)
    return attempts

print(count_attempts())

err = ParseError("oops", code=7)
print(str(err), repr(err), err.args)
print(isinstance(err, AppError), isinstance(err, Exception))

try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second") from e
except TypeError as outer:
    chain = []
    cur = outer
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
