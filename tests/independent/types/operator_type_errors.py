# TypeError messages from operators, calls, subscripts and attribute access on builtin types.

def attempt(label, fn):
    try:
        result = fn()
        print(f"{label:<22} -> {result!r}")
    except Exception as e:
        print(f"{label:<22} -> {type(e).__name__}: {e}")


def set_item(obj, key, value):
    obj[key] = value


def del_item(obj, key):
    del obj[key]


def call(obj, *args):
    return obj(*args)


attempt("int + str", lambda: 1 + "1")
attempt("str + int", lambda: "1" + 1)
attempt("list + str", lambda: [1] + "a")
attempt("str * str", lambda: "a" * "b")
attempt("str - str", lambda: "ab" - "b")
attempt("dict + dict", lambda: {} + {})
attempt("None + 1", lambda: None + 1)
attempt("list * list", lambda: [1] * [2])
attempt("-str", lambda: -"x")
attempt("~float", lambda: ~1.5)
attempt("+list", lambda: +[1])
attempt("str < int", lambda: "a" < 1)
attempt("list >= tuple", lambda: [1] >= (1,))
attempt("None > None", lambda: None > None)
attempt("str % int", lambda: "x" % 5)
attempt("int @ int", lambda: 2 @ 3)
attempt("float << int", lambda: 1.0 << 2)
attempt("int ** str", lambda: 2 ** "2")
attempt("len(int)", lambda: len(42))
attempt("call int", lambda: call(5))
attempt("call str", lambda: call("f", 1))
attempt("call None", lambda: call(None))
attempt("int subscript", lambda: call(lambda x: x[0], 5))
attempt("None subscript", lambda: call(lambda x: x["k"], None))
attempt("str index str", lambda: call(lambda s, k: s[k], "abc", "1"))
attempt("list index None", lambda: [1][call(lambda: None)])
attempt("dict list key", lambda: {}.get([1]))
attempt("str item assign", lambda: set_item("abc", 0, "z"))
attempt("tuple item assign", lambda: set_item((1,), 0, 2))
attempt("range item assign", lambda: set_item(range(3), 0, 2))
attempt("str item delete", lambda: del_item("abc", 0))
attempt("int item assign", lambda: set_item(5, 0, 1))
attempt("iterate int", lambda: [x for x in 5])
attempt("iterate None", lambda: list(None))
attempt("unpack int", lambda: call(lambda: [a for a, b in [1]]))
attempt("hash list", lambda: hash([]))
attempt("hash dict", lambda: {{}: 1})
attempt("attr on int", lambda: (5).foo)
attempt("attr on None", lambda: None.split)
attempt("set attr on int", lambda: setattr(5, "x", 1))
attempt("set attr on str", lambda: setattr("s", "upper", 1))
attempt("del list attr", lambda: delattr([], "append"))
attempt("str.join on int", lambda: str.join(5, []))
attempt("unbound method", lambda: str.upper(5))
attempt("kwargs to len", lambda: len(obj=[]))
attempt("too many args", lambda: abs(1, 2))
attempt("missing arg", lambda: divmod(1))
attempt("in on int", lambda: 1 in 5)
attempt("str in list ok", lambda: "a" in ["a"])
attempt("int in str", lambda: 1 in "abc")
attempt("bool of NotImpl", lambda: 1 < 2 or bool(NotImplemented))
