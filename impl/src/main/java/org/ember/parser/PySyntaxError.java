package org.ember.parser;

/**
 * A syntax error found while tokenizing, parsing or compiling. The runtime turns it into a
 * Python {@code SyntaxError} (or the subclass named by {@link #pythonType}) with the same
 * attributes CPython sets: {@code msg}, {@code filename}, {@code lineno}, {@code offset} (1-based
 * column), {@code text} (the source line), {@code end_lineno}, {@code end_offset}.
 */
public final class PySyntaxError extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String pythonType;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based column, as CPython's {@code SyntaxError.offset}; 0 when unknown. */
    public final int offset;
    /** The offending source line (with its newline), or null. */
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public PySyntaxError(String pythonType, String msg, String filename, int lineno, int offset,
                         String text, int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }
}
