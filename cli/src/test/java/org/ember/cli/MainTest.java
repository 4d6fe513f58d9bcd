package org.ember.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher end to end, in-process. The expected texts and statuses are what {@code python3}
 * prints and returns for the same command lines (checked by hand against CPython 3.11).
 */
class MainTest {

    @Nested
    class WithoutRunningPython {
        @Test
        void versionGoesToStdout() {
            Launch r = Launch.args("--version");
            assertThat(r.status).isZero();
            assertThat(r.out).matches("Ember \\d+\\.\\d+\\.\\d+ \\(Python 3\\.11\\)\n");
            assertThat(Launch.args("-V").out).isEqualTo(r.out);
        }

        @Test
        void helpStartsWithTheUsageLine() {
            Launch r = Launch.args("-h");
            assertThat(r.status).isZero();
            assertThat(r.out).startsWith("usage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...\n");
            assertThat(r.out).contains("-X opt");
        }

        @Test
        void unknownOptionExitsTwoWithUsage() {
            Launch r = Launch.args("-Q");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.out).isEmpty();
            assertThat(r.err).isEqualTo("Unknown option: -Q\n"
                    + "usage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    + "Try `ember -h' for more information.\n");
        }

        @Test
        void missingFileExitsTwoNamingItsAbsolutePath() {
            Launch r = Launch.args("no_such_dir/missing.py", "arg");
            Path abs = Paths.get("").toAbsolutePath().resolve("no_such_dir/missing.py");
            assertThat(r.status).isEqualTo(2);
            assertThat(r.err).isEqualTo("ember: can't open file '" + abs
                    + "': [Errno 2] No such file or directory\n");
        }

        @Test
        void directoryWithoutMainModule(@TempDir Path dir) {
            Launch r = Launch.args(dir.toString());
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).isEqualTo("ember: can't find '__main__' module in '" + dir + "'\n");
        }
    }

    @Nested
    class Arguments {
        @Test
        void scriptSeesItsArgvAndItsDirectoryOnThePath(@TempDir Path dir) throws IOException {
            Path script = write(dir.resolve("prog.py"),
                    "import sys\nprint(sys.argv)\nprint(sys.path[0])\n");
            Launch r = Launch.args(script.toString(), "a", "b c");
            assertThat(r.status).as(r.toString()).isZero();
            assertThat(r.out).isEqualTo("['" + script + "', 'a', 'b c']\n" + dir.toRealPath() + "\n");
        }

        @Test
        void scriptCanImportItsNeighbours(@TempDir Path dir) throws IOException {
            write(dir.resolve("helper_mod.py"), "VALUE = 'from the neighbour'\n");
            Path script = write(dir.resolve("main.py"), "import helper_mod\nprint(helper_mod.VALUE)\n");
            Launch r = Launch.args(script.toString());
            assertThat(r.out).as(r.toString()).isEqualTo("from the neighbour\n");
        }

        @Test
        void dashCArgv() {
            Launch r = Launch.args("-c", "import sys; print(sys.argv)", "a", "-x");
            assertThat(r.status).as(r.toString()).isZero();
            assertThat(r.out).isEqualTo("['-c', 'a', '-x']\n");
        }

        @Test
        void dashCTracebackNamesString() {
            Launch r = Launch.args("-c", "1/0");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.out).isEmpty();
            assertThat(r.err).isEqualTo("Traceback (most recent call last):\n"
                    + "  File \"<string>\", line 1, in <module>\n"
                    + "ZeroDivisionError: division by zero\n");
        }

        @Test
        void xOptionsReachTheInterpreter() {
            Launch r = Launch.args("-X", "color=red", "-Xflag", "-c",
                    "import sys; print(sys._xoptions['color'], sys._xoptions['flag'])");
            assertThat(r.out).as(r.toString()).isEqualTo("red True\n");
        }

        @Test
        void dashMRunsAModuleFromTheCurrentDirectory() throws IOException {
            // -m searches sys.path, whose first entry is the current directory; a test cannot
            // change the JVM's working directory, so the module is written there for the test.
            Path module = Paths.get("").toAbsolutePath().resolve("ember_launcher_test_mod.py");
            write(module, "import sys\nprint(__name__, sys.argv)\n");
            try {
                Launch r = Launch.args("-m", "ember_launcher_test_mod", "x");
                assertThat(r.status).as(r.toString()).isZero();
                assertThat(r.out).isEqualTo("__main__ ['" + module + "', 'x']\n");
            } finally {
                Files.deleteIfExists(module);
            }
        }

        @Test
        void dashMWithAnUnknownModule() {
            Launch r = Launch.args("-m", "no_such_module_anywhere");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).isEqualTo("ember: No module named no_such_module_anywhere\n");
        }

        @Test
        void dashReadsTheProgramFromStdin() {
            Launch r = Launch.run("import sys\nprint(sys.argv)\n", "-", "a");
            assertThat(r.status).as(r.toString()).isZero();
            assertThat(r.out).isEqualTo("['-', 'a']\n");
        }

        @Test
        void pipedStdinWithoutArgumentsIsAProgramNotAnInteractiveSession() {
            Launch r = Launch.run("import sys\nprint(sys.argv)\nprint(6 * 7)\n");
            assertThat(r.status).as(r.toString()).isZero();
            assertThat(r.out).isEqualTo("['']\n42\n");
            assertThat(r.err).isEmpty();
        }

        @Test
        void stdinProgramTracebackNamesStdin() {
            Launch r = Launch.run("x = 1\nraise ValueError('bad')\n");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).contains("  File \"<stdin>\", line 2, in <module>\n")
                    .endsWith("ValueError: bad\n");
        }
    }

    @Nested
    class ExitStatuses {
        private Launch exit(String code) {
            return Launch.args("-c", "import sys\nprint('before')\n" + code + "\nprint('after')");
        }

        @Test
        void normalEndIsZero() {
            Launch r = Launch.args("-c", "pass");
            assertThat(r.status).isZero();
            assertThat(r.out).isEmpty();
            assertThat(r.err).isEmpty();
        }

        @Test
        void uncaughtExceptionIsOne() {
            Launch r = exit("raise KeyError('k')");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.out).isEqualTo("before\n");
            assertThat(r.lastErrLine()).isEqualTo("KeyError: 'k'");
        }

        @Test
        void exitWithNoneOrNothingIsZero() {
            assertThat(exit("sys.exit()").status).isZero();
            assertThat(exit("sys.exit(None)").status).isZero();
            assertThat(exit("raise SystemExit").status).isZero();
            assertThat(exit("sys.exit()").out).isEqualTo("before\n");
            assertThat(exit("sys.exit()").err).isEmpty();
        }

        @Test
        void exitWithAnIntIsThatInt() {
            Launch r = exit("sys.exit(3)");
            assertThat(r.status).isEqualTo(3);
            assertThat(r.out).isEqualTo("before\n");
            assertThat(r.err).isEmpty();
        }

        @Test
        void exitStatusKeepsTheLowEightBitsAsTheOsDoes() {
            assertThat(exit("sys.exit(300)").status).isEqualTo(44);
            assertThat(exit("sys.exit(-1)").status).isEqualTo(255);
        }

        @Test
        void boolAndIntSubclassesCountAsInts() {
            assertThat(exit("sys.exit(True)").status).isEqualTo(1);
            assertThat(exit("sys.exit(False)").status).isZero();
            assertThat(exit("class Code(int): pass\nsys.exit(Code(5))").status).isEqualTo(5);
        }

        @Test
        void exitWithAnythingElsePrintsItsStrAndIsOne() {
            Launch r = exit("sys.exit('goodbye')");
            assertThat(r.status).isEqualTo(1);
            assertThat(r.err).isEqualTo("goodbye\n");
            Launch tuple = exit("raise SystemExit(1, 2)");
            assertThat(tuple.status).isEqualTo(1);
            assertThat(tuple.err).isEqualTo("(1, 2)\n");
        }

        @Test
        void exitFromAFunctionDeepInTheProgram() {
            Launch r = Launch.args("-c", "def f(n):\n    if n == 0:\n        raise SystemExit(7)\n    f(n - 1)\nf(20)");
            assertThat(r.status).isEqualTo(7);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
