package org.ember.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.ember.api.PyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ember as a host sees it through {@code javax.script} only: found by the manager, not constructed. */
class EmberScriptEngineTest {
    private ScriptEngine engine;

    @BeforeEach
    void findEngine() {
        engine = new ScriptEngineManager().getEngineByName("python");
        assertThat(engine).as("engine registered under 'python'").isNotNull();
    }

    @AfterEach
    void closeEngine() throws Exception {
        if (engine instanceof AutoCloseable) {
            ((AutoCloseable) engine).close();
        }
    }

    @Test
    void factoryDescribesEmber() {
        ScriptEngineFactory f = engine.getFactory();
        assertThat(f.getEngineName()).isEqualTo("Ember");
        assertThat(f.getLanguageName()).isEqualTo("python");
        assertThat(f.getLanguageVersion()).isEqualTo("3.11");
        assertThat(f.getNames()).contains("python", "python3", "ember");
        assertThat(f.getExtensions()).containsExactly("py");
        assertThat(f.getMimeTypes()).containsExactly("text/x-python");
        assertThat(f.getParameter(ScriptEngine.NAME)).isEqualTo("python");
        assertThat(f.getOutputStatement("it's\n")).isEqualTo("print('it\\'s\\n')");
        assertThat(f.getMethodCallSyntax("obj", "m", "a", "b")).isEqualTo("obj.m(a, b)");
    }

    @Test
    void foundByEveryNameExtensionAndMimeType() {
        ScriptEngineManager manager = new ScriptEngineManager();
        for (String name : List.of("python", "python3", "ember")) {
            assertThat(manager.getEngineByName(name)).as(name).isNotNull();
        }
        assertThat(manager.getEngineByExtension("py")).isNotNull();
        assertThat(manager.getEngineByExtension("py").getFactory().getEngineName()).isEqualTo("Ember");
        assertThat(manager.getEngineByMimeType("text/x-python")).isNotNull();
    }

    @Test
    void anExpressionReturnsItsValueAsJava() throws ScriptException {
        engine.put("x", 41);
        Object result = engine.eval("x + 1");
        assertThat(result).isInstanceOf(Long.class).isEqualTo(42L);
        assertThat(engine.eval("'py' * 2")).isEqualTo("pypy");
        assertThat(engine.eval("[1, 2.5, None]")).isEqualTo(java.util.Arrays.asList(1L, 2.5, null));
        assertThat(engine.eval("x > 40")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void statementsReturnNull() throws ScriptException {
        assertThat(engine.eval("y = 2\nz = y * 3")).isNull();
        assertThat(engine.get("z")).isEqualTo(6L);
    }

    @Test
    void printGoesToTheContextWriter() throws ScriptException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.getContext().setWriter(out);
        engine.getContext().setErrorWriter(err);
        engine.eval("import sys\nprint('héllo', 1 + 1)\nprint('oops', file=sys.stderr)");
        assertThat(out.toString()).isEqualTo("héllo 2\n");
        assertThat(err.toString()).isEqualTo("oops\n");
    }

    @Test
    void eachContextGetsItsOwnOutput() throws ScriptException {
        ScriptContext a = new SimpleScriptContext();
        ScriptContext b = new SimpleScriptContext();
        StringWriter outA = new StringWriter();
        StringWriter outB = new StringWriter();
        a.setWriter(outA);
        b.setWriter(outB);
        engine.eval("print('to a')", a);
        engine.eval("print('to b')", b);
        assertThat(outA.toString()).isEqualTo("to a\n");
        assertThat(outB.toString()).isEqualTo("to b\n");
    }

    @Test
    void inputComesFromTheContextReader() throws ScriptException {
        engine.getContext().setReader(new StringReader("typed line\n"));
        assertThat(engine.eval("input()")).isEqualTo("typed line");
    }

    @Test
    void assignmentsFlowBackIntoTheBindings() throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.put("base", 10);
        engine.eval("total = base * 2\nnames = ['a', 'b']\nbase = 11\n"
                + "def helper(n):\n    return n + 1\n", bindings);
        assertThat(bindings.get("total")).isEqualTo(20L);
        assertThat(bindings.get("names")).isEqualTo(List.of("a", "b"));
        assertThat(bindings.get("base")).isEqualTo(11L);
        assertThat(bindings).containsKey("helper");
        assertThat(bindings.keySet()).noneMatch(k -> k.startsWith("__"));
    }

    @Test
    void unchangedBindingsKeepTheCallersObject() throws ScriptException {
        Integer original = 5;
        engine.put("n", original);
        engine.eval("m = n + 1");
        assertThat(engine.get("n")).isSameAs(original);
        assertThat(engine.get("m")).isEqualTo(6L);
    }

    @Test
    void modulesAreNotCopiedBack() throws ScriptException {
        engine.eval("import sys\nv = sys.version_info[0]");
        assertThat(engine.get("v")).isEqualTo(3L);
        assertThat(engine.getBindings(ScriptContext.ENGINE_SCOPE)).doesNotContainKey("sys");
    }

    @Test
    void globalScopeIsVisibleUnderEngineScope() throws ScriptException {
        ScriptEngineManager manager = new ScriptEngineManager();
        manager.put("shared", 7);
        ScriptEngine e = manager.getEngineByName("python");
        try {
            assertThat(e.eval("shared * 6")).isEqualTo(42L);
            e.put("shared", 1);
            assertThat(e.eval("shared * 6")).isEqualTo(6L);
        } finally {
            close(e);
        }
    }

    @Test
    void aPythonErrorBecomesAScriptException() {
        engine.put(ScriptEngine.FILENAME, "calc.py");
        assertThatThrownBy(() -> engine.eval("a = 1\nb = 0\nc = a / b\n"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getMessage()).startsWith("ZeroDivisionError: division by zero");
                    assertThat(e.getFileName()).isEqualTo("calc.py");
                    assertThat(e.getLineNumber()).isEqualTo(3);
                    assertThat(e.getCause()).isInstanceOf(PyException.class);
                    assertThat(((PyException) e.getCause()).pythonType()).isEqualTo("ZeroDivisionError");
                });
    }

    @Test
    void aSyntaxErrorBecomesAScriptException() {
        assertThatThrownBy(() -> engine.eval("def f(:\n  pass\n"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("SyntaxError");
    }

    @Test
    void anExpressionThatFailsRunsOnlyOnce() throws ScriptException {
        engine.eval("calls = []\ndef f():\n    calls.append(1)\n    raise SyntaxError('raised at run time')\n");
        assertThatThrownBy(() -> engine.eval("f()")).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("SyntaxError: raised at run time");
        assertThat(engine.eval("len(calls)")).isEqualTo(1L);
    }

    @Test
    void evalFromAReader() throws ScriptException {
        assertThat(engine.eval(new StringReader("6 * 7"))).isEqualTo(42L);
    }

    private static void close(ScriptEngine e) {
        if (e instanceof AutoCloseable) {
            try {
                ((AutoCloseable) e).close();
            } catch (Exception ignored) {
                // closing a test engine
            }
        }
    }
}
