package org.ember.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * One Python interpreter: its own {@code __main__} module, {@code sys.modules}, builtins and
 * streams. Interpreters share nothing mutable, so several can run side by side. An interpreter is
 * used by one Java thread at a time (it has one global interpreter lock); close it when done.
 *
 * <pre>{@code
 * try (Interpreter py = Interpreter.create()) {
 *     py.set("x", 41);
 *     long answer = py.eval("x + 1").asLong();   // 42
 * }
 * }</pre>
 *
 * Any method that runs Python code throws {@link PyException} when the code raises.
 */
public interface Interpreter extends AutoCloseable {

    /** An interpreter with default settings: the JVM's standard streams, no extra path. */
    static Interpreter create() {
        return builder().build();
    }

    /** A builder for an interpreter with chosen settings. */
    static Builder builder() {
        return new Builder();
    }

    /** Runs statements in {@code __main__}; tracebacks name the file {@code <string>}. */
    void exec(String source);

    /** Runs statements in {@code __main__}; tracebacks name the file {@code filename}. */
    void exec(String source, String filename);

    /**
     * Runs a Python file as the program's main script: in {@code __main__}, with {@code __file__}
     * set, tracebacks naming the file. Its directory is not added to {@code sys.path}; the
     * launcher does that.
     */
    void exec(Path file);

    /** Evaluates one expression in {@code __main__}'s namespace. */
    PyObject eval(String expression);

    /**
     * Runs the module {@code name}, found on {@code sys.path}, as {@code __main__}, as
     * {@code python -m name} does.
     */
    void runModule(String name);

    /**
     * Runs one piece of interactive input as CPython's REPL does: compiled in {@code single}
     * mode, so an expression statement's value, unless {@code None}, is printed with
     * {@code repr} to {@code sys.stdout} and bound to {@code builtins._}.
     */
    void execInteractive(String source);

    /**
     * Whether {@code source} is an unfinished statement that a REPL should keep reading (an
     * open block, bracket or triple-quoted string). False when it is complete or plainly wrong.
     */
    boolean isIncomplete(String source);

    /** The global {@code name} of {@code __main__}, or {@code null} when it is unbound. */
    PyObject get(String name);

    /** Binds the global {@code name} of {@code __main__} to {@code value}, converted as {@link PyObject} describes. */
    void set(String name, Object value);

    /** {@code import name} and returns the module ({@code importlib.import_module(name)}). */
    PyObject importModule(String name);

    /** This interpreter's counters (inline caches...), for monitoring. */
    InterpreterMetrics metrics();

    /** Calls the global function {@code function} of {@code __main__} with converted arguments. */
    PyObject call(String function, Object... args);

    /** Converts a Java value to a Python value, as {@link PyObject} describes. */
    PyObject toPython(Object value);

    /** Flushes the streams and releases the interpreter; later calls fail with {@link IllegalStateException}. */
    @Override
    void close();

    /** Collects the settings of a new {@link Interpreter}. Not thread-safe; build once. */
    final class Builder {
        private InputStream stdin = System.in;
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private final List<String> argv = new ArrayList<>();
        private final List<String> path = new ArrayList<>();
        private int recursionLimit = 1000;
        private final Map<String, String> options = new LinkedHashMap<>();

        Builder() {}

        /** What {@code sys.stdin} reads; default {@link System#in}. */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        /** Where {@code sys.stdout} writes, UTF-8; default {@link System#out}. */
        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        /** Where {@code sys.stderr} writes, UTF-8; default {@link System#err}. */
        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /** Sets {@code sys.argv}. */
        public Builder argv(String... args) {
            return argv(List.of(args));
        }

        /** Sets {@code sys.argv}. */
        public Builder argv(List<String> args) {
            this.argv.clear();
            this.argv.addAll(args);
            return this;
        }

        /** Adds a directory to search for modules ({@code sys.path}), after those added before. */
        public Builder addPath(String directory) {
            this.path.add(directory);
            return this;
        }

        /** Sets {@code sys.getrecursionlimit()}; deeper Python calls raise {@code RecursionError}. */
        public Builder recursionLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("recursion limit must be positive: " + limit);
            }
            this.recursionLimit = limit;
            return this;
        }

        /**
         * Sets a knob by name, as {@code -X name=value} does on the launcher; {@code value} null
         * is a bare flag. Unknown names are kept (visible in {@code sys._xoptions}).
         */
        public Builder option(String name, String value) {
            this.options.put(name, value);
            return this;
        }

        /** The settings collected so far. */
        public InterpreterConfig config() {
            return new InterpreterConfig(stdin, stdout, stderr, argv, path, recursionLimit, options);
        }

        /**
         * Creates the interpreter through the first {@link InterpreterProvider} on the class path.
         *
         * @throws IllegalStateException when no runtime ({@code ember-impl}) is on the class path
         */
        public Interpreter build() {
            InterpreterProvider provider = ServiceLoader.load(InterpreterProvider.class)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no Ember runtime on the class path: add org.ember:ember-impl"));
            return provider.create(config());
        }
    }
}
