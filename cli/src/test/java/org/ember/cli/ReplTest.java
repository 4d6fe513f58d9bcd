package org.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * REPL transcripts. Standard input is piped here, so as in CPython the prompts (and the banner)
 * go to stderr and stdout holds only what the session printed; the expectations are what
 * {@code printf ... | python3 -i} gives.
 */
class ReplTest {

    /** {@code -q -i}: a REPL without the banner, reading the given lines. */
    private static Launch session(String input) {
        return Launch.run(input, "-q", "-i");
    }

    @Test
    void expressionValuesAreEchoedAndNoneIsNot() {
        Launch r = session("1 + 1\nx = 5\nx\nNone\n'a' * 3\n");
        assertThat(r.status).isZero();
        assertThat(r.out).isEqualTo("2\n5\n'aaa'\n");
        assertThat(r.err).isEqualTo(">>> >>> >>> >>> >>> >>> \n");
    }

    @Test
    void blocksContinueUntilABlankLine() {
        Launch r = session("for i in range(2):\n    print(i)\n\ndef f():\n    return 'f'\n\nf()\n");
        assertThat(r.out).isEqualTo("0\n1\n'f'\n");
        assertThat(r.err).isEqualTo(">>> ... ... >>> ... ... >>> >>> \n");
    }

    @Test
    void openBracketsAndTripleQuotesContinue() {
        Launch r = session("(1,\n 2)\ns = '''a\nb'''\ns\n");
        assertThat(r.out).isEqualTo("(1, 2)\n'a\\nb'\n");
        assertThat(r.err).isEqualTo(">>> ... >>> ... >>> >>> \n");
    }

    @Test
    void blankLinesAtThePrimaryPromptAreSkipped() {
        Launch r = session("\n\n3\n");
        assertThat(r.out).isEqualTo("3\n");
        assertThat(r.err).isEqualTo(">>> >>> >>> >>> \n");
    }

    @Test
    void anErrorPrintsItsTracebackAndTheSessionGoesOn() {
        Launch r = session("1/0\nprint('after')\n");
        assertThat(r.status).isZero();
        assertThat(r.out).isEqualTo("after\n");
        assertThat(r.err).isEqualTo(">>> Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n"
                + ">>> >>> \n");
    }

    @Test
    void aSyntaxErrorDoesNotEndTheSession() {
        Launch r = session("1 +\n2\n");
        assertThat(r.out).isEqualTo("2\n");
        assertThat(r.err).contains("SyntaxError: invalid syntax\n");
        assertThat(r.err).endsWith(">>> >>> \n");
    }

    @Test
    void stateIsKeptBetweenInputs() {
        Launch r = session("def sq(n):\n    return n * n\n\ntotal = sum(sq(i) for i in range(4))\ntotal\n");
        assertThat(r.out).isEqualTo("14\n");
    }

    @Test
    void exitEndsTheSessionWithStatusZero() {
        Launch r = session("print('in')\nexit()\nprint('never')\n");
        assertThat(r.status).isZero();
        assertThat(r.out).isEqualTo("in\n");
        assertThat(r.err).isEqualTo(">>> >>> ");
    }

    @Test
    void systemExitEndsTheSessionWithItsStatus() {
        Launch r = session("raise SystemExit(4)\nprint('never')\n");
        assertThat(r.status).isEqualTo(4);
        assertThat(r.out).isEmpty();
    }

    @Test
    void endOfInputEndsWithANewlineAndStatusZero() {
        Launch r = session("");
        assertThat(r.status).isZero();
        assertThat(r.err).isEqualTo(">>> \n");
    }

    @Test
    void bannerNamesEmberAndPython() {
        Launch r = Launch.run("", "-i");
        assertThat(r.err).matches("(?s)Ember \\d+\\.\\d+\\.\\d+ \\(Python 3\\.11\\) on \\S+\n.*>>> \n");
    }

    @Test
    void dashIRunsTheProgramFirstThenTheSession() {
        Launch r = Launch.run("y\n", "-q", "-i", "-c", "y = 'kept'");
        assertThat(r.status).isZero();
        assertThat(r.out).isEqualTo("'kept'\n");
    }
}
