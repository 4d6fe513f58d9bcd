package org.ember.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Expr;
import org.ember.ast.Span;

/**
 * Decodes string tokens and joins adjacent ones, the way CPython 3.11 does it in the parser's
 * action: escapes, bytes, implicit concatenation and f-strings (each f-string is one token whose
 * replacement fields are parsed here by a nested {@link Parser}).
 */
final class StringParser {
    private static final int MAX_FSTRING_NESTING = 2;

    private final Parser ps;
    private final int[] cp;

    StringParser(Parser ps) {
        this.ps = ps;
        this.cp = ps.tz.cp;
    }

    /** The prefix/quote layout of one string token. */
    private static final class Lit {
        boolean raw;
        boolean bytes;
        boolean fstr;
        boolean u;
        int bodyStart;
        int bodyEnd;
        Token tok;
    }

    private Lit layout(Token t) {
        Lit l = new Lit();
        l.tok = t;
        int i = t.start;
        while (cp[i] != '\'' && cp[i] != '"') {
            switch (Character.toLowerCase(cp[i])) {
                case 'r': l.raw = true; break;
                case 'b': l.bytes = true; break;
                case 'f': l.fstr = true; break;
                case 'u': l.u = true; break;
                default: break;
            }
            i++;
        }
        int q = cp[i];
        int qlen = i + 2 < t.end && cp[i + 1] == q && cp[i + 2] == q && t.end - i >= 6 ? 3 : 1;
        l.bodyStart = i + qlen;
        l.bodyEnd = t.end - qlen;
        return l;
    }

    Expr concatenate(List<Token> toks, Span span) {
        List<Lit> lits = new ArrayList<>();
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : toks) {
            Lit l = layout(t);
            lits.add(l);
            anyBytes |= l.bytes;
            anyStr |= !l.bytes;
            anyF |= l.fstr;
        }
        if (anyBytes && anyStr) {
            throw ps.fstringError("cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Lit l : lits) {
                decodeBytes(l, out);
            }
            return new Expr.Constant(new Expr.Bytes(out.toByteArray()), null, span);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Lit l : lits) {
                sb.append(decodeStr(l, l.bodyStart, l.bodyEnd));
            }
            return new Expr.Constant(sb.toString(), isLowerU(lits.get(0)) ? "u" : null, span);
        }
        Pieces pieces = new Pieces(span);
        for (Lit l : lits) {
            if (l.fstr) {
                int end = fstring(l, l.bodyStart, 0, pieces);
                if (end != l.bodyEnd) {
                    throw ps.fstringError("f-string: single '}' is not allowed");
                }
            } else {
                pieces.literal(decodeStr(l, l.bodyStart, l.bodyEnd));
            }
        }
        List<Expr> values = pieces.finish();
        if (isLowerU(lits.get(0)) && !values.isEmpty() && values.get(0) instanceof Expr.Constant c) {
            values.set(0, new Expr.Constant(c.value(), "u", c.span()));
        }
        return new Expr.JoinedStr(values, span);
    }

    private boolean isLowerU(Lit l) {
        return l.u && cp[l.tok.start] == 'u';
    }

    /** Accumulates JoinedStr values, merging adjacent literal text and dropping empty text. */
    private static final class Pieces {
        final List<Expr> values = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final Span span;

        Pieces(Span span) {
            this.span = span;
        }

        void literal(String s) {
            text.append(s);
        }

        void value(Expr e) {
            flush();
            values.add(e);
        }

        private void flush() {
            if (text.length() > 0) {
                values.add(new Expr.Constant(text.toString(), null, span));
                text.setLength(0);
            }
        }

        List<Expr> finish() {
            flush();
            return values;
        }
    }

    /**
     * Parses f-string content from {@code i}: literal text and replacement fields. At nesting 0
     * it runs to the end of the body; inside a format spec it stops at the closing '}' and
     * returns its index.
     */
    private int fstring(Lit l, int i, int nesting, Pieces out) {
        int end = l.bodyEnd;
        StringBuilder lit = new StringBuilder();
        int litStart = i;
        while (i < end) {
            int c = cp[i];
            if (c == '\\' && !l.raw && i + 1 < end && cp[i + 1] != '{' && cp[i + 1] != '}') {
                if (cp[i + 1] == 'N' && i + 2 < end && cp[i + 2] == '{') {
                    int close = i + 3;
                    while (close < end && cp[close] != '}') {
                        close++;
                    }
                    i = Math.min(close + 1, end);
                    continue;
                }
                i += 2;
                continue;
            }
            if (c == '{') {
                if (nesting == 0 && i + 1 < end && cp[i + 1] == '{') {
                    lit.append(decodeStr(l, litStart, i + 1));
                    i += 2;
                    litStart = i;
                    continue;
                }
                lit.append(decodeStr(l, litStart, i));
                out.literal(lit.toString());
                lit.setLength(0);
                i = field(l, i, nesting, out);
                litStart = i;
                continue;
            }
            if (c == '}') {
                if (nesting > 0) {
                    lit.append(decodeStr(l, litStart, i));
                    out.literal(lit.toString());
                    return i;
                }
                if (i + 1 < end && cp[i + 1] == '}') {
                    lit.append(decodeStr(l, litStart, i + 1));
                    i += 2;
                    litStart = i;
                    continue;
                }
                throw ps.fstringError("f-string: single '}' is not allowed");
            }
            i++;
        }
        lit.append(decodeStr(l, litStart, i));
        out.literal(lit.toString());
        return i;
    }

    /** Parses one replacement field starting at '{'; returns the index after its '}'. */
    private int field(Lit l, int open, int nesting, Pieces out) {
        int end = l.bodyEnd;
        if (nesting >= MAX_FSTRING_NESTING) {
            throw ps.fstringError("f-string: expressions nested too deeply");
        }
        int exprStart = open + 1;
        int i = exprStart;
        int depth = 0;
        int[] stack = new int[200];
        int quote = 0;
        int quoteLen = 0;
        while (i < end) {
            int c = cp[i];
            if (c == '\\') {
                throw ps.fstringError("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (c == quote && (quoteLen == 1 || i + 2 < end && cp[i + 1] == quote && cp[i + 2] == quote)) {
                    i += quoteLen;
                    quote = 0;
                    continue;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quoteLen = i + 2 < end && cp[i + 1] == c && cp[i + 2] == c ? 3 : 1;
                i += quoteLen;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth >= 200) {
                    throw ps.fstringError("f-string: too many nested parenthesis");
                }
                stack[depth++] = c;
                i++;
                continue;
            }
            if (c == '#') {
                throw ps.fstringError("f-string expression part cannot include '#'");
            }
            if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
                int n = i + 1 < end ? cp[i + 1] : -1;
                if (n == '=' && (c == '!' || c == '=' || c == '<' || c == '>')) {
                    i += 2;
                    continue;
                }
                if (c == '<' || c == '>') {
                    i++;
                    continue;
                }
                break;
            }
            if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    throw ps.fstringError("f-string: unmatched '" + (char) c + "'");
                }
                int o = stack[--depth];
                if (!(o == '(' && c == ')' || o == '[' && c == ']' || o == '{' && c == '}')) {
                    throw ps.fstringError("f-string: closing parenthesis '" + (char) c
                            + "' does not match opening parenthesis '" + (char) o + "'");
                }
                i++;
                continue;
            }
            i++;
        }
        if (quote != 0) {
            throw ps.fstringError("f-string: unterminated string");
        }
        if (depth > 0 || i >= end) {
            throw ps.fstringError("f-string: expecting '}'");
        }
        int exprEnd = i;
        boolean blank = true;
        for (int k = exprStart; k < exprEnd; k++) {
            if (!(cp[k] == ' ' || cp[k] == '\t' || cp[k] == '\n' || cp[k] == '\f' || cp[k] == '\r')) {
                blank = false;
                break;
            }
        }
        if (blank) {
            if (cp[i] != '}') {
                throw ps.fstringError("f-string: expression required before '" + (char) cp[i] + "'");
            }
            throw ps.fstringError("f-string: empty expression not allowed");
        }
        Expr value = compileExpr(l, exprStart, exprEnd, nesting);
        String selfDoc = null;
        if (cp[i] == '=') {
            i++;
            while (i < end && (cp[i] == ' ' || cp[i] == '\t' || cp[i] == '\n' || cp[i] == '\f')) {
                i++;
            }
            selfDoc = new String(cp, exprStart, i - exprStart);
            if (i >= end) {
                throw ps.fstringError("f-string: expecting '}'");
            }
        }
        int conversion = -1;
        if (cp[i] == '!') {
            i++;
            if (i >= end) {
                throw ps.fstringError("f-string: expecting '}'");
            }
            int conv = cp[i];
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw ps.fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i++;
            if (i >= end || cp[i] != ':' && cp[i] != '}') {
                throw ps.fstringError("f-string: expecting '}'");
            }
        }
        Expr spec = null;
        if (i < end && cp[i] == ':') {
            i++;
            // CPython 3.11 places a format spec at its own string token, and the pieces inside it
            // from the start of the concatenation to the end of that token
            Span tokSpan = new Span(l.tok.line, l.tok.col, l.tok.endLine, l.tok.endCol);
            Span pieceSpan = new Span(out.span.line(), out.span.col(), l.tok.endLine, l.tok.endCol);
            Pieces specPieces = new Pieces(pieceSpan);
            i = fstring(l, i, nesting + 1, specPieces);
            List<Expr> specValues = specPieces.finish();
            if (specValues.size() == 1 && specValues.get(0) instanceof Expr.Constant c) {
                // a purely literal spec is built like a plain string: at the token itself
                specValues.set(0, new Expr.Constant(c.value(), null, tokSpan));
            }
            spec = new Expr.JoinedStr(specValues, tokSpan);
        }
        if (i >= end || cp[i] != '}') {
            throw ps.fstringError("f-string: expecting '}'");
        }
        i++;
        if (selfDoc != null) {
            out.literal(selfDoc);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.value(new Expr.FormattedValue(value, conversion, spec, out.span));
        return i;
    }

    /** Parses a replacement field's expression with a nested parser placed at its real position. */
    private Expr compileExpr(Lit l, int start, int end, int nesting) {
        // locate the '{' (the character before start) in real source coordinates
        int line = l.tok.line;
        int col = l.tok.col;
        for (int k = l.tok.start; k < start - 1; k++) {
            if (cp[k] == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        String text = "(" + new String(cp, start, end - start) + ")";
        Tokenizer sub = new Tokenizer(text, ps.filename);
        Parser inner = new Parser(sub, ps.fstringLevel + 1 + nesting, line - 1, col);
        try {
            return inner.parseFStringExpression();
        } catch (PySyntaxError e) {
            if (e.msg.startsWith("f-string")) {
                throw e;
            }
            String quoted = e.text;
            if (quoted != null && quoted.endsWith("\n") && text.indexOf('\n') >= 0) {
                // CPython quotes lines of a multi-line field without their newline
                quoted = quoted.substring(0, quoted.length() - 1);
            }
            throw new PySyntaxError(e.pythonType, "f-string: " + e.msg, e.filename, e.lineno, e.offset, quoted,
                    e.endLineno, e.endOffset);
        }
    }

    // ---- escapes

    private PySyntaxError unicodeError(Lit l, int from, int to, String what) {
        int a = utf8Len(l.bodyStart, from);
        int b = utf8Len(l.bodyStart, to) - 1;
        return ps.fstringError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + a + "-"
                + b + ": " + what);
    }

    private int utf8Len(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            int c = cp[k];
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n;
    }

    private static int hexVal(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Decodes the str literal text in [from, to) of {@code l}, honouring the raw prefix. */
    private String decodeStr(Lit l, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = cp[i];
            if (c != '\\' || l.raw) {
                sb.appendCodePoint(c);
                i++;
                continue;
            }
            int esc = i;
            i++;
            if (i >= to) {
                sb.append('\\');
                break;
            }
            int e = cp[i++];
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && cp[i] >= '0' && cp[i] <= '7'; k++) {
                        v = v * 8 + cp[i++] - '0';
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'x': case 'u': case 'U': {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    while (k < n && i < to && hexVal(cp[i]) >= 0) {
                        v = v * 16 + hexVal(cp[i]);
                        i++;
                        k++;
                    }
                    if (k < n) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(l, esc, i, what);
                    }
                    if (v < 0 || v > 0x10FFFF) {
                        throw unicodeError(l, esc, i, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    break;
                }
                case 'N': {
                    if (i >= to || cp[i] != '{') {
                        throw unicodeError(l, esc, i, "malformed \\N character escape");
                    }
                    int close = i + 1;
                    while (close < to && cp[close] != '}') {
                        close++;
                    }
                    if (close >= to || close == i + 1) {
                        throw unicodeError(l, esc, Math.min(close + 1, to), "malformed \\N character escape");
                    }
                    String name = new String(cp, i + 1, close - i - 1);
                    int v;
                    try {
                        v = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        v = -1;
                    }
                    if (v < 0) {
                        throw unicodeError(l, esc, close + 1, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(v);
                    i = close + 1;
                    break;
                }
                default:
                    sb.append('\\').appendCodePoint(e);
                    break;
            }
        }
        return sb.toString();
    }

    private void decodeBytes(Lit l, ByteArrayOutputStream out) {
        for (int k = l.bodyStart; k < l.bodyEnd; k++) {
            if (cp[k] >= 0x80) {
                Token t = l.tok;
                throw ps.error("SyntaxError", "bytes can only contain ASCII literal characters", t.line, t.col + 1,
                        t.endLine, t.endCol + 1);
            }
        }
        if (l.raw) {
            String s = new String(cp, l.bodyStart, l.bodyEnd - l.bodyStart);
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        int i = l.bodyStart;
        int to = l.bodyEnd;
        while (i < to) {
            int c = cp[i];
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int esc = i;
            i++;
            if (i >= to) {
                out.write('\\');
                break;
            }
            int e = cp[i++];
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && cp[i] >= '0' && cp[i] <= '7'; k++) {
                        v = v * 8 + cp[i++] - '0';
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int h1 = i < to ? hexVal(cp[i]) : -1;
                    int h2 = i + 1 < to ? hexVal(cp[i + 1]) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw ps.fstringError("(value error) invalid \\x escape at position "
                                + (esc - l.bodyStart));
                    }
                    out.write(h1 * 16 + h2);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(e);
                    break;
            }
        }
    }
}
