package org.ember.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.ember.bytecode.CodeObject;
import org.ember.bytecode.Disassembler;
import org.ember.parser.Mode;
import org.ember.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: the instructions emitted for small programs. These are Ember's own bytecode, so
 * the expectations were written from this compiler's output after checking each one by hand
 * against CPython 3.11's {@code dis} for the same source (same instruction shapes, minus
 * RESUME/PRECALL/CACHE, with Ember's PUSH_NULL ... CALL n for assertion messages and
 * comprehension calls, and word offsets as jump targets).
 */
class CodeGenGoldenTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("01_add", "def f(a, b):\n    return a + b\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (a)
                          1 LOAD_FAST                1 (b)
                          2 BINARY_OP                0 (+)
                          3 RETURN_VALUE
                """),
                Arguments.of("02_call_kw", "def f(x):\n    return g(x, 1, key=x)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + g)
                          1 LOAD_FAST                0 (x)
                          2 LOAD_CONST               0 (1)
                          3 LOAD_FAST                0 (x)
                          4 KW_NAMES                 1 (('key',))
                          5 CALL                     3
                          6 RETURN_VALUE
                """),
                Arguments.of("03_method", "def f(o):\n    return o.m(1, k=2)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (o)
                          1 LOAD_METHOD              0 (m)
                          2 LOAD_CONST               0 (1)
                          3 LOAD_CONST               1 (2)
                          4 KW_NAMES                 2 (('k',))
                          5 CALL                     2
                          6 RETURN_VALUE
                """),
                Arguments.of("04_star_call", "def f(a, kw):\n    return g(1, *a, x=2, **kw)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + g)
                          1 LOAD_CONST               0 (1)
                          2 BUILD_LIST               1
                          3 LOAD_FAST                0 (a)
                          4 LIST_EXTEND              1
                          5 LIST_TO_TUPLE
                          6 BUILD_MAP                0
                          7 LOAD_CONST               1 ('x')
                          8 LOAD_CONST               2 (2)
                          9 BUILD_MAP                1
                         10 DICT_MERGE               1
                         11 LOAD_FAST                1 (kw)
                         12 DICT_MERGE               1
                         13 CALL_FUNCTION_EX         1
                         14 RETURN_VALUE
                """),
                Arguments.of("05_if_else", "def f(x):\n    if x > 0 and x < 10:\n        return 1\n    elif not x:\n        return 2\n    else:\n        return 3\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (x)
                          1 LOAD_CONST               0 (0)
                          2 COMPARE_OP               4 (>)
                          3 POP_JUMP_IF_FALSE       11 (to 11)
                          4 LOAD_FAST                0 (x)
                          5 LOAD_CONST               1 (10)
                          6 COMPARE_OP               0 (<)
                          7 POP_JUMP_IF_FALSE       11 (to 11)

                  3       8 LOAD_CONST               2 (1)
                          9 RETURN_VALUE

                  2      10 JUMP_FORWARD            18 (to 18)

                  4 >>   11 LOAD_FAST                0 (x)
                         12 POP_JUMP_IF_TRUE        16 (to 16)

                  5      13 LOAD_CONST               3 (2)
                         14 RETURN_VALUE

                  4      15 JUMP_FORWARD            18 (to 18)

                  7 >>   16 LOAD_CONST               4 (3)
                         17 RETURN_VALUE

                  2 >>   18 LOAD_CONST               5 (None)
                         19 RETURN_VALUE
                """),
                Arguments.of("06_while", "def f(n):\n    while n:\n        n -= 1\n        if n == 5:\n            continue\n    else:\n        n = -1\n    return n\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2 >>    0 LOAD_FAST                0 (n)
                          1 POP_JUMP_IF_FALSE       12 (to 12)

                  3       2 LOAD_FAST                0 (n)
                          3 LOAD_CONST               0 (1)
                          4 BINARY_OP               23 (-=)
                          5 STORE_FAST               0 (n)

                  4       6 LOAD_FAST                0 (n)
                          7 LOAD_CONST               1 (5)
                          8 COMPARE_OP               2 (==)
                          9 POP_JUMP_IF_FALSE       11 (to 11)

                  5      10 JUMP_BACKWARD            0 (to 0)

                  2 >>   11 JUMP_BACKWARD            0 (to 0)

                  7 >>   12 LOAD_CONST               2 (-1)
                         13 STORE_FAST               0 (n)

                  8      14 LOAD_FAST                0 (n)
                         15 RETURN_VALUE
                """),
                Arguments.of("07_for_break", "def f(xs):\n    for x in xs:\n        if x:\n            break\n    return x\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (xs)
                          1 GET_ITER
                    >>    2 FOR_ITER                 9 (to 9)
                          3 STORE_FAST               1 (x)

                  3       4 LOAD_FAST                1 (x)
                          5 POP_JUMP_IF_FALSE        8 (to 8)

                  4       6 POP_TOP
                          7 JUMP_FORWARD             9 (to 9)

                  2 >>    8 JUMP_BACKWARD            2 (to 2)

                  5 >>    9 LOAD_FAST                1 (x)
                         10 RETURN_VALUE
                """),
                Arguments.of("08_chained", "def f(a, b, c):\n    return a < b < c\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (a)
                          1 LOAD_FAST                1 (b)
                          2 SWAP                     2
                          3 COPY                     2
                          4 COMPARE_OP               0 (<)
                          5 JUMP_IF_FALSE_OR_POP     9 (to 9)
                          6 LOAD_FAST                2 (c)
                          7 COMPARE_OP               0 (<)
                          8 JUMP_FORWARD            11 (to 11)
                    >>    9 SWAP                     2
                         10 POP_TOP
                    >>   11 RETURN_VALUE
                """),
                Arguments.of("09_boolop", "def f(a, b, c):\n    return a and b or c\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (a)
                          1 JUMP_IF_FALSE_OR_POP     3 (to 3)
                          2 LOAD_FAST                1 (b)
                    >>    3 JUMP_IF_TRUE_OR_POP      5 (to 5)
                          4 LOAD_FAST                2 (c)
                    >>    5 RETURN_VALUE
                """),
                Arguments.of("10_unpack", "def f(t):\n    a, *b, c = t\n    x = y = a\n    return b\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (t)
                          1 UNPACK_EX              257
                          2 STORE_FAST               1 (a)
                          3 STORE_FAST               2 (b)
                          4 STORE_FAST               3 (c)

                  3       5 LOAD_FAST                1 (a)
                          6 COPY                     1
                          7 STORE_FAST               4 (x)
                          8 STORE_FAST               5 (y)

                  4       9 LOAD_FAST                2 (b)
                         10 RETURN_VALUE
                """),
                Arguments.of("11_augattr", "def f(o, k):\n    o.x += 1\n    o[k] *= 2\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (o)
                          1 COPY                     1
                          2 LOAD_ATTR                0 (x)
                          3 LOAD_CONST               0 (1)
                          4 BINARY_OP               13 (+=)
                          5 SWAP                     2
                          6 STORE_ATTR               0 (x)

                  3       7 LOAD_FAST                0 (o)
                          8 LOAD_FAST                1 (k)
                          9 COPY                     2
                         10 COPY                     2
                         11 BINARY_SUBSCR
                         12 LOAD_CONST               1 (2)
                         13 BINARY_OP               18 (*=)
                         14 SWAP                     3
                         15 SWAP                     2
                         16 STORE_SUBSCR
                         17 LOAD_CONST               2 (None)
                         18 RETURN_VALUE
                """),
                Arguments.of("12_closure", "def f(a):\n    def g(b=1, *, c=2):\n        return a + b + c\n    return g\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                          0 MAKE_CELL                2 (a)

                  2       1 LOAD_CONST               0 ((1,))
                          2 LOAD_CONST               1 ('c')
                          3 LOAD_CONST               2 (2)
                          4 BUILD_MAP                1
                          5 LOAD_CLOSURE             2 (a)
                          6 BUILD_TUPLE              1
                          7 LOAD_CONST               3 (<code object g, line 2>)
                          8 MAKE_FUNCTION           11 (defaults, kwdefaults, closure)
                          9 STORE_FAST               1 (g)

                  4      10 LOAD_FAST                1 (g)
                         11 RETURN_VALUE

                Disassembly of <code object g, line 2>:
                          0 COPY_FREE_VARS           1

                  3       1 LOAD_DEREF               2 (a)
                          2 LOAD_FAST                0 (b)
                          3 BINARY_OP                0 (+)
                          4 LOAD_FAST                1 (c)
                          5 BINARY_OP                0 (+)
                          6 RETURN_VALUE
                """),
                Arguments.of("13_decorated", "def f():\n    @dec(1)\n    def g():\n        \"doc\"\n        return 1\n    return g\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + dec)
                          1 LOAD_CONST               0 (1)
                          2 CALL                     1

                  3       3 LOAD_CONST               1 (<code object g, line 2>)
                          4 MAKE_FUNCTION            0
                          5 CALL                     0
                          6 STORE_FAST               0 (g)

                  6       7 LOAD_FAST                0 (g)
                          8 RETURN_VALUE

                Disassembly of <code object g, line 2>:
                  5       0 LOAD_CONST               0 (1)
                          1 RETURN_VALUE
                """),
                Arguments.of("14_listcomp", "def f(xs):\n    return [x * 2 for x in xs if x]\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 PUSH_NULL
                          1 LOAD_CONST               0 (<code object <listcomp>, line 2>)
                          2 MAKE_FUNCTION            0
                          3 LOAD_FAST                0 (xs)
                          4 GET_ITER
                          5 CALL                     1
                          6 RETURN_VALUE

                Disassembly of <code object <listcomp>, line 2>:
                  2       0 BUILD_LIST               0
                          1 LOAD_FAST                0 (.0)
                    >>    2 FOR_ITER                11 (to 11)
                          3 STORE_FAST               1 (x)
                          4 LOAD_FAST                1 (x)
                          5 POP_JUMP_IF_FALSE       10 (to 10)
                          6 LOAD_FAST                1 (x)
                          7 LOAD_CONST               0 (2)
                          8 BINARY_OP                5 (*)
                          9 LIST_APPEND              2
                    >>   10 JUMP_BACKWARD            2 (to 2)
                    >>   11 RETURN_VALUE
                """),
                Arguments.of("15_genexp", "def f(xs):\n    return sum(x for x in xs)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + sum)
                          1 PUSH_NULL
                          2 LOAD_CONST               0 (<code object <genexpr>, line 2>)
                          3 MAKE_FUNCTION            0
                          4 LOAD_FAST                0 (xs)
                          5 GET_ITER
                          6 CALL                     1
                          7 CALL                     1
                          8 RETURN_VALUE

                Disassembly of <code object <genexpr>, line 2>:
                  2       0 LOAD_FAST                0 (.0)
                    >>    1 FOR_ITER                 7 (to 7)
                          2 STORE_FAST               1 (x)
                          3 LOAD_FAST                1 (x)
                          4 YIELD_VALUE
                          5 POP_TOP
                          6 JUMP_BACKWARD            1 (to 1)
                    >>    7 LOAD_CONST               0 (None)
                          8 RETURN_VALUE
                """),
                Arguments.of("16_try_except", "def f():\n    try:\n        a()\n    except ValueError as e:\n        return e\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  3       0 LOAD_GLOBAL              1 (NULL + a)
                          1 CALL                     0
                          2 POP_TOP
                          3 JUMP_FORWARD            29 (to 29)
                    >>    4 PUSH_EXC_INFO

                  4       5 LOAD_GLOBAL              2 (ValueError)
                          6 CHECK_EXC_MATCH
                          7 POP_JUMP_IF_FALSE       25 (to 25)
                          8 STORE_FAST               0 (e)

                  5       9 LOAD_FAST                0 (e)
                         10 SWAP                     2
                         11 POP_EXCEPT
                         12 LOAD_CONST               0 (None)
                         13 STORE_FAST               0 (e)
                         14 DELETE_FAST              0 (e)
                         15 RETURN_VALUE
                         16 POP_EXCEPT
                         17 LOAD_CONST               0 (None)
                         18 STORE_FAST               0 (e)
                         19 DELETE_FAST              0 (e)
                         20 JUMP_FORWARD            29 (to 29)
                    >>   21 LOAD_CONST               0 (None)
                         22 STORE_FAST               0 (e)
                         23 DELETE_FAST              0 (e)
                         24 RERAISE                  1
                    >>   25 RERAISE                  0
                    >>   26 COPY                     3
                         27 POP_EXCEPT
                         28 RERAISE                  1

                  2 >>   29 LOAD_CONST               0 (None)
                         30 RETURN_VALUE
                ExceptionTable:
                  0 to 2 -> 4 [0]
                  4 to 8 -> 26 [1] lasti
                  9 to 9 -> 21 [1] lasti
                  10 to 10 -> 26 [1] lasti
                  21 to 25 -> 26 [1] lasti
                """),
                Arguments.of("17_try_finally", "def f():\n    try:\n        return a()\n    finally:\n        b()\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  3       0 LOAD_GLOBAL              1 (NULL + a)
                          1 CALL                     0

                  5       2 LOAD_GLOBAL              3 (NULL + b)
                          3 CALL                     0
                          4 POP_TOP

                  3       5 RETURN_VALUE

                  5       6 LOAD_GLOBAL              3 (NULL + b)
                          7 CALL                     0
                          8 POP_TOP

                  2       9 JUMP_FORWARD            18 (to 18)
                    >>   10 PUSH_EXC_INFO

                  5      11 LOAD_GLOBAL              3 (NULL + b)
                         12 CALL                     0
                         13 POP_TOP
                         14 RERAISE                  0
                    >>   15 COPY                     3
                         16 POP_EXCEPT
                         17 RERAISE                  1

                  2 >>   18 LOAD_CONST               0 (None)
                         19 RETURN_VALUE
                ExceptionTable:
                  0 to 1 -> 10 [0]
                  10 to 14 -> 15 [1] lasti
                """),
                Arguments.of("18_with", "def f(p):\n    with open(p) as fp:\n        return fp.read()\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + open)
                          1 LOAD_FAST                0 (p)
                          2 CALL                     1
                          3 BEFORE_WITH
                          4 STORE_FAST               1 (fp)

                  3       5 LOAD_FAST                1 (fp)
                          6 LOAD_METHOD              1 (read)
                          7 CALL                     0

                  2       8 SWAP                     2
                          9 LOAD_CONST               0 (None)
                         10 LOAD_CONST               0 (None)
                         11 LOAD_CONST               0 (None)
                         12 CALL                     2
                         13 POP_TOP

                  3      14 RETURN_VALUE

                  2      15 LOAD_CONST               0 (None)
                         16 LOAD_CONST               0 (None)
                         17 LOAD_CONST               0 (None)
                         18 CALL                     2
                         19 POP_TOP
                         20 JUMP_FORWARD            33 (to 33)
                    >>   21 PUSH_EXC_INFO
                         22 WITH_EXCEPT_START
                         23 POP_JUMP_IF_TRUE        25 (to 25)
                         24 RERAISE                  2
                    >>   25 POP_TOP
                         26 POP_EXCEPT
                         27 POP_TOP
                         28 POP_TOP
                         29 JUMP_FORWARD            33 (to 33)
                    >>   30 COPY                     3
                         31 POP_EXCEPT
                         32 RERAISE                  1
                    >>   33 LOAD_CONST               0 (None)
                         34 RETURN_VALUE
                ExceptionTable:
                  4 to 7 -> 21 [1] lasti
                  21 to 25 -> 30 [3] lasti
                """),
                Arguments.of("19_class", "class C(B):\n    x = 1\n    def m(self):\n        return super().m()\n", """
                  1       0 PUSH_NULL
                          1 LOAD_BUILD_CLASS
                          2 LOAD_CONST               0 (<code object C, line 1>)
                          3 MAKE_FUNCTION            0
                          4 LOAD_CONST               1 ('C')
                          5 LOAD_NAME                0 (B)
                          6 CALL                     3
                          7 STORE_NAME               1 (C)
                          8 LOAD_CONST               2 (None)
                          9 RETURN_VALUE

                Disassembly of <code object C, line 1>:
                          0 MAKE_CELL                0 (__class__)

                  1       1 LOAD_NAME                0 (__name__)
                          2 STORE_NAME               1 (__module__)
                          3 LOAD_CONST               0 ('C')
                          4 STORE_NAME               2 (__qualname__)

                  2       5 LOAD_CONST               1 (1)
                          6 STORE_NAME               3 (x)

                  3       7 LOAD_CLOSURE             0 (__class__)
                          8 BUILD_TUPLE              1
                          9 LOAD_CONST               2 (<code object m, line 3>)
                         10 MAKE_FUNCTION            8 (closure)
                         11 STORE_NAME               4 (m)
                         12 LOAD_CLOSURE             0 (__class__)
                         13 COPY                     1
                         14 STORE_NAME               5 (__classcell__)
                         15 RETURN_VALUE

                Disassembly of <code object m, line 3>:
                          0 COPY_FREE_VARS           1

                  4       1 LOAD_GLOBAL              1 (NULL + super)
                          2 CALL                     0
                          3 LOAD_METHOD              1 (m)
                          4 CALL                     0
                          5 RETURN_VALUE
                """),
                Arguments.of("20_import", "import a.b.c\nimport a.b as ab\nfrom . import x, y as z\nfrom m import *\n", """
                  1       0 LOAD_CONST               0 (0)
                          1 LOAD_CONST               1 (None)
                          2 IMPORT_NAME              0 (a.b.c)
                          3 STORE_NAME               1 (a)

                  2       4 LOAD_CONST               0 (0)
                          5 LOAD_CONST               1 (None)
                          6 IMPORT_NAME              2 (a.b)
                          7 IMPORT_FROM              3 (b)
                          8 STORE_NAME               4 (ab)
                          9 POP_TOP

                  3      10 LOAD_CONST               2 (1)
                         11 LOAD_CONST               3 (('x', 'y'))
                         12 IMPORT_NAME              5 ()
                         13 IMPORT_FROM              6 (x)
                         14 STORE_NAME               6 (x)
                         15 IMPORT_FROM              7 (y)
                         16 STORE_NAME               8 (z)
                         17 POP_TOP

                  4      18 LOAD_CONST               0 (0)
                         19 LOAD_CONST               4 (('*',))
                         20 IMPORT_NAME              9 (m)
                         21 IMPORT_STAR
                         22 LOAD_CONST               1 (None)
                         23 RETURN_VALUE
                """),
                Arguments.of("21_fstring", "def f(x, y):\n    return f\"{x!r:>{y}} and {y}\"\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (x)
                          1 LOAD_CONST               0 ('>')
                          2 LOAD_FAST                1 (y)
                          3 FORMAT_VALUE             0
                          4 BUILD_STRING             2
                          5 FORMAT_VALUE             6 (repr, with format)
                          6 LOAD_CONST               1 (' and ')
                          7 LOAD_FAST                1 (y)
                          8 FORMAT_VALUE             0
                          9 BUILD_STRING             3
                         10 RETURN_VALUE
                """),
                Arguments.of("22_match", "def f(p):\n    match p:\n        case (x, 0):\n            return x\n        case {\"k\": v}:\n            return v\n        case _:\n            return None\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (p)

                  3       1 COPY                     1
                          2 MATCH_SEQUENCE
                          3 POP_JUMP_IF_FALSE       17 (to 17)
                          4 GET_LEN
                          5 LOAD_CONST               0 (2)
                          6 COMPARE_OP               2 (==)
                          7 POP_JUMP_IF_FALSE       17 (to 17)
                          8 UNPACK_SEQUENCE          2
                          9 STORE_FAST               1 (x)
                         10 LOAD_CONST               1 (0)
                         11 COMPARE_OP               2 (==)
                         12 POP_JUMP_IF_FALSE       18 (to 18)
                         13 POP_TOP

                  4      14 LOAD_FAST                1 (x)
                         15 RETURN_VALUE

                  2      16 JUMP_FORWARD            45 (to 45)
                    >>   17 POP_TOP

                  5 >>   18 COPY                     1
                         19 MATCH_MAPPING
                         20 POP_JUMP_IF_FALSE       40 (to 40)
                         21 GET_LEN
                         22 LOAD_CONST               2 (1)
                         23 COMPARE_OP               5 (>=)
                         24 POP_JUMP_IF_FALSE       40 (to 40)
                         25 LOAD_CONST               3 ('k')
                         26 BUILD_TUPLE              1
                         27 MATCH_KEYS
                         28 COPY                     1
                         29 POP_JUMP_IF_NONE        38 (to 38)
                         30 UNPACK_SEQUENCE          1
                         31 STORE_FAST               2 (v)
                         32 POP_TOP
                         33 POP_TOP
                         34 POP_TOP

                  6      35 LOAD_FAST                2 (v)
                         36 RETURN_VALUE

                  2      37 JUMP_FORWARD            45 (to 45)
                    >>   38 POP_TOP
                         39 POP_TOP
                    >>   40 POP_TOP

                  7      41 POP_TOP

                  8      42 LOAD_CONST               4 (None)
                         43 RETURN_VALUE

                  2      44 JUMP_FORWARD            45 (to 45)
                    >>   45 LOAD_CONST               4 (None)
                         46 RETURN_VALUE
                """),
                Arguments.of("23_yield_from", "def f(it):\n    x = yield 1\n    return (yield from it)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_CONST               0 (1)
                          1 YIELD_VALUE
                          2 STORE_FAST               1 (x)

                  3       3 LOAD_FAST                0 (it)
                          4 GET_YIELD_FROM_ITER
                          5 LOAD_CONST               1 (None)
                    >>    6 SEND                     9 (to 9)
                          7 YIELD_VALUE
                          8 JUMP_BACKWARD            6 (to 6)
                    >>    9 RETURN_VALUE
                """),
                Arguments.of("24_await", "async def f(c):\n    return await c\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (c)
                          1 GET_AWAITABLE            0
                          2 LOAD_CONST               0 (None)
                    >>    3 SEND                     6 (to 6)
                          4 YIELD_VALUE
                          5 JUMP_BACKWARD            3 (to 3)
                    >>    6 RETURN_VALUE
                """),
                Arguments.of("25_assert_raise", "def f(x):\n    assert x, \"bad\"\n    assert x\n    raise ValueError(\"v\") from None\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (x)
                          1 POP_JUMP_IF_TRUE         7 (to 7)
                          2 PUSH_NULL
                          3 LOAD_ASSERTION_ERROR
                          4 LOAD_CONST               0 ('bad')
                          5 CALL                     1
                          6 RAISE_VARARGS            1

                  3 >>    7 LOAD_FAST                0 (x)
                          8 POP_JUMP_IF_TRUE        11 (to 11)
                          9 LOAD_ASSERTION_ERROR
                         10 RAISE_VARARGS            1

                  4 >>   11 LOAD_GLOBAL              1 (NULL + ValueError)
                         12 LOAD_CONST               1 ('v')
                         13 CALL                     1
                         14 LOAD_CONST               2 (None)
                         15 RAISE_VARARGS            2
                """),
                Arguments.of("26_del_slice", "def f(a):\n    del a[1:2], a.x\n    return a[::2]\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (a)
                          1 LOAD_CONST               0 (1)
                          2 LOAD_CONST               1 (2)
                          3 BUILD_SLICE              2
                          4 DELETE_SUBSCR
                          5 LOAD_FAST                0 (a)
                          6 DELETE_ATTR              0 (x)

                  3       7 LOAD_FAST                0 (a)
                          8 LOAD_CONST               2 (None)
                          9 LOAD_CONST               2 (None)
                         10 LOAD_CONST               1 (2)
                         11 BUILD_SLICE              3
                         12 BINARY_SUBSCR
                         13 RETURN_VALUE
                """),
                Arguments.of("27_lambda_dict", "def f(d):\n    g = lambda k: {k: 1, **d}\n    return g\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                          0 MAKE_CELL                2 (d)

                  2       1 LOAD_CLOSURE             2 (d)
                          2 BUILD_TUPLE              1
                          3 LOAD_CONST               0 (<code object <lambda>, line 2>)
                          4 MAKE_FUNCTION            8 (closure)
                          5 STORE_FAST               1 (g)

                  3       6 LOAD_FAST                1 (g)
                          7 RETURN_VALUE

                Disassembly of <code object <lambda>, line 2>:
                          0 COPY_FREE_VARS           1

                  2       1 LOAD_FAST                0 (k)
                          2 LOAD_CONST               0 (1)
                          3 BUILD_MAP                1
                          4 LOAD_DEREF               1 (d)
                          5 DICT_UPDATE              1
                          6 RETURN_VALUE
                """),
                Arguments.of("28_walrus", "def f(xs):\n    if (n := len(xs)) > 1:\n        return n\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_GLOBAL              1 (NULL + len)
                          1 LOAD_FAST                0 (xs)
                          2 CALL                     1
                          3 COPY                     1
                          4 STORE_FAST               1 (n)
                          5 LOAD_CONST               0 (1)
                          6 COMPARE_OP               4 (>)
                          7 POP_JUMP_IF_FALSE       10 (to 10)

                  3       8 LOAD_FAST                1 (n)
                          9 RETURN_VALUE

                  2 >>   10 LOAD_CONST               1 (None)
                         11 RETURN_VALUE
                """),
                Arguments.of("29_try_star", "def f():\n    try:\n        a()\n    except* ValueError as e:\n        h(e)\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  3       0 LOAD_GLOBAL              1 (NULL + a)
                          1 CALL                     0
                          2 POP_TOP
                          3 JUMP_FORWARD            41 (to 41)
                    >>    4 PUSH_EXC_INFO

                  4       5 COPY                     1
                          6 BUILD_LIST               0
                          7 SWAP                     2
                          8 LOAD_GLOBAL              2 (ValueError)
                          9 CHECK_EG_MATCH
                         10 COPY                     1
                         11 POP_JUMP_IF_NONE        27 (to 27)
                         12 STORE_FAST               0 (e)

                  5      13 LOAD_GLOBAL              5 (NULL + h)
                         14 LOAD_FAST                0 (e)
                         15 CALL                     1
                         16 POP_TOP
                         17 LOAD_CONST               0 (None)
                         18 STORE_FAST               0 (e)
                         19 DELETE_FAST              0 (e)
                         20 JUMP_FORWARD            28 (to 28)
                    >>   21 LOAD_CONST               0 (None)
                         22 STORE_FAST               0 (e)
                         23 DELETE_FAST              0 (e)
                         24 LIST_APPEND              3
                         25 POP_TOP
                         26 JUMP_FORWARD            28 (to 28)
                    >>   27 POP_TOP
                    >>   28 LIST_APPEND              1
                         29 PREP_RERAISE_STAR
                         30 COPY                     1
                         31 POP_JUMP_IF_NOT_NONE    35 (to 35)
                         32 POP_TOP
                         33 POP_EXCEPT
                         34 JUMP_FORWARD            41 (to 41)
                    >>   35 SWAP                     2
                         36 POP_EXCEPT
                         37 RERAISE                  0
                    >>   38 COPY                     3
                         39 POP_EXCEPT
                         40 RERAISE                  1

                  2 >>   41 LOAD_CONST               0 (None)
                         42 RETURN_VALUE
                ExceptionTable:
                  0 to 2 -> 4 [0]
                  4 to 12 -> 38 [1] lasti
                  13 to 16 -> 21 [4] lasti
                  17 to 32 -> 38 [1] lasti
                """),
                Arguments.of("30_async_for_with", "async def f(a):\n    async with a as b:\n        async for i in b:\n            await i\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (a)
                          1 BEFORE_ASYNC_WITH
                          2 GET_AWAITABLE            1
                          3 LOAD_CONST               0 (None)
                    >>    4 SEND                     7 (to 7)
                          5 YIELD_VALUE
                          6 JUMP_BACKWARD            4 (to 4)
                    >>    7 STORE_FAST               1 (b)

                  3       8 LOAD_FAST                1 (b)
                          9 GET_AITER
                    >>   10 GET_ANEXT
                         11 LOAD_CONST               0 (None)
                    >>   12 SEND                    15 (to 15)
                         13 YIELD_VALUE
                         14 JUMP_BACKWARD           12 (to 12)
                    >>   15 STORE_FAST               2 (i)

                  4      16 LOAD_FAST                2 (i)
                         17 GET_AWAITABLE            0
                         18 LOAD_CONST               0 (None)
                    >>   19 SEND                    22 (to 22)
                         20 YIELD_VALUE
                         21 JUMP_BACKWARD           19 (to 19)
                    >>   22 POP_TOP

                  3      23 JUMP_BACKWARD           10 (to 10)
                    >>   24 END_ASYNC_FOR

                  2      25 LOAD_CONST               0 (None)
                         26 LOAD_CONST               0 (None)
                         27 LOAD_CONST               0 (None)
                         28 CALL                     2
                         29 GET_AWAITABLE            2
                         30 LOAD_CONST               0 (None)
                    >>   31 SEND                    34 (to 34)
                         32 YIELD_VALUE
                         33 JUMP_BACKWARD           31 (to 31)
                    >>   34 POP_TOP
                         35 JUMP_FORWARD            53 (to 53)
                    >>   36 PUSH_EXC_INFO
                         37 WITH_EXCEPT_START
                         38 GET_AWAITABLE            2
                         39 LOAD_CONST               0 (None)
                    >>   40 SEND                    43 (to 43)
                         41 YIELD_VALUE
                         42 JUMP_BACKWARD           40 (to 40)
                    >>   43 POP_JUMP_IF_TRUE        45 (to 45)
                         44 RERAISE                  2
                    >>   45 POP_TOP
                         46 POP_EXCEPT
                         47 POP_TOP
                         48 POP_TOP
                         49 JUMP_FORWARD            53 (to 53)
                    >>   50 COPY                     3
                         51 POP_EXCEPT
                         52 RERAISE                  1
                    >>   53 LOAD_CONST               0 (None)
                         54 RETURN_VALUE
                ExceptionTable:
                  7 to 9 -> 36 [1] lasti
                  10 to 14 -> 24 [2]
                  15 to 24 -> 36 [1] lasti
                  36 to 45 -> 50 [3] lasti
                """),
                Arguments.of("31_match_more", "def f(p):\n    match p:\n        case Point(1, y=yy) | [yy]:\n            return yy\n        case {\"k\": _, **rest}:\n            return rest\n        case None:\n            pass\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                  2       0 LOAD_FAST                0 (p)

                  3       1 COPY                     1
                          2 COPY                     1
                          3 LOAD_GLOBAL              0 (Point)
                          4 LOAD_CONST               0 (('y',))
                          5 MATCH_CLASS              1
                          6 COPY                     1
                          7 POP_JUMP_IF_NONE        15 (to 15)
                          8 UNPACK_SEQUENCE          2
                          9 LOAD_CONST               1 (1)
                         10 COMPARE_OP               2 (==)
                         11 POP_JUMP_IF_FALSE       15 (to 15)
                         12 STORE_FAST               1 (yy)
                         13 POP_TOP
                         14 JUMP_FORWARD            29 (to 29)
                    >>   15 POP_TOP
                         16 COPY                     1
                         17 MATCH_SEQUENCE
                         18 POP_JUMP_IF_FALSE       27 (to 27)
                         19 GET_LEN
                         20 LOAD_CONST               1 (1)
                         21 COMPARE_OP               2 (==)
                         22 POP_JUMP_IF_FALSE       27 (to 27)
                         23 UNPACK_SEQUENCE          1
                         24 STORE_FAST               1 (yy)
                         25 POP_TOP
                         26 JUMP_FORWARD            29 (to 29)
                    >>   27 POP_TOP
                         28 JUMP_FORWARD            33 (to 33)
                    >>   29 POP_TOP

                  4      30 LOAD_FAST                1 (yy)
                         31 RETURN_VALUE

                  2      32 JUMP_FORWARD            72 (to 72)
                    >>   33 POP_TOP

                  5      34 COPY                     1
                         35 MATCH_MAPPING
                         36 POP_JUMP_IF_FALSE       66 (to 66)
                         37 GET_LEN
                         38 LOAD_CONST               1 (1)
                         39 COMPARE_OP               5 (>=)
                         40 POP_JUMP_IF_FALSE       66 (to 66)
                         41 LOAD_CONST               2 ('k')
                         42 BUILD_TUPLE              1
                         43 MATCH_KEYS
                         44 COPY                     1
                         45 POP_JUMP_IF_NONE        64 (to 64)
                         46 UNPACK_SEQUENCE          1
                         47 POP_TOP
                         48 SWAP                     2
                         49 BUILD_MAP                0
                         50 SWAP                     2
                         51 DICT_UPDATE              1
                         52 SWAP                     2
                         53 GET_ITER
                    >>   54 FOR_ITER                59 (to 59)
                         55 COPY                     3
                         56 SWAP                     2
                         57 DELETE_SUBSCR
                         58 JUMP_BACKWARD           54 (to 54)
                    >>   59 STORE_FAST               2 (rest)
                         60 POP_TOP

                  6      61 LOAD_FAST                2 (rest)
                         62 RETURN_VALUE

                  2      63 JUMP_FORWARD            72 (to 72)
                    >>   64 POP_TOP
                         65 POP_TOP
                    >>   66 POP_TOP

                  7      67 LOAD_CONST               3 (None)
                         68 IS_OP                    0
                         69 POP_JUMP_IF_FALSE       72 (to 72)

                  8      70 NOP

                  2      71 JUMP_FORWARD            72 (to 72)
                    >>   72 LOAD_CONST               3 (None)
                         73 RETURN_VALUE
                """),
                Arguments.of("32_class_kw", "def deco(c):\n    return c\n\n@deco\nclass C(*bases, metaclass=M):\n    def __init__(self):\n        self.__x = 1\n", """
                  1       0 LOAD_CONST               0 (<code object deco, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (deco)

                  4       3 LOAD_NAME                0 (deco)

                  5       4 PUSH_NULL
                          5 LOAD_BUILD_CLASS
                          6 LOAD_CONST               1 (<code object C, line 4>)
                          7 MAKE_FUNCTION            0
                          8 LOAD_CONST               2 ('C')
                          9 BUILD_LIST               2
                         10 LOAD_NAME                1 (bases)
                         11 LIST_EXTEND              1
                         12 LIST_TO_TUPLE
                         13 BUILD_MAP                0
                         14 LOAD_CONST               3 ('metaclass')
                         15 LOAD_NAME                2 (M)
                         16 BUILD_MAP                1
                         17 DICT_MERGE               1
                         18 CALL_FUNCTION_EX         1
                         19 CALL                     0
                         20 STORE_NAME               3 (C)
                         21 LOAD_CONST               4 (None)
                         22 RETURN_VALUE

                Disassembly of <code object deco, line 1>:
                  2       0 LOAD_FAST                0 (c)
                          1 RETURN_VALUE

                Disassembly of <code object C, line 4>:
                  5       0 LOAD_NAME                0 (__name__)
                          1 STORE_NAME               1 (__module__)
                          2 LOAD_CONST               0 ('C')
                          3 STORE_NAME               2 (__qualname__)

                  6       4 LOAD_CONST               1 (<code object __init__, line 6>)
                          5 MAKE_FUNCTION            0
                          6 STORE_NAME               3 (__init__)
                          7 LOAD_CONST               2 (None)
                          8 RETURN_VALUE

                Disassembly of <code object __init__, line 6>:
                  7       0 LOAD_CONST               0 (1)
                          1 LOAD_FAST                0 (self)
                          2 STORE_ATTR               0 (_C__x)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE
                """),
                Arguments.of("33_nested_cells", "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n", """
                  1       0 LOAD_CONST               0 (<code object f, line 1>)
                          1 MAKE_FUNCTION            0
                          2 STORE_NAME               0 (f)
                          3 LOAD_CONST               1 (None)
                          4 RETURN_VALUE

                Disassembly of <code object f, line 1>:
                          0 MAKE_CELL                1 (x)

                  2       1 LOAD_CONST               0 (1)
                          2 STORE_DEREF              1 (x)

                  3       3 PUSH_NULL
                          4 LOAD_BUILD_CLASS
                          5 LOAD_CLOSURE             1 (x)
                          6 BUILD_TUPLE              1
                          7 LOAD_CONST               1 (<code object C, line 3>)
                          8 MAKE_FUNCTION            8 (closure)
                          9 LOAD_CONST               2 ('C')
                         10 CALL                     2
                         11 STORE_FAST               0 (C)

                  7      12 LOAD_FAST                0 (C)
                         13 RETURN_VALUE

                Disassembly of <code object C, line 3>:
                          0 COPY_FREE_VARS           1

                  3       1 LOAD_NAME                0 (__name__)
                          2 STORE_NAME               1 (__module__)
                          3 LOAD_CONST               0 ('f.<locals>.C')
                          4 STORE_NAME               2 (__qualname__)

                  4       5 LOAD_CLASSDEREF          0 (x)
                          6 STORE_NAME               3 (y)

                  5       7 LOAD_CLOSURE             0 (x)
                          8 BUILD_TUPLE              1
                          9 LOAD_CONST               1 (<code object m, line 5>)
                         10 MAKE_FUNCTION            8 (closure)
                         11 STORE_NAME               4 (m)
                         12 LOAD_CONST               2 (None)
                         13 RETURN_VALUE

                Disassembly of <code object m, line 5>:
                          0 COPY_FREE_VARS           1

                  6       1 LOAD_DEREF               1 (x)
                          2 RETURN_VALUE
                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void emitsExpectedInstructions(String name, String src, String expected) {
        CodeObject co = Compiler.compile(Parser.parse(src, name, Mode.EXEC), name, false);
        assertThat(Disassembler.dis(co)).isEqualTo(expected);
        BytecodeVerifier.verifyAll(co);
    }
}
