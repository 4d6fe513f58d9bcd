package org.ember.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's arguments, parsed the way CPython's {@code python3} parses its own: short
 * options may be clustered ({@code -iq}), {@code -c}, {@code -m} and {@code -X} take the rest of
 * the cluster or the next argument, and the first of {@code -c}, {@code -m}, a file name or
 * {@code -} ends the options: everything after it belongs to the program ({@code sys.argv[1:]}).
 */
final class CommandLine {

    /** What the launcher runs. */
    enum Mode {
        /** A file ({@code ember script.py}). */
        SCRIPT,
        /** A string ({@code ember -c CODE}). */
        COMMAND,
        /** A module on {@code sys.path} ({@code ember -m MOD}). */
        MODULE,
        /** Standard input as a script ({@code ember -}, or no program and stdin not a terminal). */
        STDIN,
        /** No program named: the REPL when stdin is a terminal, else stdin as a script. */
        NONE
    }

    final Mode mode;
    /** The file, code or module name; null for {@link Mode#STDIN} and {@link Mode#NONE}. */
    final String target;
    /** The program's own arguments, {@code sys.argv[1:]}. */
    final List<String> programArgs;
    /** {@code -X} options in order; a null value is a bare flag. */
    final Map<String, String> xOptions;
    final boolean inspect;
    final boolean quiet;
    final boolean safePath;
    final boolean help;
    final boolean version;

    private CommandLine(Builder b) {
        this.mode = b.mode;
        this.target = b.target;
        this.programArgs = b.programArgs;
        this.xOptions = Collections.unmodifiableMap(b.xOptions);
        this.inspect = b.inspect;
        this.quiet = b.quiet;
        this.safePath = b.safePath;
        this.help = b.help;
        this.version = b.version;
    }

    /** Parses {@code args}; throws with CPython's message for a command line it would refuse. */
    static CommandLine parse(String[] args) throws UsageException {
        Builder b = new Builder();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-")) {
                return b.program(Mode.STDIN, null, args, i + 1);
            }
            if (!arg.startsWith("-")) {
                return b.program(Mode.SCRIPT, arg, args, i + 1);
            }
            if (arg.equals("--")) {
                // As in CPython, "--" only means the next word is the program, even "-c".
                if (i + 1 >= args.length) {
                    return b.build();
                }
                String next = args[i + 1];
                return next.equals("-")
                        ? b.program(Mode.STDIN, null, args, i + 2)
                        : b.program(Mode.SCRIPT, next, args, i + 2);
            }
            if (arg.startsWith("--")) {
                switch (arg) {
                    case "--version":
                        b.version = true;
                        break;
                    case "--help":
                        b.help = true;
                        break;
                    default:
                        throw new UsageException("unknown option " + arg);
                }
                i++;
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == 'c' || c == 'm' || c == 'X') {
                    String value;
                    if (j + 1 < arg.length()) {
                        value = arg.substring(j + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException("Argument expected for the -" + c + " option");
                    }
                    if (c == 'X') {
                        int eq = value.indexOf('=');
                        if (eq < 0) {
                            b.xOptions.put(value, null);
                        } else {
                            b.xOptions.put(value.substring(0, eq), value.substring(eq + 1));
                        }
                        break;
                    }
                    return b.program(c == 'c' ? Mode.COMMAND : Mode.MODULE, value, args, i + 1);
                }
                switch (c) {
                    case 'i':
                        b.inspect = true;
                        break;
                    case 'q':
                        b.quiet = true;
                        break;
                    case 'P':
                        b.safePath = true;
                        break;
                    case 'V':
                        b.version = true;
                        break;
                    case 'h':
                    case '?':
                        b.help = true;
                        break;
                    // Accepted because they already hold for Ember: its streams are never
                    // block-buffered past a write (-u), it writes no bytecode files (-B), reads
                    // no PYTHON* variables (-E), and has no site module or user site dir (-s, -S).
                    case 'u':
                    case 'B':
                    case 'E':
                    case 's':
                    case 'S':
                        break;
                    default:
                        throw new UsageException("Unknown option: -" + c);
                }
            }
            i++;
        }
        return b.build();
    }

    /** Collects the parse; mutable only while {@link #parse} runs. */
    private static final class Builder {
        Mode mode = Mode.NONE;
        String target;
        List<String> programArgs = List.of();
        final Map<String, String> xOptions = new LinkedHashMap<>();
        boolean inspect;
        boolean quiet;
        boolean safePath;
        boolean help;
        boolean version;

        CommandLine program(Mode m, String t, String[] args, int restFrom) {
            this.mode = m;
            this.target = t;
            this.programArgs = List.copyOf(Arrays.asList(args).subList(Math.min(restFrom, args.length), args.length));
            return build();
        }

        CommandLine build() {
            return new CommandLine(this);
        }
    }
}
