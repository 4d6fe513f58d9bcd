package org.ember.runtime;

import org.ember.api.Interpreter;
import org.ember.api.InterpreterConfig;
import org.ember.api.InterpreterProvider;

/** The {@link InterpreterProvider} of this runtime, registered for {@link java.util.ServiceLoader}. */
public final class EmberProvider implements InterpreterProvider {
    @Override
    public Interpreter create(InterpreterConfig config) {
        return new EmberInterpreter(config);
    }
}
