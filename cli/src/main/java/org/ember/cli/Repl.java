package org.ember.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ember.api.Interpreter;
import org.ember.api.PyException;

/**
 * The interactive loop: reads lines with the {@code >>> } and {@code ... } prompts until the
 * input so far is a complete statement ({@link Interpreter#isIncomplete}), runs it with
 * {@link Interpreter#execInteractive} (which echoes an expression's value), prints the traceback
 * of an error and goes on. End of input or {@code SystemExit} ends it.
 *
 * <p>Like CPython, the lines are joined with {@code "\n"} and no final newline, so a compound
 * statement stays incomplete until a blank line ends it (see {@code codeop}).
 */
final class Repl {
    static final String PS1 = ">>> ";
    static final String PS2 = "... ";

    private final Interpreter interp;
    private final LineReader input;
    private final PrintStream prompts;
    private final PrintStream stderr;

    /**
     * @param prompts where prompts go: CPython writes them to stdout when it reads a terminal,
     *     and to stderr when its input is piped, so a transcript's stdout holds only results
     */
    Repl(Interpreter interp, InputStream stdin, PrintStream prompts, PrintStream stderr) {
        this.interp = interp;
        this.input = new LineReader(stdin);
        this.prompts = prompts;
        this.stderr = stderr;
    }

    /** Runs until end of input or {@code SystemExit}; returns the exit status. */
    int run() {
        List<String> lines = new ArrayList<>();
        while (true) {
            prompts.print(lines.isEmpty() ? PS1 : PS2);
            prompts.flush();
            String line = read();
            if (line == null) {
                // CPython ends the prompt line so the shell's own prompt starts on a fresh one.
                prompts.print("\n");
                prompts.flush();
                return 0;
            }
            if (lines.isEmpty() && line.isBlank()) {
                continue;
            }
            lines.add(line);
            String source = String.join("\n", lines);
            try {
                if (interp.isIncomplete(source)) {
                    continue;
                }
                lines.clear();
                interp.execInteractive(source);
            } catch (PyException e) {
                lines.clear();
                if (e.isSystemExit()) {
                    return ExitStatus.of(e, interp, stderr);
                }
                stderr.print(e.pythonTraceback());
                stderr.flush();
            }
        }
    }

    private String read() {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
