/**
 * The interpreter as hosts see it: {@link org.ember.runtime.EmberInterpreter} (the
 * {@code api.Interpreter} implementation, found through {@link org.ember.runtime.EmberProvider}),
 * per-interpreter state, {@code sys}, the import system, the builtins that need the interpreter,
 * and CPython-format tracebacks. Depends on every stage; nothing but the provider registration
 * depends on it. Start with {@code EmberInterpreter} and {@code InterpreterState}.
 */
package org.ember.runtime;
