/**
 * Ember's public embedding API: everything a Java application needs to run Python 3.11 code
 * in-process, and nothing of the runtime behind it (found through {@link
 * org.ember.api.InterpreterProvider} when {@code ember-impl} is on the class path).
 *
 * <h2>A worked example</h2>
 * <pre>{@code
 * import org.ember.api.Interpreter;
 * import org.ember.api.PyException;
 * import org.ember.api.PyObject;
 *
 * try (Interpreter py = Interpreter.builder()
 *         .argv("pricing.py")                 // sys.argv
 *         .addPath("/opt/app/python")         // where `import` looks first
 *         .option("jit", "off")               // a runtime knob, as `ember -X jit=off`
 *         .build()) {
 *
 *     // 1. Java values in, Python values out.
 *     py.set("prices", List.of(12, 30, 7));                 // a Python list of ints
 *     long total = py.eval("sum(prices)").asLong();         // 49
 *
 *     // 2. Define Python functions, call them from Java.
 *     py.exec("""
 *             def discount(price, percent, minimum):
 *                 return max(price * (100 - percent) // 100, minimum)
 *             """);
 *     long d = py.call("discount", 30, 20, 5).asLong();    // 24
 *     PyObject f = py.get("discount");                      // keep the function object
 *     long again = f.call(12, 50, 5).asLong();              // 6, without a global lookup
 *
 *     // 3. Python data back as Java collections.
 *     Object table = py.eval("{p: p * 2 for p in prices}").toJava();  // Map<Object, Object>
 *
 *     // 4. Python errors are PyExceptions carrying the Python traceback.
 *     try {
 *         py.exec("discount('x', 1, 2)", "rules.py");
 *     } catch (PyException e) {
 *         e.pythonType();        // "TypeError"
 *         e.pythonMessage();     // "unsupported operand type(s) for //: 'str' and 'int'"
 *         e.pythonTraceback();   // exactly what python3 would print
 *     }
 * }   // close(): flushes sys.stdout/sys.stderr and releases the interpreter
 * }</pre>
 * (Text blocks need Java 15+; the library itself targets Java 17.)
 *
 * <h2>Rules of the road</h2>
 * <ul>
 *   <li>An {@link org.ember.api.Interpreter} runs one Java thread at a time; use one per thread,
 *       or serialize the calls. Interpreters share nothing mutable.</li>
 *   <li>Every call that runs Python code may throw {@link org.ember.api.PyException};
 *       {@link org.ember.api.PyException#isSystemExit()} tells a script's {@code sys.exit()}
 *       from an error.</li>
 *   <li>{@link org.ember.api.PyObject} documents how Java values convert to Python and back.</li>
 *   <li>{@link org.ember.api.Interpreter#metrics()} reports what the interpreter did
 *       ({@link org.ember.api.InterpreterMetrics}: the adaptive inline caches per kind).</li>
 *   <li>Python code called back from Java (by {@code map}, {@code sorted}, operators) nests Java
 *       calls; scripts that recurse through such callbacks need a thread with a deep stack.</li>
 * </ul>
 */
package org.ember.api;
