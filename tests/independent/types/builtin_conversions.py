# Builtin conversion and aggregation functions: str/repr/bin/oct/hex/chr/ord/bool/sum/any/all/zip/enumerate/map/filter.

print(bin(10), bin(-10), oct(64), oct(-8), hex(3054), hex(-1), bin(0), hex(True), oct(2 ** 40))
print(str(12), str(-1.50), str(None), str(True), str(b"x"), str([1, "a"]), str(str), repr("x"), repr(1.0))
print(bool(), bool("False"), bool(" "), bool({}), bool({0: 0}), bool(range(0)), bool(iter([])))
print(list("abc"), list({"a": 1}), list(b"ab"), tuple([1]), dict([(1, 2)]), set([1, 1, 2]), frozenset("aa"))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([], 5))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0, 2]))
print(list(zip("abc", [1, 2])), list(zip()), list(zip([1, 2], strict=True)), list(zip(*[(1, "a"), (2, "b")])))
print(list(enumerate("ab")), list(enumerate("ab", start=10)), list(enumerate([], 5)), dict(enumerate("xy")))
print(list(map(str.upper, "ab")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")), list(filter(lambda x: x % 2, range(7))))
print(list(reversed("abc")), list(reversed([1, 2])), list(reversed(range(3))), list(reversed({"k": 1, "j": 2})))
print(abs(-3), len("héllo"), len(b"h\xc3\xa9llo"), len({"a": 1}), len(range(0, 10, 3)), callable(len), callable(5))
print(isinstance(3, (str, int)), isinstance("s", str), issubclass(bool, (str, int)), type(3) is int, type(type))
print(getattr("abc", "upper")(), getattr(5, "missing", "dflt"), hasattr([], "append"), hasattr(3, "real"))
print(divmod(9, 4), pow(3, 2), round(2.567, 1), min("b", "a"), max(3, 7), hash(7) == 7, hash(-1) == -2)
print(format(3.14159, ".2f"), format(42), format("s", "^5"), format(b"x".hex()), ascii("é"), ord("é"), chr(233))
print(iter([1]).__next__(), next(iter("z")), next(iter([]), "empty"), list(iter(range(2))), sorted("cba"))
for bad in [lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [2, 3], strict=True)), lambda: sum(["a", "b"], ""),
            lambda: sum([1], "s"), lambda: reversed({1, 2}), lambda: list(map(None)), lambda: next(iter([])),
            lambda: enumerate(5), lambda: len(5), lambda: len(iter([])), lambda: isinstance(1, 2), lambda: hex(1.5),
            lambda: bin("1"), lambda: getattr(1, "nope"), lambda: getattr(1, 2), lambda: list(filter(5, [1]))]:
    try:
        print(bad())
    except (ValueError, TypeError, StopIteration, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
