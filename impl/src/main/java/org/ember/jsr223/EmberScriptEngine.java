package org.ember.jsr223;

import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.ember.api.Interpreter;
import org.ember.api.PyException;
import org.ember.api.PyObject;

/**
 * A {@code javax.script} engine backed by one Ember {@link Interpreter}, created on the first
 * {@code eval} and released by {@link #close()}.
 *
 * <p>Each {@code eval} works like this:
 * <ol>
 *   <li>The context's bindings are copied into {@code __main__}'s globals: first
 *       {@code GLOBAL_SCOPE}, then {@code ENGINE_SCOPE} over it. Only names that are Python
 *       identifiers are copied; a value the API cannot convert to Python is left out.</li>
 *   <li>A script that is a single expression is evaluated and its value returned as
 *       {@link PyObject#toJava()} gives it ({@code 41 + 1} gives the {@code Long} 42); any other
 *       script is executed and {@code eval} returns {@code null}.</li>
 *   <li>Globals that the script added or changed are copied back into {@code ENGINE_SCOPE},
 *       converted with {@code toJava()} (functions, classes and other objects without a plain Java
 *       form stay {@link PyObject}s, which Java can call). Dunder names and modules are not.</li>
 * </ol>
 * The script's {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} are the context's
 * writer, error writer and reader. A Python exception becomes a {@link ScriptException} with the
 * file name and line number of the innermost frame in the script, and the {@link PyException} as
 * its cause.
 *
 * <p>The interpreter keeps one {@code __main__} for all contexts of this engine, as a CPython
 * embedding would: bindings override its globals, they do not replace them. {@code eval} is
 * synchronized because an interpreter runs one thread at a time.
 */
public final class EmberScriptEngine extends AbstractScriptEngine implements AutoCloseable {
    /** The file name tracebacks show when the context sets no {@link ScriptEngine#FILENAME}. */
    static final String DEFAULT_FILENAME = "<script>";
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern FRAME = Pattern.compile("^  File \"(.*)\", line (\\d+)", Pattern.MULTILINE);

    private final EmberScriptEngineFactory factory;
    private Interpreter interpreter;
    /** The context of the eval that is running, so that output goes to its writers. */
    private ScriptContext active;
    /** The ENGINE_SCOPE bindings of the last eval, and the Java values copy-out put in them. */
    private Bindings lastBindings;
    private final Map<String, Object> lastOut = new HashMap<>();

    EmberScriptEngine(EmberScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public synchronized Object eval(String script, ScriptContext context) throws ScriptException {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(context, "context");
        String filename = filename(context);
        ScriptContext previous = active;
        active = context;
        Interpreter py = interpreter();
        Map<String, Object> copiedIn = null;
        try {
            copiedIn = copyIn(py, context);
            Object result = run(py, script, filename);
            copyOut(py, context, copiedIn);
            return result;
        } catch (PyException e) {
            if (copiedIn != null) {
                // What the script assigned before it failed is kept in __main__, as in CPython;
                // the bindings must show it too, or the next eval would copy stale values in.
                try {
                    copyOut(py, context, copiedIn);
                } catch (PyException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            }
            throw scriptException(e, filename);
        } finally {
            flush(context);
            active = previous;
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        } catch (java.io.IOException e) {
            throw (ScriptException) new ScriptException("cannot read the script: " + e.getMessage()).initCause(e);
        }
        return eval(sb.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** Releases the interpreter; a later {@code eval} starts a new one. */
    @Override
    public synchronized void close() {
        if (interpreter != null) {
            interpreter.close();
            interpreter = null;
        }
    }

    private Interpreter interpreter() {
        if (interpreter == null) {
            interpreter = Interpreter.builder()
                    .stdout(new ContextWriterStream(() -> current().getWriter()))
                    .stderr(new ContextWriterStream(() -> current().getErrorWriter()))
                    .stdin(new ContextReaderStream(() -> current().getReader()))
                    .argv("")
                    .build();
        }
        return interpreter;
    }

    private ScriptContext current() {
        ScriptContext c = active;
        return c != null ? c : getContext();
    }

    /**
     * Runs the script: evaluated if it is one expression, else executed. Whether it is an
     * expression is learned by trying {@code eval}; a {@code SyntaxError} raised while
     * <em>parsing</em> (its traceback has no frames, so no "Traceback" header) means "not an
     * expression". One raised while running the expression is a real error and is not retried,
     * so the script never runs twice.
     */
    private static Object run(Interpreter py, String script, String filename) {
        String source = script.strip();
        if (!source.isEmpty()) {
            try {
                return py.eval(source).toJava();
            } catch (PyException e) {
                if (!isParseError(e)) {
                    throw e;
                }
            }
        }
        py.exec(script, filename);
        return null;
    }

    private static boolean isParseError(PyException e) {
        String type = e.pythonType();
        return (type.equals("SyntaxError") || type.equals("IndentationError") || type.equals("TabError"))
                && !e.pythonTraceback().startsWith("Traceback");
    }

    /**
     * GLOBAL_SCOPE, then ENGINE_SCOPE over it, into __main__; returns what is now in both.
     * A binding that still holds the very object the last copy-out put there is not copied: the
     * Python global it came from is newer and richer (a list converted to Java and back would
     * lose its identity, so a function holding on to it would no longer see the same list).
     */
    private Map<String, Object> copyIn(Interpreter py, ScriptContext context) {
        Map<String, Object> merged = new HashMap<>();
        Bindings global = context.getBindings(ScriptContext.GLOBAL_SCOPE);
        if (global != null) {
            merged.putAll(global);
        }
        Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engine != null) {
            merged.putAll(engine);
        }
        if (engine != lastBindings) {
            lastBindings = engine;
            lastOut.clear();
        }
        Map<String, Object> copied = new HashMap<>();
        for (Map.Entry<String, Object> e : merged.entrySet()) {
            String name = e.getKey();
            if (!isCopyable(name)) {
                continue;
            }
            if (lastOut.containsKey(name) && lastOut.get(name) == e.getValue()
                    && engine != null && engine.get(name) == e.getValue()) {
                copied.put(name, e.getValue());
                continue;
            }
            try {
                py.set(name, e.getValue());
                copied.put(name, e.getValue());
            } catch (IllegalArgumentException | PyException unconvertible) {
                // A Java object Python cannot represent (yet): it stays a Java-only binding.
            }
        }
        return copied;
    }

    /** New or changed globals of __main__ back into ENGINE_SCOPE. */
    private void copyOut(Interpreter py, ScriptContext context, Map<String, Object> copiedIn) {
        Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engine == null) {
            return;
        }
        PyObject globals = py.importModule("__main__").getAttr("__dict__");
        for (Map.Entry<PyObject, PyObject> e : globals.asMap().entrySet()) {
            PyObject key = e.getKey();
            if (!key.typeName().equals("str")) {
                continue;
            }
            String name = key.asString();
            PyObject value = e.getValue();
            if (!isCopyable(name) || value.typeName().equals("module")) {
                continue;
            }
            Object java = value.toJava();
            if (copiedIn.containsKey(name) && sameValue(copiedIn.get(name), java)) {
                continue;   // unchanged: keep the caller's own Java object in the binding
            }
            engine.put(name, java);
            lastOut.put(name, java);
        }
    }

    private static boolean sameValue(Object before, Object after) {
        if (before instanceof Integer || before instanceof Short || before instanceof Byte) {
            before = ((Number) before).longValue();
        } else if (before instanceof Float) {
            before = ((Float) before).doubleValue();
        }
        return Objects.deepEquals(before, after);
    }

    private static boolean isCopyable(String name) {
        return IDENTIFIER.matcher(name).matches() && !(name.startsWith("__") && name.endsWith("__"));
    }

    private static String filename(ScriptContext context) {
        Object f = context.getAttribute(ScriptEngine.FILENAME);
        return f instanceof String ? (String) f : DEFAULT_FILENAME;
    }

    /** The exception line as message; file and line of the last traceback frame in the script. */
    private static ScriptException scriptException(PyException e, String filename) {
        String file = null;
        int line = -1;
        String inScript = null;
        int inScriptLine = -1;
        Matcher m = FRAME.matcher(e.pythonTraceback());
        while (m.find()) {
            file = m.group(1);
            line = Integer.parseInt(m.group(2));
            if (file.equals(filename)) {
                inScript = file;
                inScriptLine = line;
            }
        }
        if (inScript != null) {
            file = inScript;
            line = inScriptLine;
        }
        ScriptException se = file == null
                ? new ScriptException(e.getMessage())
                : new ScriptException(e.getMessage(), file, line);
        se.initCause(e);
        return se;
    }

    private static void flush(ScriptContext context) {
        try {
            Writer out = context.getWriter();
            if (out != null) {
                out.flush();
            }
            Writer err = context.getErrorWriter();
            if (err != null) {
                err.flush();
            }
        } catch (java.io.IOException ignored) {
            // Nothing useful to do: the script already ran, and its result is what eval reports.
        }
    }
}
