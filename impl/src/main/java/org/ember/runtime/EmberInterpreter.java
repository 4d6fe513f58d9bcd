package org.ember.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ember.api.Interpreter;
import org.ember.api.InterpreterConfig;
import org.ember.api.InterpreterMetrics;
import org.ember.api.PyObject;
import org.ember.bytecode.CodeObject;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.JavaValues;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.parser.Parser;

/**
 * The runtime's {@link Interpreter}: one {@link InterpreterState}, entered by the calling thread
 * for the duration of each call. Python exceptions reach the host as {@link PyRaise}
 * ({@code PyException}); Java errors inside Python code have already become Python exceptions.
 */
public final class EmberInterpreter implements Interpreter {
    static {
        PyRaise.setFormatter(TracebackPrinter::format);
        org.ember.objects.PySuper.zeroArgResolver = FrameIntrospection::superArgs;
        org.ember.builtins.PureBuiltins.localsProvider = FrameIntrospection::callerLocals;
        org.ember.objects.Finalization.setCurrent(() -> ThreadState.current().finalizers);
        org.ember.objects.Finalizers.setReporter(EmberInterpreter::reportIgnored);
    }

    private final InterpreterState state;
    private boolean closed;

    public EmberInterpreter(InterpreterConfig config) {
        this.state = new InterpreterState(config);
    }

    private interface Body<T> {
        T run(ThreadState ts);
    }

    /** Runs host work inside this interpreter: binds the thread, flushes streams after. */
    private <T> T enter(Body<T> body) {
        if (closed) {
            throw new IllegalStateException("interpreter is closed");
        }
        synchronized (state) {
            ThreadState ts = state.enter();
            Object previous = ts.context;
            try {
                return body.run(ts);
            } catch (StackOverflowError e) {
                throw Errors.recursionError("maximum recursion depth exceeded");
            } finally {
                try {
                    state.runFinalizers(false);
                } finally {
                    ts.context = previous == null ? state : previous;
                    state.flush();
                }
            }
        }
    }

    private PyObj runIn(CodeObject code, PyDict globals, ThreadState ts) {
        if (state.config.options().containsKey("dis")) {
            // -X dis: show the bytecode of what is about to run (to stderr, so program output stays clean).
            state.stderr.write(org.ember.bytecode.Disassembler.dis(code));
            state.stderr.flush();
        }
        return org.ember.interpreter.Interpreter.runCode(ts, code, globals, state.builtins, globals, null);
    }

    @Override
    public void exec(String source) {
        exec(source, "<string>");
    }

    @Override
    public void exec(String source, String filename) {
        enter(ts -> runIn(CompilerBridge.compile(source, filename, "exec"), state.main.dict(), ts));
    }

    @Override
    public void exec(Path file) {
        String source;
        try {
            source = Parser.decodeSource(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.toString();
        enter(ts -> {
            state.main.dict().setStr("__file__", PyStr.of(name));
            return runIn(CompilerBridge.compile(source, name, "exec"), state.main.dict(), ts);
        });
    }

    @Override
    public PyObject eval(String expression) {
        return enter(ts -> runIn(CompilerBridge.compile(expression.strip(), "<string>", "eval"), state.main.dict(), ts));
    }

    @Override
    public void runModule(String name) {
        enter(ts -> {
            Path file = state.importer.locate(name);
            if (file == null) {
                throw Errors.of(org.ember.objects.ExceptionTypes.ModuleNotFoundError, "No module named " + name);
            }
            String source;
            try {
                source = Parser.decodeSource(Files.readAllBytes(file));
            } catch (IOException e) {
                throw Errors.importError("cannot read " + file + ": " + e.getMessage());
            }
            PyDict d = state.main.dict();
            d.setStr("__file__", PyStr.of(file.toString()));
            int dot = name.lastIndexOf('.');
            d.setStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
            org.ember.objects.PyList argv = (org.ember.objects.PyList) state.sysDict().getStr("argv");
            if (argv.size() > 0) {
                argv.set(0, PyStr.of(file.toAbsolutePath().toString()));
            }
            return runIn(CompilerBridge.compile(source, file.toString(), "exec"), d, ts);
        });
    }

    @Override
    public void execInteractive(String source) {
        enter(ts -> {
            return runIn(CompilerBridge.compile(source, "<stdin>", "single"), state.main.dict(), ts);
        });
    }

    @Override
    public boolean isIncomplete(String source) {
        return Parser.isIncomplete(source);
    }

    @Override
    public PyObject get(String name) {
        return enter(ts -> state.main.dict().getStr(name));
    }

    @Override
    public void set(String name, Object value) {
        enter(ts -> {
            state.main.dict().setStr(name, JavaValues.toPython(value));
            return null;
        });
    }

    @Override
    public PyObject importModule(String name) {
        return enter(ts -> {
            PyObj m = state.importer.importDotted(name);
            return m instanceof PyModule ? m : PyNone.NONE;
        });
    }

    @Override
    public PyObject call(String function, Object... args) {
        return enter(ts -> {
            PyObj f = state.main.dict().getStr(function);
            if (f == null) {
                throw Errors.nameError(function);
            }
            PyObj[] a = new PyObj[args.length];
            for (int i = 0; i < args.length; i++) {
                a[i] = JavaValues.toPython(args[i]);
            }
            return Abstract.call(f, a, null);
        });
    }

    @Override
    public InterpreterMetrics metrics() {
        return () -> {
            Map<String, InterpreterMetrics.InlineCacheStats> out = new LinkedHashMap<>();
            state.cacheStats.snapshot().forEach((kind, k) -> out.put(kind, new InterpreterMetrics.InlineCacheStats(
                    k.specializations(), k.hits(), k.misses(), k.deoptimizations(), k.failures())));
            return out;
        };
    }

    @Override
    public PyObject toPython(Object value) {
        return JavaValues.toPython(value);
    }

    @Override
    public void close() {
        if (!closed) {
            synchronized (state) {
                ThreadState ts = state.enter();
                try {
                    state.runFinalizers(true);
                    if (state.finalizers.outstanding() > 0) {
                        // As CPython at exit: drop __main__'s globals, then finalize what they held.
                        state.main.dict().clear();
                        state.runFinalizers(true);
                    }
                } finally {
                    state.flush();
                    closed = true;
                }
            }
        }
    }

    /** CPython's report of an exception raised by a finalizer: it is printed, never propagated. */
    private static void reportIgnored(PyObj where, PyRaise error) {
        Object c = ThreadState.current().context;
        if (!(c instanceof InterpreterState)) {
            return;
        }
        InterpreterState st = (InterpreterState) c;
        String what;
        try {
            what = Abstract.repr(where).value();
        } catch (RuntimeException e) {
            what = "<object>";
        }
        st.stderr.write("Exception ignored in: " + what + "\n" + TracebackPrinter.format(error.exception()));
        st.stderr.flush();
    }
}
