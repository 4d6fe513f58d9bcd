package org.ember.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Describes Ember to {@code javax.script}: the names {@code python}, {@code python3} and
 * {@code ember}, the extension {@code py}, the MIME type {@code text/x-python}. Registered in
 * {@code META-INF/services/javax.script.ScriptEngineFactory}. Each engine it makes owns one
 * interpreter.
 */
public final class EmberScriptEngineFactory implements ScriptEngineFactory {
    static final String ENGINE_NAME = "Ember";
    static final String ENGINE_VERSION = "0.1.0";
    static final String LANGUAGE_NAME = "python";
    static final String LANGUAGE_VERSION = "3.11";
    private static final List<String> NAMES = List.of("python", "ember", "python3");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python");

    /** For {@link java.util.ServiceLoader}. */
    public EmberScriptEngineFactory() {}

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return LANGUAGE_NAME;
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    /**
     * The standard keys, plus {@code THREADING}: {@code null}, because an engine's interpreter
     * runs one thread at a time (its {@code eval} is synchronized, not concurrent).
     */
    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return ENGINE_NAME;
            case ScriptEngine.ENGINE_VERSION:
                return ENGINE_VERSION;
            case ScriptEngine.NAME:
                return NAMES.get(0);
            case ScriptEngine.LANGUAGE:
                return LANGUAGE_NAME;
            case ScriptEngine.LANGUAGE_VERSION:
                return LANGUAGE_VERSION;
            default:
                return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String method, String... args) {
        return obj + "." + method + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + pythonStringLiteral(toDisplay) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new EmberScriptEngine(this);
    }

    /** A single-quoted Python literal for {@code s}, escaping what a literal cannot hold as is. */
    static String pythonStringLiteral(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\'':
                    sb.append("\\'");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (cp < 0x20 || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
            }
        });
        return sb.append('\'').toString();
    }
}
