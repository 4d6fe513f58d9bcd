package org.ember.compiler;

import org.ember.ast.Mod;
import org.ember.ast.Span;
import org.ember.bytecode.CodeObject;
import org.ember.parser.PySyntaxError;

/** The compiler's entry point: AST in, code object out. */
public final class Compiler {
    private Compiler() {}

    /**
     * Compiles a parsed module. A {@link Mod.Module} becomes {@code <module>} code returning None, a
     * {@link Mod.Expression} {@code <module>} code returning the value, a {@link Mod.Interactive}
     * code that echoes each expression statement ({@code PRINT_EXPR}) when
     * {@code interactiveEcho} is set.
     *
     * @throws PySyntaxError for errors found while resolving scopes or generating code
     */
    public static CodeObject compile(Mod mod, String filename, boolean interactiveEcho) {
        SymbolTable st = SymbolTable.build(mod, filename);
        return new CodeGen(st, filename, interactiveEcho).compileModule(mod);
    }

    /** A compile-time SyntaxError at {@code span} (columns become 1-based offsets). */
    static PySyntaxError syntaxError(String msg, String filename, Span span) {
        if (span == null) {
            span = Span.NONE;
        }
        return new PySyntaxError("SyntaxError", msg, filename, span.line(), span.col() + 1, null,
                span.endLine(), span.endCol() + 1);
    }
}
