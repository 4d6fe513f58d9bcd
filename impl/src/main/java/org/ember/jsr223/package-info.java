/**
 * The JSR-223 ({@code javax.script}) binding: {@link org.ember.jsr223.EmberScriptEngineFactory}
 * is registered as a {@code ScriptEngineFactory} service, so
 * {@code new ScriptEngineManager().getEngineByName("python")} finds Ember.
 *
 * <p>Written against {@code org.ember.api} alone, like any other host: it must never reach into
 * the runtime's internals, which keeps it an honest test of the public API. Start reading at
 * {@link org.ember.jsr223.EmberScriptEngine#eval(String, javax.script.ScriptContext)}.
 */
package org.ember.jsr223;
