package org.ember.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each example's {@code main} and checks what it printed, line by line. */
class ExamplesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStdout() {
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(original);
    }

    private String[] lines() {
        return captured.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void embeddingExample() {
        EmbeddingExample.main(new String[0]);
        assertThat(lines()).containsExactly(
                "Hello, Ember!",
                "area = 24",
                "squares = [0, 1, 4, 9, 16]",
                "caught ValueError: age must be >= 0, got -1",
                "Traceback (most recent call last):",
                "  File \"validation.py\", line 6, in <module>",
                "  File \"validation.py\", line 3, in check",
                "ValueError: age must be >= 0, got -1");
    }

    @Test
    void scriptEngineExample() throws Exception {
        ScriptEngineExample.main(new String[0]);
        assertThat(lines()).containsExactly(
                "total = 16",
                "  3 EUR",
                "  5 EUR",
                "  8 EUR",
                "count = 3");
    }
}
