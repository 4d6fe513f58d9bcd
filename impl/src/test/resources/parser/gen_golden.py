#!/usr/bin/env python3
"""Generates the parser golden corpora from CPython 3.11 (the oracle).

Run from this directory with python3.11:  python3 gen_golden.py
Writes:
  valid.tsv   mode, base64(source), ast.dump(tree), ast.dump(tree, include_attributes=True) or '-'
  errors.tsv  mode, base64(source), exc type, base64(msg), lineno, offset, end_lineno, end_offset,
              base64(text) or '-' for None
  incomplete.tsv  base64(source), 1 if codeop.compile_command returns None else 0
  decode.tsv    base64(bytes), base64(decoded text) or E
  deep.tsv      base64(source), OK / MemoryError / exc type + base64(msg)
  mutations.tsv base64(source), OK or exc type, base64(msg), lineno, offset
"""
import ast, base64, codeop, sys, warnings

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"
warnings.simplefilter("ignore")

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")

VALID = [
# --- simple statements
"pass", "break", "continue", "x = 1", "x = y = z", "x, y = y, x", "[a, b] = c", "(a, b) = c",
"a.b = 1", "a[0] = 1", "a[1:2] = x", "a.b.c[d](e).f = g", "*a, b = c", "a, *b = c", "[*a] = b",
"x += 1", "x -= 1", "x *= 2", "x @= m", "x /= 2", "x //= 2", "x %= 2", "x **= 2", "x >>= 1",
"x <<= 1", "x &= 1", "x |= 1", "x ^= 1", "a.b += 1", "a[i] += 1",
"x: int", "x: int = 1", "(x): int = 1", "a.b: int", "a[0]: int = 3", "x: 'str' = yield",
"del x", "del x, y", "del (x, y)", "del [x, y]", "del a.b, a[0]", "del a[1:2],",
"return", "return 1", "return 1, 2", "return *a, b", "raise", "raise E", "raise E from e",
"raise E(1) from None", "global x", "global x, y", "nonlocal x, y", "assert x", "assert x, 'msg'",
"import a", "import a.b.c", "import a as b, c.d as e", "from a import b", "from a.b import c as d, e",
"from . import x", "from .. import x", "from .a import b", "from ...a import b", "from .... import c",
"from a import (b, c)", "from a import (b, c,)", "from a import *", "from . import (a as b)",
"x; y; z", "x = 1;", "if x: a; b",
# --- expressions
"1", "-1", "+1", "~1", "not x", "1.5", "1e10", "1E-5", "1.", ".5", "1_000", "0x_ff", "0o17", "0b1010",
"0XFF", "0O7", "0B1", "10j", "1.5j", "1e3j", "0j", "00", "0_0", "0.0", "1e+16", "1e16", "123456789012345678901234567890",
"9223372036854775807", "9223372036854775808", "0xffffffffffffffff", "1e400", "0.1", "1.0e-7", "3.14159", "2.5e-3",
"'s'", '"s"', "'''tri'''", '"""tri"""', "'a' 'b'", "'a' \"b\" '''c'''", "u'x'", "U'x'", "r'\\n'", "R'\\n'",
"b'x'", "B'x'", "br'\\x'", "rb'\\x'", "Rb'a'", "bR'a'", "b'a' b'b'", "'\\n\\t\\\\\\'\\\"'", "'\\x41\\u0042\\U00000043'",
"'\\101\\7\\0'", "'\\N{BULLET}'", "'\\N{LATIN SMALL LETTER A}'", "b'\\x00\\xff\\n'", "'\\q'", "'a\\\nb'",
"'''a\nb'''", "'\\a\\b\\f\\v\\r'", "b'\\a\\b\\f\\v\\r\\''", "'é'", "'😀'", "'\\U0001F600'", "'it\\'s'", '"it\'s"',
"'\"'", "b'\"'", "b\"'\"", "'\\x7f\\x80\\xa0'", "'\\u200b'",
"True", "False", "None", "...", "x", "_", "__x__",
"a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "a ** b", "a @ b", "a << b", "a >> b", "a & b",
"a | b", "a ^ b", "a + b * c", "(a + b) * c", "a ** b ** c", "-a ** b", "a - b - c", "a | b ^ c & d",
"a and b", "a or b", "a and b and c", "a or b or c", "a and b or c", "a or b and c", "not a and not b",
"a < b", "a < b < c", "a == b != c", "a <= b >= c", "a > b", "a is b", "a is not b", "a in b", "a not in b",
"not a in b", "a if b else c", "a if b else c if d else e", "lambda: 0", "lambda x: x", "lambda x, y=1: x",
"lambda *a, **k: 0", "lambda x, /, y, *, z: 0", "lambda *, k=1: k", "lambda a=1, *b, c, d=2, **e: 0",
"(x := 1)", "[y := 2, y]", "f(x := 1)", "a.b", "a.b.c", "a[0]", "a[0][1]", "a[1:2]", "a[:]", "a[::]",
"a[1:]", "a[:2]", "a[::2]", "a[1:2:3]", "a[1:2, 3]", "a[1,]", "a[1, 2]", "a[()]", "a[:, :]", "a[*b]",
"a[x := 1]", "a[b, *c]", "f()", "f(a)", "f(a, b)", "f(a,)", "f(*a)", "f(**k)", "f(a, *b, c=1, **d)",
"f(a=1)", "f(a=1, b=2)", "f(*a, *b)", "f(**a, **b)", "f(a)(b)(c)", "f(x for x in y)",
"f(x for x in y if x)", "f(*a, b=1, *c)", "f(a, b=1, *c, **d)", "f(**a, b=1)",
"(1,)", "()", "(1, 2)", "1, 2", "1,", "(a)", "((a))", "[]", "[1]", "[1, 2,]", "[*a, *b]", "{}",
"{1}", "{1, 2}", "{*a, 1}", "{1: 2}", "{1: 2, 3: 4}", "{**a}", "{**a, 'b': 1, **c}", "{1: 2,}",
"[x for x in y]", "[x for x in y if x if z]", "[x for x in y for z in x]", "[(x, y) for x, y in z]",
"{x for x in y}", "{k: v for k, v in d.items()}", "(x for x in y)", "[x async for x in y]",
"[x for [a, b] in y]", "[x for *a, b in y]", "[x for a.b in y]", "[x for a[0] in y]",
"await x", "await f()", "yield", "yield x", "yield x, y", "yield from x", "x = yield", "x = yield from y",
"x = await y", "(yield)", "f((yield))", "await x ** 2", "-await x",
"*a, = b", "a, = b", "a = *b, c", "print(*a, sep='')",
"x = f'a{b}c'", "f'{x}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:10}'", "f'{x:{w}}'",
"f'{x:{w}.{p}}'", "f'{x!r:>{w}}'", "f'{{}}'", "f'{{x}}'", "f'a{{'", "f'}}b'", "f'{x=}'", "f'{x = }'",
"f'{x=!s}'", "f'{x=:10}'", "f'{x=!r:10}'", "f''", "f'{x:}'", "f'{a}{b}'", "f'{a}' f'{b}'",
"f'a' 'b'", "'a' f'b'", "'a' f'{b}' 'c'", "f'{x}' ''", "rf'\\n{x}'", "fr'{x}\\n'", "F'{x}'",
"f'\\n{x}\\t'", "f'{3.14:.2f}'", "f'{a[\"k\"]}'", "f\"{a['k']}\"", "f'{(lambda: 1)()}'", "f'{x,}'",
"f'{x, y}'", "f'{ x }'", "f'{x!r:}'", "f'''{\nx\n}'''", "f'{x:{y:}}'", "f'{\"a\" if x else \"b\"}'",
"f'{x}' f'{y}' 'z'", "f'{{{x}}}'", "f'{x:>{w}d}'", "f'{yield}'", "f'{*a,}'", "f'{x:=5}'",
"f'\\N{BULLET} {x}'", "u'a' f'{b}'", "f'{a!r}{b!s:>3}'", "f'{f\"{x}\"}'",
# --- compound statements
"if x:\n    pass", "if x:\n    a\nelse:\n    b", "if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d",
"if x: pass\nelse: pass", "while x:\n    pass", "while x:\n    a\nelse:\n    b", "while True: break",
"for x in y:\n    pass", "for x, y in z:\n    pass", "for x in y:\n    a\nelse:\n    b", "for (a, b) in c: pass",
"for [a, *b] in c: pass", "for x in *a, b: pass", "for x in 1, 2: pass", "for a.b in c: pass",
"for x, in y: pass",
"async def f():\n    async for x in y:\n        pass", "async def f():\n    async with a as b:\n        pass",
"async def f():\n    await x", "async def f(): return [x async for x in y]",
"with a: pass", "with a as b: pass", "with a as b, c as d: pass", "with a as (b, c): pass",
"with (a, b): pass", "with (a as b, c as d): pass", "with (a as b, c as d,): pass", "with (a): pass",
"with (a) as b: pass", "with (a, b) as c: pass", "with a as b.c: pass", "with a as b[0]: pass",
"with (yield): pass", "with f() as [a, b]: pass",
"try:\n    a\nexcept:\n    b", "try:\n    a\nexcept E:\n    b", "try:\n    a\nexcept E as e:\n    b",
"try:\n    a\nexcept (E, F) as e:\n    b\nexcept G:\n    c\nelse:\n    d\nfinally:\n    e",
"try:\n    a\nfinally:\n    b", "try:\n    a\nexcept* E:\n    b", "try:\n    a\nexcept* (E, F) as g:\n    b\nexcept* G:\n    c",
"try: a\nexcept: b\nelse: c",
"def f(): pass", "def f(a): pass", "def f(a, b=1): pass", "def f(*args): pass", "def f(**kw): pass",
"def f(a, /, b): pass", "def f(a, /): pass", "def f(a=1, /, b=2): pass", "def f(*, a): pass",
"def f(*, a=1, b): pass", "def f(a, *b, c, **d): pass", "def f(a: int, b: str = 'x') -> bool: pass",
"def f(*args: int, **kw: str): pass", "def f(*args: *Ts): pass", "def f() -> None:\n    return",
"def f(a, b, /, c, d, *, e, f): pass", "def f(a,): pass", "def f(*a,): pass", "def f(**k,): pass",
"@d\ndef f(): pass", "@d\n@e(1)\ndef f(): pass", "@a.b.c\nclass C: pass", "@x[0]\ndef f(): pass",
"@(lambda f: f)\ndef f(): pass", "@d\nasync def f(): pass", "@x := y\ndef f(): pass",
"class C: pass", "class C(): pass", "class C(B): pass", "class C(B, D): pass", "class C(B, metaclass=M): pass",
"class C(*a, **k): pass", "class C:\n    x = 1\n    def f(self): pass",
"def f():\n    yield\n    yield 1\n    x = yield 2\n    yield from g()",
"def f():\n    global x\n    nonlocal y",
"def f():\n    def g():\n        def h():\n            return 1\n        return h\n    return g",
"if a:\n    if b:\n        c\n    d\ne",
"if a:\n\tb\n", "if a:\n  b\n\n  c\n", "if a:\n    b  # comment\n# comment\n    c",
"x = (1 +\n     2)", "x = [\n    1,\n    2,\n]", "x = 1 + \\\n    2", "foo(a,\n    b)\nbar()",
"\n\n\nx = 1\n\n\n", "# comment only\n", "x = 1  # trailing", "x\n", "if x:\n    pass\n# end",
"def f(\n    a,\n    b,\n):\n    pass",
"match x:\n    case 1:\n        pass",
"match x:\n    case 1 | 2:\n        pass\n    case _:\n        pass",
"match x:\n    case [a, b, *c]:\n        pass\n    case (a, b):\n        pass\n    case []:\n        pass\n    case ():\n        pass",
"match x:\n    case {'a': 1, **rest}:\n        pass\n    case {}:\n        pass\n    case {1: _, b.c: d}:\n        pass",
"match x:\n    case Point(x=0, y=0):\n        pass\n    case Point(1, 2):\n        pass\n    case a.b.C():\n        pass",
"match x:\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass",
"match x:\n    case -1:\n        pass\n    case 1+2j:\n        pass\n    case -1.5-2j:\n        pass\n    case 'a' 'b':\n        pass",
"match x:\n    case a if a > 0:\n        pass\n    case [1, 2] as y:\n        pass\n    case (1 | 2) as z:\n        pass",
"match x, y:\n    case a, b:\n        pass", "match *a, b:\n    case _:\n        pass",
"match x:\n    case *a, b:\n        pass\n    case [*_]:\n        pass", "match x:\n    case a.b:\n        pass",
"match x:\n    case (a):\n        pass\n    case (a,):\n        pass\n    case b'x':\n        pass",
"match x:\n    case {**r}:\n        pass\n    case C(a, b=c,):\n        pass",
"match = 1", "match.x = 1", "match(x)", "match[x]", "match[x]: int = 1", "match(x).y: int", "match, case = 1, 2", "match *a, b", "match -x", "match not in y", "match if x else y", "case[1] = 2", "_ = match[0]", "match = {}\nmatch[1]: int", "case = 1", "_ = 1", "print(match, case)",
"match x:\n    case 1:\n        match y:\n            case 2:\n                pass",
"match (x):\n    case 1: pass", "match -x:\n    case 1: pass", "match [a, b]:\n    case [1, 2]: pass",
# --- misc tricky
"x = a if b else c", "x = lambda: (yield)", "f(*[1], **{})", "x = [i for i in range(10) if i % 2]",
"a[b][c].d(e)[f]", "a = b = c = d", "x = not not y", "x = - - y", "x = ~-~y", "x = 1 if y else 2, 3",
"x = (1 if y else 2), 3", "print(f'{x!r:^10}')", "x = {**a, **b}", "x = {*a, *b}", "x = [*a, *b]",
"a, b = *c, d", "x = (*a,)", "x = [(yield)]", "(a.b).c = 1", "(a)[0] = 1", "((a)) = 1", "[(a)] = 1",
"x = 1 < 2 < 3 < 4", "x = a @ b @ c", "a = b\nc = d\n", "if 1:\n  pass\nelif 2:\n  pass",
"while 1:\n  if x: break\n  else: continue", "class A(B, C, metaclass=D, **e): pass",
"x = 1 if 2 else 3 if 4 else 5", "x = (a for b in c for d in e if f)", "x = {a: b for c in d if e}",
"lambda: (x for x in y)", "lambda x: lambda y: x + y", "x = y[1:2, ::3, ...]", "x = y[...]",
"x = 0b_1", "x = 0o_7", "x = 1_2.3_4e5_6", "x = 1_0j", "x = 1if 1else 2", "x = [1for x in y]",
"é = 1", "ñ = é", "ﬁ = 1", "x = 'a' \\\n 'b'", "x = '''\\\n'''", "x = '\\\\'",
"def f(a, b=1, *, c, d=2, **e) -> int:\n    '''doc'''\n    return a",
"nonlocal_x = 1", "async_ = await_ = 1", "def f():\n  return (yield)", "x = [a for b in c if (d := e)]",
"f(a for b in c)", "f((a for b in c), d)", "global x\nx = 1", "x = a.b.c.d.e",
"assert (x, y)", "x = -1 ** 2", "x = not 1 == 2", "x = a or not b", "x = a < b == c > d",
"try:\n  pass\nexcept Exception as e:\n  raise ValueError() from e",
"for i in range(10):\n  if i: continue\n  break\nelse:\n  pass",
"with open('f') as f, open('g') as g:\n  pass", "del a[0], a.b, (c, [d])",
"x = 1; y = 2; z = 3\n", "x = f(a)(b)[c].d", "i = j = k = 0",
"class A:\n  '''doc'''\n  x: int\n  y: str = 'a'\n  def __init__(self): self.x = 1",
"if (n := len(a)) > 10: pass", "while (chunk := f.read()): pass", "x = [y := f(x), y**2]",
"def f(x):\n    match x:\n        case {'a': [1, {'b': c}]}:\n            return c",
"x = \\\n 1", "x = (\n  # comment\n  1\n)", "x = {\n  'a': 1,  # c\n  'b': 2\n}",
"f(\n  a=1,\n  b=2,\n)", "x[\n  1:2\n]", "x = [\n]", "x = (  )",
"x = 'a' 'b' 'c' 'd'", "x = b'a' b'b' b'c'", "x = 'ab' \\\n   'cd'",
"@property\ndef x(self): return self._x", "x = r'\\d+\\.\\d*'", "x = rb'\\x00'", "x = b'\\0\\1\\12\\123'",
"x = '\\0'", "x = '\\777'", "x = 'tab\\there'", "x = '\\\\n'", "x = r'\\''", "x = r\"\\\"\"",
]

VALID += [
"def f():\n    x = 1;", "if x:\n    a; b;\nelse:\n    c;", "class A:\n    x = 1;  # c\n",
"x = (f'a {b:.1f} '\n     f'c {d:>{w}} e')", "raise E(f'x {y!r} '\n        f'{z:#x}')",
"x = [5e-324, 1e23, 9.223372036854775e+18, 1.7976931348623157e308, 2.2250738585072014e-308, 0.30000000000000004]",
"x = [1e-4, 1e-5, 123456789.123, 1e15, 1e16, 12345678901234567.0, 0.1 + 0.2]",
"for x in y:\n    pass;\nelse:\n    pass;", "try:\n    a;\nexcept E:\n    b;\nfinally:\n    c;",
"with a:\n    b;", "while x:\n    y;", "match x:\n    case 1:\n        y;",
"async def f():\n    async for x in y:\n        z;",
"x = f'{a}' 'b' f'{c:{d}}'", "x = ('a'\n     'b'\n     f'{c}')",
]

VALID += [
"\fx = 1", "if x:\n\ty\n\tz", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2",
"if x:\r\n    y\r\n", "x = [1,  # one\n     2]  # two", "x = (1 +  # c\n     2)", "def f(a,  # c\n      b): pass",
"x = '''a\r\nb'''", "x = 'a\\\r\nb'", "if x:\n    pass\n    \n    y", "if x:\n    pass\n\t\n    y",
"class A:\n\n    x = 1\n\n\n    y = 2\n", "x = 1 if y else 2 if z else 3", "a = b if c else(d)",
"print(a, b, sep='', end='')", "x = a[b][c][d]", "x = a.b(c).d[e:f:g]", "x = [[[[]]]]", "x = ((((()))))",
"x = {1: {2: {3: {}}}}", "del (a), [b], c.d", "for (x) in y: pass", "for [x] in y: pass", "with a as (b): pass",
"with (a as b): pass", "with (a, b,): pass", "with (\n  a as b,\n  c as d,\n):\n  pass", "x: list[int] = []",
"x.y: int", "(x.y): int = 1", "x[0]: int", "lambda *args, **kwargs: (args, kwargs)", "f(*args, **kwargs)",
"f(a, *args, b=1, **kwargs)", "f(a)(b)(c)(d)", "a if b else c", "not not not a", "a is not b is not c",
"a not in b not in c", "-1 ** -2", "2 ** -1", "~~a", "a @= b @ c", "x = ...", "x = (...)", "x = [...]",
"def f(*, a: int = 1, b: 'str' = 'x') -> 'int': ...", "async def f():\n    return await g()",
"async def f():\n    x = [await y for y in z]", "async def f():\n    async with a as b, c as d: pass",
"async def f():\n    yield await x", "def f():\n    x = yield from g()\n    return x",
"try:\n    pass\nexcept (A, B):\n    pass\nexcept C as c:\n    pass", "raise", "raise X from Y",
"assert x, (y, z)", "import a.b.c as d", "from a.b.c import (d as e, f)", "from . import a, b",
"global a, b, c", "x = 0o777 + 0b101 + 0xABC + 1_000_000 + 1e-10 + 3.14j", "x = 1E5 + 1.5E-3 + 0E0",
"x = 10_000.000_1", "x = 0.0e0j", "x = 00.5", "x = 1_0.0_1e1_0", "x = .5j", "x = 5.j",
"x = 'a' 'b' 'c'", "x = r'a' 'b' R'c'", "x = b'a' rb'b' Rb'c' bR'd' BR'e'", "x = f'{a!r:>{b}.{c}}'",
"x = f'{a:%Y-%m-%d}'", "x = f'{a}{{}}{b}'", "x = f'{{{a}}}'", "x = f'{\"x\"}'", "x = f\"{'x'}\"",
"x = f'''{a\n}'''", "x = f'''\n{a}\n'''", "x = f'{a:{b}{c}}'", "x = f'{a!s:{b}}'", "x = f'{a=!a}'",
"x = F'{a}' f'{b}' Rf'{c}' fR'\\{d}'", "x = f'{a}' u'b'", "x = f'{3!r}'", "x = f'{a.b.c}'", "x = f'{a[0]:{b[1]}}'",
"x = f'{a if b else c}'", "x = f'{(a, b)}'", "x = f'{[a for a in b]}'", "x = f'{ {a: b} }'", "x = f'{a:=^10}'",
]

# snippets run in eval / single mode
MODES = [
("eval", "1"), ("eval", "a + b"), ("eval", "x, y"), ("eval", "x,"), ("eval", "lambda: 1"), ("eval", "(yield)"),
("eval", "f(x)\n"), ("eval", "a if b else c"), ("eval", "[x for x in y]"), ("eval", "x\n\n"),
("single", "x = 1"), ("single", "x"), ("single", "if x:\n    pass\n"), ("single", "x; y"),
("single", "def f():\n    pass\n"), ("single", "for x in y: pass\n"), ("single", "1 + 1\n"),
]

# Non-ASCII snippets: CPython's columns are UTF-8 byte offsets, Ember's are code points, so the
# expected positions are converted to code points before dumping.
NON_ASCII = [
"é = 1", "x = 'é' + y", "ñ = é", "f(ü, 'ä')", "x = '😀'; y = z", "x = 'a😀b' + c", "# é\nx = 1",
"def ƒ(α, β=1): return α", "x = {'ключ': знач}", "x = ['日本', 語]", "if ü:\n    ö = 'ß'",
"x = b'a' + 'é'", "class Ä(Ö): pass", "x = f'é{a}'", "x = f'{a}é{b}'", "é = f'{é}'",
"x = 'é' f'{a:{b}}'", "x = f'''é\n{a}'''", "f'{a!r}' 'ü' f'{b}'", "x = f'{\"😀\"}{y}'", "f'😀{x=}'", "x = ('é',\n     ü)", "print('€', x)", "α.β[γ] = δ",
]

def to_codepoints(tree, src):
    lines = src.split("\n")
    def conv(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        return len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "replace"))
    for node in ast.walk(tree):
        if hasattr(node, "col_offset") and node.col_offset is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, "end_col_offset", None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)
    return tree

INVALID = [
# tokenizer
"x = '", "x = b'", "x = \"\"\"abc", "x = '''a\nb\n", "'abc\ndef'", "1_", "1__0", "012", "0_7", "0x", "0xg",
"0o8", "0b2", "1e", "1.e", "1a", "0x1z", "1jx", "0b1_", "1.5_", "1e_5", "a € b", "a \u00a0b", "a \x01 b",
"a $ b", "a ? b", "a ! b", "(]", "(\n]", ")", "]", "}", "x = \\ y", "x = \\", "(", "x = [1,\n2",
"foo(\n1\n", "x = 1; y = (", "a = 1\nb = (\nc = 3\nd e", "if x:\n\ty\n        z", "if x:\n        y\n\tz",
"if x:\n  y\n z", "def f():\n  return 1\n    x", "x\n  y", "if x:\n    y\n  zzz = 1", "x = (" * 201,
"a = 1\n'abc", "x = '''", "€", "x = 1 ¶", "`a`",
# parser
"x = (1 2)", "a b", "a b c", "x = [1, 2 3]", "f(a b)", "{a b}", "f() = 1", "1 = x", "a + 1 = 2",
"(a, f()) = 1", "x = f() = 1", "[a, 1] = 2", "if x = 1: pass", "if f() = 1: pass", "while x = 1: pass",
"f(a, b=1, c)", "f(**a, *b)", "f(**a, b)", "def f(a=1, b): pass", "lambda x=1, y: x", "del f()",
"del (a, 1)", "del *a", "del x + 1", "*a = 1", "a, *b, *c = 1", "[*a, *b] = c", "f(x=1, x=2)",
"f(a=1 if b)", "x = 5 if y", "f(a+1=2)", "f(True=1)", "[x, y for x in z]", "{x, y for x in z}",
"from x import a,", "def f(*, **k): pass", "def f(*): pass", "def f(a, a): pass", "lambda a, a: 0",
"print 'x'", "print 1, 2", "exec 'x'", "try:\n  x\ny", "try:\n  x\n", "if x\n  pass", "def f()\n  pass",
"class A\n  pass", "while x\n  y", "for x in y\n  z", "with a\n  b", "try\n  x", "x = yield = 1",
"f() += 1", "(a, b) += 1", "[a] += 1", "a, b: int", "[a]: int", "f(): int", "None = 1", "True = 1",
"f(x for x in y, 1)", "a = 1 = 2", "(x := 1) = 2", "x.y := 1", "with a as f(): pass",
"for f() in x: pass", "for x + 1 in y: pass", "import a.b as c.d", "class A(x for x in y): pass",
"{a: b for a, b in c, d}", "f(**x, y=1, *z)", "if x:\npass", "if x:\n\npass", "for x in y:\nz",
"while x:\nz", "def f():\nreturn", "class A:\nx", "with a:\nb", "try:\nx", "if x:\n  a\nelse:\nb",
"if x:\n  a\nelif y:\nb", "try:\n  a\nexcept:\nb", "try:\n  a\nfinally:\nb", "match x:\ncase 1: pass",
"match x:\n  case 1:\n  pass", "async def f():\nx", "x = 1 +", "x = (1 +", "def f(", "class", "import",
"from x import", "x = ;", "x ==", "return return", "a.", "a.1", "1 +* 2", "lambda: yield",
"x = *a", "print(*a=1)", "f(**)", "f(*)", "x = {**}", "a[]", "def f(**k, a): pass",
"def f(*a, *b): pass", "def f(/, a): pass", "def f(a, /, /): pass", "def f(*a, /): pass",
"def f(*a=1): pass", "def f(**k=1): pass", "nonlocal", "global", "del", "assert", "x = 1 if", "lambda x",
"(*a)", "[*a for a in b]", "{**a for a in b}", "f(a for a in b for)", "x = (yield) = 1", "a if b",
"f'{}'", "f'{ }'", "f'{a!x}'", "f'{a!}'", "f'{a'", "f'}'", "f'{'", "f'{a:{b:{c}}}'", "f'{\\n}'",
"f'{#}'", "f'{a b}'", "f'{a)}'", "f'{(a]}'", "f'{a=!}'", "f'{x!r x}'", "b'a' 'b'", "'a' b'b'",
"f'a' b'b'", "b'é'", "'\\x4'", "b'\\x4'", "'\\N{foo}'", "'\\u12'", "'\\U1234'", "'\\N'",
"x = 1\nb'\\xzz' + 1", "x = 1\nf'{}'\n1 +", "1 +\nx = '", "1 +\n  x = 3\n y",
"match x:\n  case 1:\n    pass\n  case\n", "match x:\n  case a as _:\n    pass",
"match x:\n  case C(a=1, b):\n    pass", "match x:\n  case f'{x}':\n    pass",
"match x:\n  case 1 + 1:\n    pass", "match x:\n  case a as 1:\n    pass",
"try:\n  a\nexcept* :\n  b", "try:\n  a\nexcept E, F:\n  b", "try:\n  a\nexcept:\n  b\nexcept* E:\n  c",
"x = 1\n  y = 2", "  x = 1", "def f():\n    x = 1\n   y = 2", "if 1:\n\tif 2:\n        pass",
"@dec\nx = 1", "@dec", "async x", "async = 1", "await = 1", "x = await", "for x in: pass",
"for in y: pass", "with: pass", "if: pass", "elif x: pass", "else: pass", "except: pass",
"x += yield = 1", "x = 1 = y", "(a, b) = (c, d) = yield = e", "x: int, y: int = 1, 2",
"def f(x):\n  nonlocal x", "f(a, *b, c=1, d)", "{1: 2, 3}", "{1, 2: 3}", "{1:}", "{1: 2, **}",
"from . import *, a", "from x import (a, b", "import (a)", "x = 1 2", "x = a.b.c d",
"print(a b)", "[1 for x in y, z]", "if x:\n  \fy = 1", "if x:\n  y\n\f  z", "(a {a {b}})", "(a {a {a {a {a {b}}}}})", "(a {b})", "x = [i for i in]", "f(a)(b c)", "x = {'a' 'b' c}",
"if x: pass\nelse", "a = (b c d)", "'''abc\n\n", "def f(a, *, b): return\n  x",
"x = [1,\n     2\n     3]", "f(x\n  y)", "class A(1 2): pass", "x = lambda x y: 1", "x = lambda *: 1",
]

INVALID += [
"if x y: pass", "if x:\n  pass\nelif:\n  pass", "x = (a, b c)", "f(a, b c)", "x = {'a': 1 'b': 2}",
"x = [a for a in b if]", "x = a if b else", "def f(a, b=1, /, c): pass", "def f(a, (b, c)): pass",
"def f(a b): pass", "class A(metaclass=M, B): pass", "class A(**k, *a): pass", "lambda: (yield x) = 1",
"f(a=1, *b, c)", "f(a, *b, **c, d)", "x = 1 if 2 else", "x = not", "x = a not b", "x = a is not not b",
"x = -", "x = (1, 2", "x = [1, 2", "x = {1, 2", "x = '''", "import a.", "from . import", "from .a import",
"import a as", "from a import b as", "def f() -> : pass", "def f():", "class A(:", "with a as: pass",
"for x in y: pass\nelse", "while x: pass\nelse:", "try:\n  pass\nexcept E as e.f:\n  pass",
"try:\n  pass\nexcept E as (e):\n  pass", "try:\n  pass\nfinally:\n  pass\nexcept:\n  pass",
"try:\n  pass\nelse:\n  pass", "raise E from", "return x y", "yield x y", "assert x y", "del x y",
"global x y", "global x,", "nonlocal 1", "x = y = ", "x += ", "x: = 1", "x: int = ", "a, b += 1",
"x = 1\n    y = 2\nz = 3", "def f():\n  pass\n pass", "if True:\n    x = 1\n  else:\n    y = 2",
"x = 'abc", "x = \"abc", "x = b'abc", "x = f'abc", "x = r'abc", "x = '''abc\n\nabc",
"x = 0b", "x = 0o", "x = 0b12", "x = 0o19", "x = 1_000_", "x = 1.0_", "x = 1e1_", "x = 1.e5j_",
"x = 09", "x = 0_9", "x = 00_1", "x = 1__2", "x = 0x_", "x = 0x__1", "x = 1.2.3", "x = 1..2",
"x = 5j5", "x = 0xgh", "x = 12abc", "x = 1_a", "x = 0b1a", "x = 0o7a", "x = 3.14abc",
"f'{a!r=}'", "f'{a:{b!}}'", "f'{a!rr}'", "f'{lambda x: 1}'", "f'{a:{{b}}}'", "f'{\"a\" \"b\" c}'",
"f'{)}'", "f'{]}'", "f'{a[}'", "f'{x:{y}'", "f'{ !r}'", "f'{:x}'", "f'{=}'", "f'{a=b}'",
"f'{yield from}'", "f'{a:=1}' f'{'", "f'{*a}'", "f'{**a}'", "f'{a b c}'", "f'''{\na b\n}'''",
"match x:\n  case {**_}:\n    pass", "match x:\n  case {**a, 'b': 1}:\n    pass", "match x:\n  case [*a, *b]:\n    pass",
"match x:\n  case 1 + 2:\n    pass", "match x:\n  case -x:\n    pass", "match x:\n  case a.b():\n    pass\n  case 1j + 1:\n    pass",
"match x:\n  case 1:\n    pass\n  case _:\n    pass\n  x = 1", "match x:\n  pass",
"match x:\n  case (a, b) as (c, d):\n    pass", "match x:\n  case a | b as c | d:\n    pass",
"match x:\n  case C(a=1, a=2):\n    pass", "match x:\n  case {'a': 1, 'a': 2}:\n    pass",
"match x:\n  case a, *b as c:\n    pass", "match x:\n  case *_:\n    pass\n  case (*a):\n    pass",
"x = (yield from)", "x = yield from", "async def f():\n  async x", "async with a: pass",
"def f():\n  x = [await for a in b]", "x = [*]", "x = {**}", "x = (**a)", "x = [**a]", "f(a=)",
"f(=1)", "f(a, =1)", "f(a.b=1)", "f(a[0]=1)", "f((a)=1)", "f(a=1, a=1)", "f(*, a)", "f(a, *)",
"x = a[1:2:3:4]", "x = a[::, 1]", "x = a[]", "x = a[1,,2]", "x = (,)", "x = [,]", "x = {,}", "(a, *b) = *c",
"@\ndef f(): pass", "@x y\ndef f(): pass", "@x\n\ndef f(): pass\n@", "class A: x = 1; def f(): pass",
"if x: pass; elif y: pass", "for x in y: pass; else: pass", "x = 1 if True else 2 else 3",
"x = a < b < ", "x = a == ", "x = a and", "x = a or", "x = a and or b", "x ==== 1", "x === 1", "x = a <> b",
"x = a ! b", "x = !a", "x = a.b.", "x = a..b", "x = .a", "x = a .1", "print(a\n", "print(a,\n", "print((a)",
"def f(*a, **b, c): pass", "def f(**a, *b): pass", "def f(a, *, b, *c): pass", "def f(a=1, *, b, c=2, d, **e): pass\nf(",
"lambda *a, *b: 1", "lambda **a, b: 1", "lambda a, /, /: 1", "lambda /: 1", "lambda a, *, : 1",
"x = [i for i in range(3) for]", "x = {i: for i in a}", "x = {i for i in}", "x = (i for i in a if b else c)",
"[x for x in 1, 2]", "x = [i async for]", "del (a for a in b)", "del [a, b()]", "del a, f()", "del a.b, 1",
"(a := 1) += 1", "a.b: int := 1", "(a, b): int", "[a, b]: int = 1", "with a as b, c as 1: pass",
"with (a as 1): pass", "with (a, b as c.d()): pass", "for x, f() in y: pass", "for *a in b: pass",
"x = 1 +\n", "x = (1 +\n", "x = [1, 2,\n", "def f(a,\n", "'''\n", "x = \\\n", "if x:\n  y = (\n", "\t\tx = 1",
]

INVALID += [
"with a as b\n  pass", "with (a as b)\n  pass", "with (a, b as c)\n  pass", "try:\n  pass\nexcept\n  pass",
"match x\n  case 1:\n    pass", "{1: *a}", "{1: 2, 3: *b}", "def f(a, b=,c): pass", "lambda a=,b: 0",
"def f(a,/*,b): pass", "lambda /, a: 0", "f(**a, *)", "match x:\n  case 1:\npass", "print >>f, 'x'",
"print -1", "print x.y", "print f(x)", "exec code in ns", "x = 1\nprint 'a' % x", "if x:\n    print y",
"class A:\n    def f(self)\n        pass", "x = {'a': 1,\n     'b' 2}", "def f():\n    return x y",
"import os, sys,", "x = [1, 2, 3", "f(1, 2, 3", "d = {1: 2", "s = 'abc\nt = 1", "while True print(1)",
"for i in range(10) print(i)", "if x == 1 print(x)", "else if x: pass", "x = 1 +* 2", "def f(x y): pass",
"a, b = 1, 2, = 3", "x = yield from", "def f(x=1, y): pass", "f(x=1, 2)", "f(**k, 2)", "x = -",
"\tif x:\n        pass", "if x:\n\tpass\n        pass", "x = 1\n\ty = 2", "async def f():\n  await",
"x = 1 if 2", "a = b = c +", "x = (1, 2,, 3)", "x = 1..", "x.123", "1x = 2", "x = 0777", "x = 1.2e",
"x = 'a' 'b' c", "x = f'{a}' b", "def f[T](): pass", "type X = int", "x = lambda: yield 1",
]

# (mode, source) pairs for eval/single-mode errors
INVALID_MODES = [
("eval", "x = 1"), ("eval", "*a"), ("eval", "1; 2"), ("eval", "  1"), ("eval", "import x"), ("eval", "1 2"),
("eval", "(1,"), ("eval", "x if y"), ("eval", ""), ("eval", "\n"), ("eval", "1\n2"), ("eval", "*a, b"),
("single", "x = 1\ny = 2"), ("single", "if x:\n  y\nz"), ("single", "1 2"), ("single", "x = 1; y = 2\nz = 3"),
("single", "def f():\n  pass\nx"), ("single", "  x"), ("single", "x = (1,"),
("exec", "x = 1\0"), ("eval", "\0"),
]

def valid_rows():
    rows = []
    for mode, src in [("exec", s) for s in VALID + NON_ASCII] + MODES:
        try:
            tree = ast.parse(src, mode=mode)
        except SyntaxError as e:
            raise AssertionError("corpus snippet is not valid: %r (%s)" % (src, e))
        d = ast.dump(tree)
        da = ast.dump(to_codepoints(tree, src), include_attributes=True)
        rows.append("\t".join([mode, b64(src), d, da]))
    return rows

def error_rows():
    rows = []
    for mode, src in [("exec", s) for s in INVALID] + INVALID_MODES:
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            rows.append("\t".join([mode, b64(src), type(e).__name__, b64(e.msg), str(e.lineno or 0),
                                   str(e.offset or 0), str(e.end_lineno or 0), str(e.end_offset or 0),
                                   "-" if e.text is None else b64(e.text)]))
            continue
        except MemoryError:
            rows.append("\t".join([mode, b64(src), "MemoryError", b64(""), "0", "0", "0", "0", "-"]))
            continue
        print("not an error, dropped: %r" % src)
    return rows

INCOMPLETE = [
'x = 1', 'if x:', 'if x:\n  y', 'if x:\n  y\n', 'if x:\n  y\n\n', '(1,', 'x = """abc', 'x = \\',
'def f():\n  return 1\n', 'x = (1 +\n 2)', '1 +', 'a b', 'for x in y:\n', 'class A:\n  pass', '', '# c',
'@dec', '@dec\n', 'try:\n  x\n', 'try:\n  x\nexcept:\n  pass\n', 'x = [', ')', 'if x:\n  y\nelse:',
'if x:\n pass\n  y', 'print "a"', 'lambda:', "'abc", 'if x: pass', 'while 1: pass\n', 'match x:',
'if x:\n\n', 'f(\n1,\n2', 'x = 1 \\\n', 'if 9:\n  x = 1\n  if y:\n    z\n', 'x = {', 'x = {1: 2',
'def f(a,', 'with a as b:', 'x = 1\n', 'class A:', "x = '''", "x = 1 +\\", 'async def f():',
'for x in range(3): print(x)', 'x = (', 'import a', 'from a import (b,', '[x for x in', '1)',
'if x:\n    y\n  z', 'while True:\n    pass\nelse:', 'f(x for x in', 'x = 1; y = 2', 'def f(): pass\n',
]

INCOMPLETE += [
'if x:\n  pass\n  ', 'if x:\n  pass\n# c', 'def f():\n  """doc', 'x = """a\nb"""', "x = '''a\n", 'x = (1,\n 2,\n',
'class A:\n  def f(self):\n    pass\n', 'class A:\n  def f(self):\n    pass', 'for x in y:\n  if x:\n    pass\n',
'try:\n  pass\nfinally:\n  pass', 'try:\n  pass\nfinally:\n  pass\n', 'with a:\n  pass\n', '@a\n@b\n', '@a\ndef f(): pass',
'@a\ndef f(): pass\n', 'x = [\n  1,\n  2,\n]', 'x = {1: (2, [3', 'print("a",', 'print("a")', 'if x:\n  y\nelif z:',
'if x:\n  y\nelif z:\n  w\n', 'while x:\n\n', 'async def f():\n  await x\n', 'match x:\n  case 1:\n    pass\n',
'match x:\n  case 1:', 'x = 1 +\\\n 2', 'x = f"{a}"', 'x = f"{a', 'lambda x:\\\n x', 'a = [i for i in\n',
'def f(a,\n      b):', 'def f(a,\n      b):\n  return a\n', 'if (a and\n    b):', 'x = 1 if y else\\', '  x = 1',
'if x:\n    y\n   z', 'x = 1\ny = 2', 'x = 1\ny = 2\n', 'def f():\n  return\n\n', 'else:', 'pass\n\n', 'x = 1 # c',
'x = "a\\\nb"', 'x = "a\\', '"""', "'''a''' + '''", 'from a import (\n  b,\n  c)', 'import a.\\\nb',
]

def incomplete_rows():
    rows = []
    for src in INCOMPLETE:
        try:
            r = codeop.compile_command(src, "<input>", "single")
            v = "1" if r is None else "0"
        except SyntaxError:
            v = "0"
        rows.append(b64(src) + "\t" + v)
    return rows

DECODE = [
    b"x = 1\n", b"\xef\xbb\xbfx = '\xc3\xa9'\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n",
    b"# coding=utf-8\nx = '\xc3\xa9'\n", b"# coding: ascii\nx = 1\n", b"x = 1\n# coding: latin-1\ny = 2\n",
    b"# coding: cp1252\nx = '\x80'\n", b"x = '\xff'\n", b"# coding: bogus-enc\nx = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", b"# coding: ascii\nx = '\xc3\xa9'\n",
    b"", b"x = '\xf0\x9f\x98\x80'\n", b"\n# coding: utf8\nx = 1\n", b"# coding: UTF_8\nx = 1\n",
]

def decode_rows():
    import io, tokenize
    rows = []
    for data in DECODE:
        try:
            enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            text = data.decode(enc)
            compile(data, "<s>", "exec")
            rows.append(base64.b64encode(data).decode() + "\t" + b64(text))
        except (SyntaxError, UnicodeDecodeError, LookupError):
            rows.append(base64.b64encode(data).decode() + "\tE")
    return rows

DEEP = [
    ("-" * 2000) + "x", ("-" * 10000) + "x", ("not " * 10000) + "x", "(" * 199 + ")" * 199,
    "(" * 201 + ")" * 201, "[" * 100 + "]" * 100, "f(" * 150 + ")" * 150, "lambda:" * 1000 + "x",
    "x" + "[0]" * 3000, "x" + ".a" * 3000, "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 98)) + " " * 98 + "pass",
    "if x:\n" + "".join(" " * i + "if x:\n" for i in range(1, 101)) + " " * 101 + "pass",
    "{" * 150 + "}" * 150, "a" + " + a" * 20000, "x = " + "f'{" * 3 + "x" + "}'" * 3,
]

def deep_rows():
    rows = []
    for src in DEEP:
        try:
            ast.parse(src)
            rows.append(b64(src) + "\tOK")
        except SyntaxError as e:
            rows.append(b64(src) + "\t" + type(e).__name__ + "\t" + b64(e.msg))
        except (MemoryError, RecursionError) as e:
            rows.append(b64(src) + "\tMemoryError")
    return rows

# Differential corpus: seeded random mutations of the snippets above, with CPython's verdict.
# The Java test requires a high agreement rate rather than exact agreement, because a few of
# CPython's messages come from its compiler (e.g. 'return' outside function) or from its
# second diagnostic parsing pass, which Ember only approximates.
MUTATION_FRAGMENTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "\n", "\n    ", " ", "'", '"',
                      "lambda", "if", "else", "for", "in", "not", "yield", "def", "class", ".", "1", "x", "+", "-",
                      "==", ";", "return", "import", "as", "with", "@", "->", "f'{", "}"]

def mutation_rows(count=2500, seed=20261126):
    import random
    rnd = random.Random(seed)
    corpus = VALID + [s for _, s in MODES]
    rows, seen = [], set()
    while len(rows) < count:
        s = list(rnd.choice(corpus))
        for _ in range(rnd.randint(1, 2)):
            op = rnd.randint(0, 2)
            at = rnd.randint(0, len(s))
            if op == 0 and s and at < len(s):
                del s[at]
            elif op == 1:
                s[at:at] = list(rnd.choice(MUTATION_FRAGMENTS))
            else:
                s[at:at] = [" "] + list(rnd.choice(MUTATION_FRAGMENTS)) + [" "]
        src = "".join(s)
        if src in seen:
            continue
        seen.add(src)
        try:
            compile(src, "<s>", "exec")
            res = ["OK", "", "0", "0"]
        except SyntaxError as e:
            res = [type(e).__name__, e.msg, str(e.lineno), str(e.offset)]
        except (ValueError, MemoryError, RecursionError):
            continue
        rows.append("\t".join([b64(src), res[0], b64(res[1]), res[2], res[3]]))
    return rows

if __name__ == "__main__":
    open("decode.tsv", "w", encoding="utf-8").write("\n".join(decode_rows()) + "\n")
    open("deep.tsv", "w", encoding="utf-8").write("\n".join(deep_rows()) + "\n")
    open("mutations.tsv", "w", encoding="utf-8").write("\n".join(mutation_rows()) + "\n")
    vr = valid_rows()
    open("valid.tsv", "w", encoding="utf-8").write("\n".join(vr) + "\n")
    er = error_rows()
    open("errors.tsv", "w", encoding="utf-8").write("\n".join(er) + "\n")
    ir = incomplete_rows()
    open("incomplete.tsv", "w", encoding="utf-8").write("\n".join(ir) + "\n")
    print("valid", len(vr), "errors", len(er), "incomplete", len(ir))
