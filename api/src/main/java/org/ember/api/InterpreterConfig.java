package org.ember.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The settings an {@link Interpreter.Builder} collected, handed to the {@link InterpreterProvider}.
 * Immutable.
 *
 * @param stdin what {@code sys.stdin} reads
 * @param stdout where {@code sys.stdout} writes (UTF-8)
 * @param stderr where {@code sys.stderr} writes (UTF-8)
 * @param argv {@code sys.argv}; empty means {@code ['']}
 * @param path extra {@code sys.path} entries, searched in this order before the defaults
 * @param recursionLimit {@code sys.getrecursionlimit()}
 * @param options knobs by name ({@code -X name=value} on the launcher); a {@code null} value is a
 *     bare flag. Every option also appears in {@code sys._xoptions}.
 */
public record InterpreterConfig(
        InputStream stdin,
        OutputStream stdout,
        OutputStream stderr,
        List<String> argv,
        List<String> path,
        int recursionLimit,
        Map<String, String> options) {

    /** Copies the collections so the record stays immutable. */
    public InterpreterConfig {
        argv = List.copyOf(argv);
        path = List.copyOf(path);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** The value of an option, or {@code fallback} when it was not set. */
    public String option(String name, String fallback) {
        return options.containsKey(name) ? options.get(name) : fallback;
    }
}
