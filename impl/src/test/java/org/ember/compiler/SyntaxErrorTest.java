package org.ember.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.ember.parser.Mode;
import org.ember.parser.Parser;
import org.ember.parser.PySyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compile-time SyntaxErrors: message and position (line, 1-based offset, end line, end offset)
 * must equal what CPython 3.11's {@code compile()} reports. The expectations were produced by
 * running each source through {@code python3} (3.11.7).
 */
class SyntaxErrorTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13),
                Arguments.of("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13),
                Arguments.of("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13),
                Arguments.of("def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13),
                Arguments.of("def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 5, 5, 5, 15),
                Arguments.of("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 5, 9, 5, 19),
                Arguments.of("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19),
                Arguments.of("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11),
                Arguments.of("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15),
                Arguments.of("def f():\n    global x\n    def g():\n        nonlocal x\n", "no binding for nonlocal 'x' found", 4, 9, 4, 19),
                Arguments.of("class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15),
                Arguments.of("def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21),
                Arguments.of("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5, 2, 13),
                Arguments.of("def f():\n    x: int = 1\n    nonlocal x\n", "annotated name 'x' can't be nonlocal", 3, 5, 3, 15),
                Arguments.of("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5, 3, 15),
                Arguments.of("return 1\n", "'return' outside function", 1, 1, 1, 9),
                Arguments.of("yield 1\n", "'yield' outside function", 1, 1, 1, 8),
                Arguments.of("class C:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12),
                Arguments.of("await x\n", "'await' outside function", 1, 1, 1, 8),
                Arguments.of("def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12),
                Arguments.of("break\n", "'break' outside loop", 1, 1, 1, 6),
                Arguments.of("continue\n", "'continue' not properly in loop", 1, 1, 1, 9),
                Arguments.of("def f():\n    for x in y:\n        def g():\n            break\n", "'break' outside loop", 4, 13, 4, 18),
                Arguments.of("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5, 3, 13),
                Arguments.of("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14, 2, 21),
                Arguments.of("def f():\n    return {(yield x) for x in y}\n", "'yield' inside set comprehension", 2, 14, 2, 21),
                Arguments.of("def f():\n    return {x: (yield x) for x in y}\n", "'yield' inside dict comprehension", 2, 17, 2, 24),
                Arguments.of("def f():\n    return ((yield x) for x in y)\n", "'yield' inside generator expression", 2, 14, 2, 21),
                Arguments.of("def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32),
                Arguments.of("def f():\n    return [i := 0 for i in y]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 2, 13, 2, 14),
                Arguments.of("class C:\n    z = [(j := i) for i in y]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 11, 2, 12),
                Arguments.of("def f():\n    return [x for x in (y := z)]\n", "assignment expression cannot be used in a comprehension iterable expression", 2, 25, 2, 31),
                Arguments.of("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10, 1, 11),
                Arguments.of("async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5, 2, 17),
                Arguments.of("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3, 1, 4, 9),
                Arguments.of("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11),
                Arguments.of("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable", 2, 10, 2, 11),
                Arguments.of("match x:\n    case [a, a]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2, 14, 2, 15),
                Arguments.of("match x:\n    case [a] | [b]:\n        pass\n", "alternative patterns bind different names", 2, 17, 2, 18),
                Arguments.of("try:\n    pass\nexcept* ValueError:\n    break\n", "'break', 'continue' and 'return' cannot appear in an except* block", 4, 5, 4, 10),
                Arguments.of("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 17),
                Arguments.of("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 5, 15),
                Arguments.of("del f()\n", "cannot delete function call", 1, 5, 1, 8),
                Arguments.of("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 1, 10),
                Arguments.of("print(*a)\n*a\n", "can't use starred expression here", 2, 1, 2, 3),
                Arguments.of("def f():\n    x = 1\n    class C:\n        nonlocal y\n", "no binding for nonlocal 'y' found", 4, 9, 4, 19),
                Arguments.of("[await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21),
                Arguments.of("def f():\n    [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 25),
                Arguments.of("def f():\n    lambda: await x\n", "'await' outside async function", 2, 13, 2, 20),
                Arguments.of("async def f():\n    lambda: await x\n", "'await' outside async function", 2, 13, 2, 20),
                Arguments.of("def f():\n    async with a:\n        pass\n", "'async with' outside async function", 2, 5, 3, 13),
                Arguments.of("def f():\n    async for a in b:\n        pass\n", "'async for' outside async function", 2, 5, 3, 13),
                Arguments.of("def f(*, a, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14),
                Arguments.of("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9),
                Arguments.of("def f():\n    x = 1\n    global x\n    def g(): pass\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13));
    }

    /** Programs CPython 3.11 compiles although they look close to the errors above. */
    static Stream<String> valid() {
        return Stream.of(
                "def f():\n    (await x for x in y)\n",
                "class C:\n    def f(self):\n        nonlocal __class__\n        return __class__\n",
                "def f():\n    x = 1\n    del x\n    def g():\n        return x\n",
                "async def f():\n    return [[i async for i in a] for j in b]\n");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void compilesLikeCPython(String src) {
        BytecodeVerifier.verifyAll(Compiler.compile(Parser.parse(src, "<t>", Mode.EXEC), "<t>", false));
    }

    @org.junit.jupiter.api.Test
    void tooManyStaticallyNestedBlocks() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            src.append("    ".repeat(i)).append("for x").append(i).append(" in y:\n");
        }
        src.append("    ".repeat(21)).append("pass\n");
        // python3: ('too many statically nested blocks', 21, 81, 22, 89); 20 levels compile.
        reportsLikeCPython(src.toString(), "too many statically nested blocks", 21, 81, 22, 89);
        String twenty = src.substring(0, src.indexOf("    ".repeat(20) + "for x20")) + "    ".repeat(20) + "pass\n";
        Compiler.compile(Parser.parse(twenty, "<t>", Mode.EXEC), "<t>", false);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsLikeCPython(String src, String msg, int line, int offset, int endLine, int endOffset) {
        PySyntaxError e = catchThrowableOfType(
                () -> Compiler.compile(Parser.parse(src, "<t>", Mode.EXEC), "<t>", false), PySyntaxError.class);
        assertThat(e).as("no SyntaxError for %s", src).isNotNull();
        assertThat(e.msg).isEqualTo(msg);
        assertThat(new int[] {e.lineno, e.offset, e.endLineno, e.endOffset})
                .as("position of %s", msg).containsExactly(line, offset, endLine, endOffset);
        assertThat(e.pythonType).isEqualTo("SyntaxError");
    }
}
