package org.ember.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.ember.api.Interpreter;
import org.ember.api.PyException;

/**
 * The {@code ember} command, a drop-in for {@code python3}'s command line:
 * {@code ember [option] ... [-c cmd | -m mod | file | -] [arg] ...}. Everything happens in
 * {@link #run}, which takes its streams as arguments and returns the exit status, so that tests
 * (and the conformance harness) run the launcher in-process exactly as a user would.
 */
public final class Main {
    static final String PROGRAM = "ember";
    static final String VERSION = readVersion();

    private Main() {}

    /** Runs the launcher on the JVM's standard streams and exits with its status. */
    /**
     * Python code called back from Java (by {@code map}, {@code sorted}, operators...) nests Java
     * calls, so the program runs on a thread with a deep stack: the recursion limit, not the JVM's
     * default 1 MB stack, decides how deep such calls go. (Reserved address space, not memory.)
     */
    private static final long STACK_BYTES = 512L << 20;

    public static void main(String[] args) throws InterruptedException {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = run(args, System.in, System.out, System.err), "main", STACK_BYTES);
        t.start();
        t.join();
        System.exit(status[0]);
    }

    /**
     * Runs the launcher.
     *
     * @param args the command line, without the program name
     * @param stdin the program's {@code sys.stdin}, and the REPL's input
     * @param stdout the program's {@code sys.stdout}
     * @param stderr the program's {@code sys.stderr} and the launcher's own messages
     * @return the exit status, 0 to 255, as the {@code python3} process would report it
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (UsageException e) {
            stderr.println(e.getMessage());
            stderr.println(usageLine());
            stderr.println("Try `" + PROGRAM + " -h' for more information.");
            stderr.flush();
            return 2;
        }
        if (cmd.help) {
            stdout.print(help());
            stdout.flush();
            return 0;
        }
        if (cmd.version) {
            stdout.println(versionLine());
            stdout.flush();
            return 0;
        }
        try {
            return launch(cmd, stdin, stdout, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int launch(CommandLine cmd, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Interpreter.Builder builder = Interpreter.builder().stdin(stdin).stdout(stdout).stderr(stderr);
        for (Map.Entry<String, String> x : cmd.xOptions.entrySet()) {
            builder.option(x.getKey(), x.getValue());
        }
        Path cwd = Paths.get("").toAbsolutePath();
        List<String> argv = new ArrayList<>();
        Path script = null;
        String stdinSource = null;
        boolean repl = false;

        switch (cmd.mode) {
            case SCRIPT:
                // CPython names the file as given, made absolute but not normalized.
                script = cwd.resolve(cmd.target);
                if (Files.isDirectory(script)) {
                    if (!Files.isRegularFile(script.resolve("__main__.py"))) {
                        return fail(stderr, "can't find '__main__' module in '" + script + "'", 1);
                    }
                } else if (!Files.exists(script)) {
                    return fail(stderr, "can't open file '" + script + "': [Errno 2] No such file or directory", 2);
                } else if (!Files.isReadable(script)) {
                    return fail(stderr, "can't open file '" + script + "': [Errno 13] Permission denied", 2);
                }
                argv.add(cmd.target);
                if (!cmd.safePath) {
                    builder.addPath(Files.isDirectory(script) ? script.toString() : realParent(script));
                }
                break;
            case COMMAND:
                argv.add("-c");
                addCurrentDirectory(builder, cmd, cwd);
                break;
            case MODULE:
                argv.add(moduleFile(cwd, cmd.target));
                addCurrentDirectory(builder, cmd, cwd);
                break;
            case STDIN:
                argv.add("-");
                addCurrentDirectory(builder, cmd, cwd);
                stdinSource = readAll(stdin);
                break;
            case NONE:
            default:
                argv.add("");
                addCurrentDirectory(builder, cmd, cwd);
                if (cmd.inspect || isTerminal(stdin)) {
                    repl = true;
                } else {
                    stdinSource = readAll(stdin);
                }
                break;
        }
        argv.addAll(cmd.programArgs);
        builder.argv(argv);

        boolean interactiveTerminal = isTerminal(stdin);
        Interpreter interp;
        try {
            interp = builder.build();
        } catch (RuntimeException e) {
            return fail(stderr, e.getMessage(), 1);
        }
        try {
            if (!repl) {
                try {
                    runProgram(interp, cmd, script, stdinSource);
                } catch (PyException e) {
                    if (e.isSystemExit() || !cmd.inspect) {
                        return moduleNotFound(e, cmd, stderr) ? 1 : ExitStatus.of(e, interp, stderr);
                    }
                    // -i: show the error, then let the user look around in the REPL.
                    stderr.print(e.pythonTraceback());
                }
                if (!cmd.inspect) {
                    return 0;
                }
            } else if (!cmd.quiet && cmd.mode == CommandLine.Mode.NONE) {
                stderr.println(versionLine() + " on " + platform());
                stderr.println("Type \"exit()\" or press Ctrl-D (Ctrl-Z then Enter on Windows) to leave.");
                stderr.flush();
            }
            PrintStream prompts = interactiveTerminal ? stdout : stderr;
            return new Repl(interp, stdin, prompts, stderr).run();
        } finally {
            if (cmd.xOptions.containsKey("cache-stats")) {
                printCacheStats(interp, stderr);
            }
            try {
                interp.close();
            } catch (PyException e) {
                // Flushing sys.stdout at exit can itself fail; CPython reports and carries on.
                stderr.print(e.pythonTraceback());
            }
        }
    }

    /** {@code -X cache-stats}: the inline caches' counters per kind, on stderr at exit. */
    private static void printCacheStats(Interpreter interp, PrintStream stderr) {
        stderr.printf("%-16s %8s %14s %12s %8s  %s%n", "cache kind", "special.", "hits", "misses", "deopts", "top failure reasons");
        interp.metrics().inlineCaches().forEach((kind, k) -> {
            StringBuilder reasons = new StringBuilder();
            k.failures().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .forEach(e -> reasons.append(reasons.length() == 0 ? "" : "; ").append(e.getKey()).append(" x").append(e.getValue()));
            stderr.printf("%-16s %8d %14d %12d %8d  %s%n", kind, k.specializations(), k.hits(), k.misses(),
                    k.deoptimizations(), reasons);
        });
        stderr.flush();
    }

    private static void runProgram(Interpreter interp, CommandLine cmd, Path script, String stdinSource) {
        switch (cmd.mode) {
            case SCRIPT:
                if (Files.isDirectory(script)) {
                    // A directory with __main__.py runs that file as __main__, as CPython does.
                    interp.runModule("__main__");
                } else {
                    interp.exec(script);
                }
                break;
            case COMMAND:
                interp.exec(cmd.target, "<string>");
                break;
            case MODULE:
                interp.runModule(cmd.target);
                break;
            default:
                interp.exec(stdinSource, "<stdin>");
                break;
        }
    }

    /**
     * {@code ember -m nosuch}: CPython prints one line naming the module, not a traceback. Only
     * a failure to find the requested module (or a package on its way) counts; an import error
     * raised while the module runs keeps its traceback.
     */
    private static boolean moduleNotFound(PyException e, CommandLine cmd, PrintStream stderr) {
        // The runtime may raise ModuleNotFoundError (as import does) or ImportError (as runpy
        // does), naming the module with or without quotes.
        String type = e.pythonType();
        if (cmd.mode != CommandLine.Mode.MODULE
                || !(type.equals("ModuleNotFoundError") || type.equals("ImportError"))) {
            return false;
        }
        String message = e.pythonMessage();
        String name = cmd.target;
        while (true) {
            if (message.equals("No module named '" + name + "'") || message.equals("No module named " + name)) {
                fail(stderr, "No module named " + cmd.target, 1);
                return true;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            name = name.substring(0, dot);
        }
    }

    /** {@code sys.path[0]} for -c, -m, - and the REPL: the current directory. */
    private static void addCurrentDirectory(Interpreter.Builder builder, CommandLine cmd, Path cwd) {
        if (!cmd.safePath) {
            builder.addPath(cwd.toString());
        }
    }

    /** The directory of the script with links resolved, as CPython puts it on sys.path. */
    private static String realParent(Path script) {
        Path real;
        try {
            real = script.toRealPath();
        } catch (IOException e) {
            real = script.normalize();
        }
        Path parent = real.getParent();
        return parent == null ? real.toString() : parent.toString();
    }

    /**
     * {@code sys.argv[0]} for {@code -m}: CPython sets it to the module's file. Found here by
     * looking in the current directory (the first entry of the path) for {@code a/b.py} or the
     * package's {@code a/b/__main__.py}; a module found elsewhere keeps {@code "-m"}, which is
     * what CPython shows while it is still searching.
     */
    private static String moduleFile(Path cwd, String module) {
        Path base = cwd.resolve(module.replace('.', '/'));
        Path file = base.resolveSibling(base.getFileName() + ".py");
        if (Files.isRegularFile(file)) {
            return file.toString();
        }
        Path main = base.resolve("__main__.py");
        if (Files.isRegularFile(main)) {
            return main.toString();
        }
        return "-m";
    }

    private static int fail(PrintStream stderr, String message, int status) {
        stderr.println(PROGRAM + ": " + message);
        stderr.flush();
        return status;
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code in} is the JVM's stdin attached to a terminal. From JDK 22 on
     * {@link System#console()} exists even when stdin is piped, and {@code Console.isTerminal()}
     * tells; that method is looked up reflectively because this code is compiled for Java 17.
     */
    static boolean isTerminal(InputStream in) {
        if (in != System.in) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    static String versionLine() {
        return "Ember " + VERSION + " (Python 3.11)";
    }

    static String usageLine() {
        return "usage: " + PROGRAM + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    /** {@code sys.platform}'s spelling of the host OS, for the REPL banner. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return os.replace(" ", "");
    }

    private static String help() {
        return usageLine() + "\n"
                + "Options:\n"
                + "-c cmd   : run the Python statements in cmd (ends the options)\n"
                + "-m mod   : run the module mod, found on sys.path, as __main__ (ends the options)\n"
                + "-X opt   : set an Ember option, -X name or -X name=value (repeatable;\n"
                + "           all are visible in sys._xoptions)\n"
                + "-i       : enter the REPL after running the program, even if stdin is not a terminal\n"
                + "-q       : no version banner when the REPL starts\n"
                + "-P       : do not put the script's directory (or the current one) on sys.path\n"
                + "-u, -B, -E, -s, -S : accepted for compatibility with python3; no effect\n"
                + "-h       : print this help and exit (also --help)\n"
                + "-V       : print the version and exit (also --version)\n"
                + "file     : run the program in file; sys.argv[0] is file\n"
                + "-        : read the program from stdin (the default when stdin is not a terminal)\n"
                + "arg ...  : the program's arguments, sys.argv[1:]\n"
                + "\n"
                + "With no program and stdin a terminal, ember starts the interactive REPL.\n"
                + "JVM flags go in EMBER_JAVA_OPTS when using the ./ember script.\n";
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to the placeholder below: a version line is not worth failing for.
        }
        String v = p.getProperty("version", "0.0.0");
        return v.endsWith("-SNAPSHOT") ? v.substring(0, v.length() - "-SNAPSHOT".length()) : v;
    }
}
