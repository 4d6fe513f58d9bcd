package org.ember.examples;

import java.io.StringWriter;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * Ember through the standard {@code javax.script} API (JSR-223), for hosts that already speak
 * it: no Ember type is named here.
 */
public final class ScriptEngineExample {
    private ScriptEngineExample() {}

    /** Evaluates with bindings, reads a result back, and captures the script's output. */
    public static void main(String[] args) throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        Bindings bindings = engine.createBindings();
        bindings.put("prices", java.util.List.of(3, 5, 8));

        Object total = engine.eval("sum(prices)", bindings);
        System.out.println("total = " + total);

        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("for p in prices:\n    print(f'{p:>3} EUR')\ncount = len(prices)\n", bindings);
        System.out.print(out);
        System.out.println("count = " + bindings.get("count"));
    }
}
