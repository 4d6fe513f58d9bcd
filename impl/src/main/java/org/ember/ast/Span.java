package org.ember.ast;

/**
 * Source position of a node, as CPython's {@code lineno}, {@code col_offset}, {@code end_lineno},
 * {@code end_col_offset}: lines are 1-based, columns are 0-based UTF-8 byte offsets in CPython but
 * code-point offsets here (the difference only shows in tracebacks' caret lines for non-ASCII
 * source, which Ember does not print).
 */
public record Span(int line, int col, int endLine, int endCol) {
    /** A span for synthesized nodes that have no source of their own. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The span from the start of {@code a} to the end of {@code b}. */
    public static Span of(Span a, Span b) {
        return new Span(a.line, a.col, b.endLine, b.endCol);
    }
}
