package org.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code -X dis} shows the bytecode of the program on stderr and still runs it. */
class DisOptionTest {
    @Test
    void disassemblesThenRuns() {
        Launch r = Launch.args("-X", "dis", "-c", "x = 6 * 7\nprint(x)");
        assertThat(r.status).isZero();
        assertThat(r.out).isEqualTo("42\n");
        assertThat(r.err).contains("BINARY_OP").contains("(*)").contains("STORE_NAME").contains("(x)")
                .contains("RETURN_VALUE");
    }
}
