package org.ember.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ember.ast.Mod;
import org.ember.bytecode.CodeObject;
import org.ember.parser.Mode;
import org.ember.parser.Parser;
import org.ember.parser.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Compiles every {@code .py} file of a CPython 3.11 installation's {@code Lib} (skipped when the
 * directory is absent; files the parser rejects are skipped): nothing but {@link PySyntaxError}
 * may escape, and every code object must pass {@link BytecodeVerifier}. The few files that are
 * legitimately invalid for CPython too ({@code badsyntax_*}, {@code bad_coding*}) may raise.
 */
class StdlibRobustnessTest {
    static final Path LIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11/");

    @Test
    void compilesTheStandardLibrary() throws IOException {
        assumeTrue(Files.isDirectory(LIB), "no CPython 3.11 Lib at " + LIB);
        List<Path> files;
        try (Stream<Path> s = Files.walk(LIB)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int compiled = 0;
        for (Path p : files) {
            Mod mod;
            try {
                mod = Parser.parse(Parser.decodeSource(Files.readAllBytes(p)), p.toString(), Mode.EXEC);
            } catch (RuntimeException | StackOverflowError e) {
                continue;
            }
            try {
                CodeObject co = Compiler.compile(mod, p.toString(), false);
                BytecodeVerifier.verifyAll(co);
                compiled++;
            } catch (PySyntaxError e) {
                String name = p.getFileName().toString();
                if (!name.startsWith("bad")) {
                    failures.add(p + ":" + e.lineno + ": unexpected SyntaxError: " + e.msg);
                }
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                failures.add(p + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(compiled).isGreaterThan(1000);
    }
}
