/**
 * Runs bytecode: heap {@link org.ember.interpreter.Frame}s, the eval loop in
 * {@link org.ember.interpreter.Interpreter} (slow paths in {@code Ops}), Python functions,
 * generators and coroutines, argument binding, and the adaptive {@code Specializer} (inline
 * caches). Depends on {@code bytecode} and {@code objects}; reaches the runtime only through
 * {@link org.ember.interpreter.ImportHook}. Start with {@code Interpreter.loop}.
 */
package org.ember.interpreter;
