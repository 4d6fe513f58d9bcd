/**
 * The {@code builtins} module's contents that need no interpreter: {@link PureBuiltins#install}
 * fills a dict with the functions, types, constants and exception classes. May depend only on
 * {@code org.ember.objects}; the runtime adds the frame-dependent builtins ({@code print},
 * {@code exec}, {@code __import__}, ...) and installs the hooks for zero-argument {@code dir()},
 * {@code vars()} and {@code super()}.
 */
package org.ember.builtins;
