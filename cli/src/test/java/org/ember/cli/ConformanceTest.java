package org.ember.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance suite: every {@code tests/**}{@code /NAME.py} that has a {@code NAME.expected}
 * beside it runs through the launcher in-process ({@code ember tests/area/NAME.py}, from the
 * repository root) and must give CPython's stdout exactly, CPython's exit status, and CPython's
 * last non-empty stderr line (for an error, the exception line of the traceback).
 *
 * <p>The {@code .expected} files are written by running {@code python3}; their format is
 * <pre>
 * # exit: N
 * # stderr: LAST NON-EMPTY STDERR LINE (or nothing)
 * STDOUT, VERBATIM, TO THE END OF THE FILE
 * </pre>
 * {@code tests/known-failures.txt} lists programs expected to fail ({@code path-under-tests
 * reason}); they are reported as skipped while they fail and fail once they pass, so the list
 * only ever shrinks. {@code -Dconformance.filter=SUBSTRING} runs only the paths containing it.
 */
class ConformanceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String EXPECTED = ".expected";
    private static final String KNOWN_FAILURES = "known-failures.txt";

    @TestFactory
    Stream<DynamicNode> conformance() throws IOException {
        Path root = repositoryRoot();
        Path tests = root.resolve("tests");
        Map<String, String> known = knownFailures(tests.resolve(KNOWN_FAILURES));
        String filter = System.getProperty("conformance.filter", "");

        // Folder (relative to tests/, "" for the top) -> its programs, both sorted by name.
        Map<String, List<Path>> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path py : files.filter(ConformanceTest::hasExpectation).sorted().collect(Collectors.toList())) {
                String rel = slashes(tests.relativize(py));
                if (rel.contains(filter)) {
                    String folder = py.getParent().equals(tests) ? "" : slashes(tests.relativize(py.getParent()));
                    byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(py);
                }
            }
        }

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest(KNOWN_FAILURES + " names existing programs",
                () -> checkKnownFailuresExist(tests, known)));
        for (Map.Entry<String, List<Path>> folder : byFolder.entrySet()) {
            List<DynamicNode> programs = new ArrayList<>();
            for (Path py : folder.getValue()) {
                String rel = slashes(tests.relativize(py));
                programs.add(DynamicTest.dynamicTest(rel, py.toUri(), () -> runProgram(root, py, rel, known.get(rel))));
            }
            if (folder.getKey().isEmpty()) {
                nodes.addAll(programs);
            } else {
                nodes.add(DynamicContainer.dynamicContainer(folder.getKey(), programs));
            }
        }
        return nodes.stream();
    }

    private static boolean hasExpectation(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".py") && Files.isRegularFile(file)
                && Files.isRegularFile(file.resolveSibling(name.substring(0, name.length() - 3) + EXPECTED));
    }

    private static void runProgram(Path root, Path py, String rel, String knownReason) throws IOException {
        String name = py.getFileName().toString();
        Expectation expected = Expectation.parse(Files.readString(
                py.resolveSibling(name.substring(0, name.length() - 3) + EXPECTED), StandardCharsets.UTF_8));
        String problem;
        try {
            problem = expected.compare(launch(root, py));
        } catch (AssertionFailedError timeout) {
            problem = "timed out after " + TIMEOUT.toSeconds() + " s";
        } catch (RuntimeException | Error crash) {
            StringWriter trace = new StringWriter();
            crash.printStackTrace(new PrintWriter(trace));
            problem = "the launcher threw instead of returning a status:\n" + trace;
        }
        if (knownReason != null) {
            if (problem == null) {
                fail(rel + " now passes: remove it from tests/" + KNOWN_FAILURES);
            }
            Assumptions.abort("known failure (" + knownReason + "):\n" + problem);
        }
        if (problem != null) {
            fail(rel + ":\n" + problem);
        }
    }

    /**
     * Runs the program as {@code ember tests/area/NAME.py} so that {@code sys.argv[0]} is the
     * path relative to the repository root, as when the expectations were made; surefire runs
     * this module from the root for that. From elsewhere (an IDE) it falls back to the
     * absolute path.
     */
    private static Actual launch(Path root, Path py) {
        Path cwd = Paths.get("").toAbsolutePath();
        String arg = cwd.equals(root) ? slashes(root.relativize(py)) : py.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(TIMEOUT, () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                return Main.run(commandLine(arg), new ByteArrayInputStream(new byte[0]), o, e);
            }
        });
        return new Actual(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The launcher arguments: the program, after {@code -X} options from the system property
     * {@code conformance.options} (comma-separated, e.g. {@code caches=off}) so the same corpus runs
     * in every engine mode.
     */
    private static String[] commandLine(String program) {
        java.util.List<String> args = new java.util.ArrayList<>();
        String options = System.getProperty("conformance.options", "");
        for (String o : options.split(",")) {
            if (!o.isBlank()) {
                args.add("-X");
                args.add(o.strip());
            }
        }
        args.add(program);
        return args.toArray(new String[0]);
    }

    /** The directory holding both the root {@code pom.xml} and {@code tests/}, walking up from here. */
    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("tests"))) {
                return dir;
            }
        }
        Assumptions.abort("no tests/ directory beside a pom.xml above " + Paths.get("").toAbsolutePath());
        throw new AssertionError("unreachable");
    }

    /** {@code path reason} per line; blank lines and {@code #} comments ignored. */
    static Map<String, String> knownFailures(Path file) throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return known;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\\s+", 2);
            known.put(parts[0], parts.length > 1 ? parts[1] : "no reason given");
        }
        return known;
    }

    private static void checkKnownFailuresExist(Path tests, Map<String, String> known) {
        List<String> missing = new ArrayList<>();
        for (String rel : known.keySet()) {
            if (!hasExpectation(tests.resolve(rel))) {
                missing.add(rel);
            }
        }
        if (!missing.isEmpty()) {
            fail("tests/" + KNOWN_FAILURES + " lists programs that do not exist (or have no "
                    + EXPECTED + "): " + missing);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** What the launcher did. */
    static final class Actual {
        final int status;
        final String stdout;
        final String stderr;

        Actual(int status, String stdout, String stderr) {
            this.status = status;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    /** One parsed {@code .expected} file. */
    static final class Expectation {
        final int status;
        final String lastStderrLine;
        final String stdout;

        private Expectation(int status, String lastStderrLine, String stdout) {
            this.status = status;
            this.lastStderrLine = lastStderrLine;
            this.stdout = stdout;
        }

        static Expectation parse(String text) {
            int first = text.indexOf('\n');
            String exitLine = first < 0 ? text : text.substring(0, first);
            int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
            String stderrLine = first < 0 ? "" : second < 0 ? text.substring(first + 1) : text.substring(first + 1, second);
            String stdout = second < 0 ? "" : text.substring(second + 1);
            if (!exitLine.startsWith("# exit: ") || !stderrLine.startsWith("# stderr:")) {
                throw new IllegalArgumentException("not an .expected file: it must start with"
                        + " '# exit: N' and '# stderr: ...' lines");
            }
            int status = Integer.parseInt(exitLine.substring("# exit: ".length()).strip());
            String last = stderrLine.substring("# stderr:".length());
            return new Expectation(status, last.startsWith(" ") ? last.substring(1) : last, stdout);
        }

        /** Null when {@code actual} matches, else a readable account of every difference. */
        String compare(Actual actual) {
            StringBuilder problems = new StringBuilder();
            String actualLast = lastNonEmptyLine(actual.stderr);
            if (actual.status != status) {
                problems.append("exit status: expected ").append(status).append(", got ").append(actual.status).append('\n');
            }
            if (!actualLast.stripTrailing().equals(lastStderrLine.stripTrailing())) {
                problems.append("last stderr line:\n- ").append(lastStderrLine).append("\n+ ").append(actualLast).append('\n');
            }
            if (!actual.stdout.equals(stdout)) {
                problems.append(diff(stdout, actual.stdout));
            }
            if (problems.length() == 0) {
                return null;
            }
            if (!actual.stderr.isEmpty()) {
                problems.append("--- stderr (last lines)\n").append(tail(actual.stderr, 15));
            }
            return problems.toString();
        }

        private static String lastNonEmptyLine(String text) {
            String[] lines = text.split("\r?\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank()) {
                    return lines[i];
                }
            }
            return "";
        }

        private static String tail(String text, int count) {
            String[] lines = text.split("\n", -1);
            int from = Math.max(0, lines.length - count - 1);
            return String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length));
        }

        /**
         * A unified-style excerpt around the first differing line ({@code -} expected,
         * {@code +} actual), with two lines of context; a missing final newline is shown.
         */
        static String diff(String expected, String actual) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int i = 0;
            while (i < e.length && i < a.length && e[i].equals(a[i])) {
                i++;
            }
            StringBuilder sb = new StringBuilder("stdout differs at line ").append(i + 1)
                    .append(" (- expected, + actual):\n");
            for (int c = Math.max(0, i - 2); c < i; c++) {
                sb.append("  ").append(e[c]).append('\n');
            }
            int shown = 0;
            for (int k = i; k < e.length && shown < 5; k++, shown++) {
                sb.append("- ").append(show(e, k)).append('\n');
            }
            shown = 0;
            for (int k = i; k < a.length && shown < 5; k++, shown++) {
                sb.append("+ ").append(show(a, k)).append('\n');
            }
            sb.append("(expected ").append(e.length - 1).append(" lines, got ").append(a.length - 1).append(")\n");
            return sb.toString();
        }

        /** A line, or a marker for the piece after the last newline (present only without one). */
        private static String show(String[] lines, int k) {
            if (k == lines.length - 1) {
                return lines[k].isEmpty() ? "<end of output>" : lines[k] + "<no newline at end>";
            }
            return lines[k];
        }
    }
}
