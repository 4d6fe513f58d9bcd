package org.ember.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ember.bytecode.CodeObject;
import org.ember.bytecode.Opcode;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.parser.Mode;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/** Compile modes, code object metadata (flags, names, docstrings, cell2arg) and positions. */
class CompilerModesTest {
    private static CodeObject compile(String src, Mode mode, boolean echo) {
        return Compiler.compile(Parser.parse(src, "<t>", mode), "<t>", echo);
    }

    private static List<String> ops(CodeObject co) {
        List<String> out = new ArrayList<>();
        for (int w : co.code) {
            out.add(Opcode.name(Opcode.op(w)));
        }
        return out;
    }

    private static CodeObject child(CodeObject co, String name) {
        for (PyObj c : co.consts) {
            if (c instanceof CodeObject && ((CodeObject) c).name.equals(name)) {
                return (CodeObject) c;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    @Test
    void evalModeReturnsTheValue() {
        CodeObject co = compile("a + 1", Mode.EVAL, false);
        assertThat(ops(co)).containsExactly("LOAD_NAME", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE");
        assertThat(co.name).isEqualTo("<module>");
    }

    @Test
    void interactiveModeEchoesExpressions() {
        CodeObject co = compile("1 + x\n", Mode.SINGLE, true);
        assertThat(ops(co)).containsExactly("LOAD_CONST", "LOAD_NAME", "BINARY_OP", "PRINT_EXPR", "LOAD_CONST",
                "RETURN_VALUE");
    }

    @Test
    void moduleDocstringIsStoredNotExecuted() {
        CodeObject co = compile("'''doc'''\nx = 1\n", Mode.EXEC, false);
        assertThat(ops(co).subList(0, 2)).containsExactly("LOAD_CONST", "STORE_NAME");
        assertThat(co.names[0]).isEqualTo("__doc__");
    }

    @Test
    void functionDocstringGoesToTheDocField() {
        CodeObject f = child(compile("def f():\n    'hello'\n    return 1\n", Mode.EXEC, false), "f");
        assertThat(((PyStr) f.doc).value()).isEqualTo("hello");
        assertThat(ops(f)).containsExactly("LOAD_CONST", "RETURN_VALUE");
    }

    @Test
    void flagsForGeneratorsAndCoroutines() {
        CodeObject m = compile("def g():\n    yield\nasync def c():\n    pass\nasync def ag():\n    yield\n"
                + "def v(*a, **k):\n    pass\n", Mode.EXEC, false);
        assertThat(child(m, "g").flags & CodeObject.CO_GENERATOR).isNotZero();
        assertThat(child(m, "c").flags & CodeObject.CO_COROUTINE).isNotZero();
        assertThat(child(m, "ag").flags & CodeObject.CO_ASYNC_GENERATOR).isNotZero();
        assertThat(child(m, "ag").flags & CodeObject.CO_GENERATOR).isZero();
        CodeObject v = child(m, "v");
        assertThat(v.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS))
                .isEqualTo(CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS);
        assertThat(v.varnames).containsExactly("a", "k");
        assertThat(v.argcount).isZero();
    }

    @Test
    void parameterOrderAndCounts() {
        CodeObject f = child(compile("def f(a, /, b, *c, d, **e):\n    z = 1\n", Mode.EXEC, false), "f");
        assertThat(f.varnames).containsExactly("a", "b", "d", "c", "e", "z");
        assertThat(f.argcount).isEqualTo(2);
        assertThat(f.posonlyargcount).isEqualTo(1);
        assertThat(f.kwonlyargcount).isEqualTo(1);
    }

    @Test
    void cellParametersMapToTheirArgument() {
        CodeObject f = child(compile("def f(a, b):\n    return lambda: b\n", Mode.EXEC, false), "f");
        assertThat(f.cellvars).containsExactly("b");
        assertThat(f.cell2arg).containsExactly(1);
    }

    @Test
    void qualnames() {
        CodeObject m = compile("class C:\n    def m(self):\n        def inner():\n            return [x for x in ()]\n"
                + "        return inner\n", Mode.EXEC, false);
        CodeObject inner = child(child(child(m, "C"), "m"), "inner");
        assertThat(inner.qualname).isEqualTo("C.m.<locals>.inner");
        assertThat(child(inner, "<listcomp>").qualname).isEqualTo("C.m.<locals>.inner.<locals>.<listcomp>");
    }

    @Test
    void decoratedFunctionStartsAtFirstDecorator() {
        CodeObject f = child(compile("@a\n@b\ndef f():\n    pass\n", Mode.EXEC, false), "f");
        assertThat(f.firstLineno).isEqualTo(1);
    }

    @Test
    void callPositionsSpanTheWholeCall() {
        CodeObject co = compile("x = foo(a,\n        b)\n", Mode.EXEC, false);
        int call = ops(co).indexOf("CALL");
        assertThat(new int[] {co.lines[call], co.cols[call], co.endLines[call], co.endCols[call]})
                .containsExactly(1, 4, 2, 10);
        int load = ops(co).indexOf("LOAD_NAME");
        assertThat(new int[] {co.lines[load], co.cols[load], co.endLines[load], co.endCols[load]})
                .containsExactly(1, 4, 1, 7);
    }

    @Test
    void attributePositionsCoverTheAttribute() {
        CodeObject co = compile("y = obj.attr.other\n", Mode.EXEC, false);
        int first = ops(co).indexOf("LOAD_ATTR");
        assertThat(co.cols[first]).isEqualTo(4);
        assertThat(co.endCols[first]).isEqualTo(12);
        assertThat(co.endCols[first + 1]).isEqualTo(18);
    }

    @Test
    void futureAnnotationsAreStrings() {
        CodeObject m = compile("from __future__ import annotations\ndef f(x: List[int]) -> a.B | None:\n    pass\n",
                Mode.EXEC, false);
        List<String> strs = new ArrayList<>();
        for (PyObj c : m.consts) {
            if (c instanceof PyStr) {
                strs.add(((PyStr) c).value());
            }
        }
        assertThat(strs).contains("List[int]", "a.B | None");
    }
}
