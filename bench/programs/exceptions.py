"""Exceptions in hot loops: raise/except across call frames, custom exception classes with
attributes, try/finally bookkeeping, else clauses, re-raise and chained handlers, plus the
builtin KeyError/IndexError/ZeroDivisionError/ValueError paths."""

ROUNDS = 200
N = 4000


class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, detail)
        self.code = code


class Retry(AppError):
    pass


def parse(s):
    if not s:
        raise ValueError("empty")
    return int(s)


def checked_div(a, b):
    if b == 0:
        raise AppError(b, "division by zero")
    return a // b


def deep(n, fail_at):
    if n == fail_at:
        raise Retry(n, "retry at %d" % n)
    if n == 0:
        return 1
    return deep(n - 1, fail_at) + 1


def workload():
    checksum = 0
    finals = 0
    for r in range(ROUNDS):
        table = {i: i * i for i in range(0, N, 2)}
        values = [str(i) if i % 5 else "" for i in range(N)]
        items = list(range(N // 2))
        for i in range(N):
            try:
                checksum += table[i]
            except KeyError:
                checksum -= 1
            try:
                checksum += parse(values[i])
            except ValueError as e:
                checksum += len(e.args[0])
            try:
                checksum += checked_div(i, i % 7)
            except AppError as e:
                checksum += e.code + 3
            else:
                checksum += 1
            finally:
                finals += 1
            try:
                checksum += items[i]
            except IndexError:
                checksum += 2
            try:
                checksum += 100 // (i % 3)
            except ZeroDivisionError:
                checksum -= 5
        for i in range(N // 10):
            try:
                try:
                    checksum += deep(12, i % 15)
                except Retry as e:
                    if e.code % 2:
                        raise
                    checksum += e.code
            except AppError as e:
                checksum += 1000 + e.code
        try:
            try:
                raise KeyError(r)
            except KeyError as e:
                raise AppError(r, "wrapped") from e
        except AppError as e:
            checksum += e.__cause__.args[0]
    return "exceptions: checksum %d, finally ran %d times" % (checksum, finals)


from _harness import run

run(workload)
