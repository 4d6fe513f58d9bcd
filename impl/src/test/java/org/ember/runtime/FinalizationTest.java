package org.ember.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ember.api.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * Best-effort finalization: {@code __del__} and abandoned generators' {@code finally} run on the
 * interpreter's thread some time after the objects become unreachable, and at the latest when the
 * interpreter closes (which, as CPython at exit, first drops {@code __main__}'s globals).
 */
class FinalizationTest {
    @Test
    void delAndGeneratorFinallyRunByClose() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter py = Interpreter.builder().stdout(out).stderr(err).build();
        py.exec("class R:\n    def __init__(self, n): self.n = n\n    def __del__(self): print('del', self.n)\n"
                + "class Bad:\n    def __del__(self): raise ValueError('oops')\n"
                + "def gen():\n    try:\n        yield 1\n    finally:\n        print('gen finally')\n"
                + "def f():\n    r = R('local')\n    g = gen()\n    next(g)\n"
                + "f()\nkeep = R('global')\nb = Bad()\nprint('end')\n");
        py.close();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("end\n").contains("del local\n").contains("gen finally\n").contains("del global\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Exception ignored in: <function Bad.__del__")
                .contains("ValueError: oops");
    }
}
