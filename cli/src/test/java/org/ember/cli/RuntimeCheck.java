package org.ember.cli;

import java.util.ServiceLoader;
import org.ember.api.InterpreterProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * Bootstrap guard, to be removed once the runtime registers its provider: the launcher tests that
 * run Python need an {@link InterpreterProvider}; until `impl` registers one (the compiler and the
 * runtime wiring land next), they are reported as skipped with this reason instead of failing.
 */
final class RuntimeCheck {
    private RuntimeCheck() {}

    static void assumeRuntime() {
        Assumptions.assumeTrue(ServiceLoader.load(InterpreterProvider.class).findFirst().isPresent(),
                "no InterpreterProvider registered yet: the runtime (compiler + provider) has not landed");
    }
}
