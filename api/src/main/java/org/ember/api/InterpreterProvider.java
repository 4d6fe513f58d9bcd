package org.ember.api;

/**
 * The service a runtime implementation registers (in
 * {@code META-INF/services/org.ember.api.InterpreterProvider}) so that {@code api} never names
 * it. {@link Interpreter.Builder#build()} uses the first provider {@link java.util.ServiceLoader}
 * finds.
 */
public interface InterpreterProvider {
    /** Creates an interpreter with the given settings. */
    Interpreter create(InterpreterConfig config);
}
