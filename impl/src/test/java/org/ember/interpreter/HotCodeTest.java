package org.ember.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import org.ember.api.Interpreter;
import org.ember.bytecode.CodeObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Code turns hot by its calls and loop turns, and hot code runs in a fast path of its own. */
class HotCodeTest {
    private Interpreter py;

    @BeforeEach
    void start() {
        py = Interpreter.builder().build();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private CodeObject code(String function) {
        return (CodeObject) py.eval(function + ".__code__");
    }

    @Test
    void theCopyForHotCodeIsAClassOfItsOwn() {
        FastPath hot = FastPath.hot();
        assertThat(FastPath.COLD.forHotCode()).isFalse();
        assertThat(hot.forHotCode()).as("the hidden copy was defined").isTrue();
        assertThat(hot.getClass()).isNotSameAs(FastPath.COLD.getClass());
        assertThat(hot.getClass().isHidden()).isTrue();
    }

    @Test
    void aFunctionTurnsHotAtItsThresholdOfCalls() {
        py.exec("def f(x):\n    return x + 1\n\ndef g(x):\n    return x\n");
        int calls = CodeObject.HOT_WARMTH - 1;
        py.exec("for _ in range(" + calls + "): f(1)\n");
        assertThat(code("f").hot).isFalse();
        py.exec("f(1)\n");
        assertThat(code("f").hot).isTrue();
        assertThat(code("g").hot).isFalse();
    }

    @Test
    void callsFromJavaAndGeneratorResumptionsCount() {
        py.exec("def f():\n    return 1\n\ndef gen():\n    while True:\n        yield 1\n\nit = gen()\n");
        for (int i = 0; i < CodeObject.HOT_WARMTH; i++) {
            py.eval("f").call();
        }
        assertThat(code("f").hot).isTrue();
        py.exec("for _ in range(" + (CodeObject.HOT_WARMTH / 2 - 1) + "): next(it)\n");
        // Each resumption counts, and each turn of the generator's own loop: 2k - 1 for k.
        assertThat(code("gen").hot).isFalse();
        py.exec("next(it); next(it)\n");
        assertThat(code("gen").hot).isTrue();
    }

    @Test
    void aLongLoopTurnsItsCodeHotWhileItRuns() {
        py.exec("def once(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n");
        assertThat(py.eval("once(10)").asLong()).isEqualTo(45);
        assertThat(code("once").hot).isFalse();
        int n = 3 * CodeObject.HOT_WARMTH;
        assertThat(py.eval("once(" + n + ")").asLong()).isEqualTo((long) n * (n - 1) / 2);
        assertThat(code("once").hot).isTrue();
    }

    @Test
    void codeRunOnceStaysCold() {
        py.exec("def setup():\n    return [i for i in range(10)]\n\nfor _ in range(5): setup()\n");
        assertThat(code("setup").hot).isFalse();
    }
}
