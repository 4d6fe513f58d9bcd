package org.ember.parser;

/**
 * One lexical token. Positions are 1-based lines and 0-based code-point columns; {@code start}
 * and {@code end} index the tokenizer's code-point array so strings can be decoded later.
 */
final class Token {
    /** Token categories, as CPython's token module (operators all share {@link #OP}). */
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN }

    final Kind kind;
    /** NAME: the NFKC-normalized identifier; OP: the operator; NUMBER/STRING: raw source text. */
    final String text;
    final int line;
    final int col;
    final int endLine;
    final int endCol;
    final int start;
    final int end;
    /** For ERRORTOKEN: the error to raise when the parser reaches it. */
    final PySyntaxError error;

    Token(Kind kind, String text, int line, int col, int endLine, int endCol, int start, int end,
          PySyntaxError error) {
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.start = start;
        this.end = end;
        this.error = error;
    }

    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
