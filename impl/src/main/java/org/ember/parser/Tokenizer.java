package org.ember.parser;

import java.text.Normalizer;
import org.ember.objects.UnicodeData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns Python 3.11 source into {@link Token}s with CPython's indentation, line-joining and
 * literal rules. The whole source is tokenized up front; the first error ends the list with an
 * ERRORTOKEN carrying it, so the parser can decide (as CPython does) whether that error or one
 * of its own wins.
 */
final class Tokenizer {
    private static final int MAX_PAREN_LEVEL = 200;
    private static final int MAX_INDENT = 100;
    private static final Set<String> STRING_PREFIXES =
            Set.of("r", "u", "b", "br", "rb", "f", "fr", "rf");
    /** Keywords CPython lets directly follow a number, e.g. {@code 1if x else 2}. */
    private static final String[] NUMBER_SUFFIX_KEYWORDS = {"and", "else", "for", "if", "in", "is", "not", "or"};
    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "...", "!="};
    private static final String[] OPS2 = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>",
        "@=", "^=", "|=", "<>"};

    final int[] cp;
    final String filename;
    final List<String> lines;
    private final boolean emptySource;
    private final boolean endsWithNewline;
    private final boolean execMode;

    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atBol = true;
    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altIndStack = new int[MAX_INDENT + 1];
    private int indDepth;
    private final int[] parenChar = new int[MAX_PAREN_LEVEL + 1];
    private final int[] parenLine = new int[MAX_PAREN_LEVEL + 1];
    private final int[] parenCol = new int[MAX_PAREN_LEVEL + 1];
    private int level;

    /** The error token ending the stream, if any. */
    Token errorToken;
    /**
     * True when {@link #errorToken}'s error is one CPython raises as soon as it is tokenized, so
     * that it overrides a parser error found earlier in the file.
     */
    boolean eagerError;
    /** True when {@link #errorToken} was raised only because the input ended (a REPL would read on). */
    boolean errorAtEof;
    /** When the stream ended inside brackets: the innermost unclosed bracket, else null. */
    int[] unclosedParen;

    Tokenizer(String source, String filename) {
        this(source, filename, true);
    }

    /** {@code execMode}: CPython adds a newline to exec input, so error texts of its last line end in one. */
    Tokenizer(String source, String filename, boolean execMode) {
        this.filename = filename;
        this.execMode = execMode;
        String s = source.replace("\r\n", "\n").replace('\r', '\n');
        emptySource = s.isEmpty();
        endsWithNewline = s.endsWith("\n");
        if (!endsWithNewline) {
            s = s + "\n";
        }
        this.cp = s.codePoints().toArray();
        this.lines = new ArrayList<>();
        int b = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(b, i + 1));
                b = i + 1;
            }
        }
    }

    /** Source line {@code lineno} as written (its newline only if the source has one there). */
    String lineText(int lineno) {
        if (lineno < 1 || lineno > lines.size()) {
            return null;
        }
        String text = lines.get(lineno - 1);
        if (lineno == lines.size() && !endsWithNewline && !execMode) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    int lineCount() {
        return lines.size();
    }

    /** Tokenizes everything; the list ends with ENDMARKER or an ERRORTOKEN. */
    List<Token> tokenize() {
        try {
            while (true) {
                Token t = next();
                if (t == null) {
                    continue;
                }
                tokens.add(t);
                if (t.kind == Token.Kind.ENDMARKER) {
                    break;
                }
            }
        } catch (TokError e) {
            errorToken = new Token(Token.Kind.ERRORTOKEN, "", e.err.lineno, 0, e.err.lineno, 0, pos, pos, e.err);
            eagerError = e.eager;
            tokens.add(errorToken);
        }
        return tokens;
    }

    /** Carries a tokenizer error out of the scanning loop. */
    private static final class TokError extends RuntimeException {
        final PySyntaxError err;
        final boolean eager;

        TokError(PySyntaxError err, boolean eager) {
            super(null, null, false, false);
            this.err = err;
            this.eager = eager;
        }
    }

    private TokError error(String type, String msg, int lineno, int offset, int endLineno, int endOffset,
                           boolean eager) {
        // CPython's tokenizer quotes the line without its newline
        String text = lineText(lineno);
        boolean unclosedEarlier = msg.endsWith("was never closed") && lineno < lines.size();
        if ((eager || unclosedEarlier) && text != null && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new TokError(new PySyntaxError(type, msg, filename, lineno, offset, text, endLineno, endOffset),
                eager);
    }

    private TokError syntaxError(String msg, int offset) {
        return error("SyntaxError", msg, line, offset, line, offset, true);
    }

    private int peekc(int ahead) {
        int i = pos + ahead;
        return i < cp.length ? cp[i] : -1;
    }

    private int col() {
        return pos - lineStart;
    }

    private Token make(Token.Kind kind, String text, int startPos, int startLine, int startCol) {
        return new Token(kind, text, startLine, startCol, line, pos - lineStart, startPos, pos, null);
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private final List<Token> pending = new ArrayList<>();

    private Token next() {
        if (!pending.isEmpty()) {
            return pending.remove(0);
        }
        if (atBol) {
            atBol = false;
            if (handleIndentation()) {
                return null;
            }
            if (!pending.isEmpty()) {
                return pending.remove(0);
            }
        }
        // skip whitespace, comments and line continuations
        int commentCol = -1;
        int commentEndCol = -1;
        while (true) {
            int c = peekc(0);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                commentCol = col();
                while (peekc(0) != '\n' && peekc(0) != -1) {
                    pos++;
                }
                commentEndCol = col();
            } else if (c == '\\') {
                if (peekc(1) != '\n') {
                    int off = col() + 2;
                    throw error("SyntaxError", "unexpected character after line continuation character",
                            line, off, line, 0, false);
                }
                int off = col() + 2;
                int l = line;
                pos += 2;
                newLine();
                if (pos >= cp.length) {
                    errorAtEof = true;
                    if (level > 0) {
                        throw unclosed();
                    }
                    throw error("SyntaxError", "unexpected EOF while parsing", l, off, l, -1, false);
                }
            } else {
                break;
            }
        }
        int c = peekc(0);
        if (c == -1) {
            return endOfInput();
        }
        int startPos = pos;
        int startLine = line;
        int startCol = col();
        if (c == '\n') {
            pos++;
            newLine();
            atBol = true;
            if (level > 0) {
                return null;
            }
            // like CPython, a NEWLINE after a comment covers the comment; otherwise it has no width
            if (commentCol >= 0) {
                return new Token(Token.Kind.NEWLINE, "", startLine, commentCol, startLine, commentEndCol, startPos,
                        startPos + 1, null);
            }
            return new Token(Token.Kind.NEWLINE, "", startLine, startCol, startLine, startCol, startPos,
                    startPos + 1, null);
        }
        if (isIdentStart(c)) {
            while (isIdentChar(peekc(0))) {
                pos++;
            }
            String name = new String(cp, startPos, pos - startPos);
            int q = peekc(0);
            if ((q == '\'' || q == '"') && STRING_PREFIXES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return readString(startPos, startLine, startCol);
            }
            return make(Token.Kind.NAME, verifyIdentifier(name, startPos), startPos, startLine, startCol);
        }
        if (c >= '0' && c <= '9' || c == '.' && isDigit(peekc(1))) {
            return readNumber(startPos, startLine, startCol);
        }
        if (c == '\'' || c == '"') {
            return readString(startPos, startLine, startCol);
        }
        if (c == '(' || c == '[' || c == '{') {
            if (level >= MAX_PAREN_LEVEL) {
                throw syntaxError("too many nested parentheses", col() + 1);
            }
            parenChar[level] = c;
            parenLine[level] = line;
            parenCol[level] = col();
            level++;
            pos++;
            return make(Token.Kind.OP, Character.toString(c), startPos, startLine, startCol);
        }
        if (c == ')' || c == ']' || c == '}') {
            if (level == 0) {
                throw syntaxError("unmatched '" + (char) c + "'", col() + 1);
            }
            level--;
            int open = parenChar[level];
            if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
                String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + (char) open + "'";
                if (parenLine[level] != line) {
                    msg += " on line " + parenLine[level];
                }
                throw syntaxError(msg, col() + 1);
            }
            pos++;
            return make(Token.Kind.OP, Character.toString(c), startPos, startLine, startCol);
        }
        for (String op : OPS3) {
            if (op.length() == 3 && matches(op)) {
                pos += 3;
                return make(Token.Kind.OP, op, startPos, startLine, startCol);
            }
        }
        for (String op : OPS2) {
            if (matches(op)) {
                pos += 2;
                return make(Token.Kind.OP, op, startPos, startLine, startCol);
            }
        }
        if ("+-*/%@&|^~<>=.,:;!$?`".indexOf(c) >= 0) {
            pos++;
            return make(Token.Kind.OP, Character.toString(c), startPos, startLine, startCol);
        }
        if (!isPrintable(c)) {
            throw syntaxError(String.format("invalid non-printable character U+%04X", c), col() + 1);
        }
        throw syntaxError(String.format("invalid character '%s' (U+%04X)", Character.toString(c), c), col() + 1);
    }

    private boolean matches(String op) {
        for (int i = 0; i < op.length(); i++) {
            if (peekc(i) != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private TokError unclosed() {
        int l = level - 1;
        unclosedParen = new int[] {parenChar[l], parenLine[l], parenCol[l]};
        return error("SyntaxError", "'" + (char) parenChar[l] + "' was never closed", parenLine[l],
                parenCol[l] + 1, parenLine[l], 0, false);
    }

    private Token endOfInput() {
        if (level > 0) {
            errorAtEof = true;
            throw unclosed();
        }
        // CPython reports errors at end of input on the last line, past its end (column -1 here)
        int endLine = emptySource ? 0 : Math.max(1, lines.size());
        while (indDepth > 0) {
            indDepth--;
            pending.add(new Token(Token.Kind.DEDENT, "", endLine, -1, endLine, -1, pos, pos, null));
        }
        pending.add(new Token(Token.Kind.ENDMARKER, "", endLine, -1, endLine, -1, pos, pos, null));
        return pending.remove(0);
    }

    /** Measures the indentation of a new line; returns true when the line is blank. */
    private boolean handleIndentation() {
        int col = 0;
        int altcol = 0;
        int p = pos;
        while (p < cp.length) {
            int c = cp[p];
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            p++;
        }
        int c = p < cp.length ? cp[p] : -1;
        if (c == '#' || c == '\n') {
            // blank line: consume it entirely, no NEWLINE and no indentation change
            if (level > 0) {
                return false;
            }
            while (p < cp.length && cp[p] != '\n') {
                p++;
            }
            if (p < cp.length) {
                pos = p + 1;
                newLine();
                atBol = true;
                return true;
            }
            pos = p;
            return false;
        }
        if (c == -1 || level > 0) {
            return false;
        }
        int indentChars = p - pos;
        int lineLen = lines.get(line - 1).length() - 1;
        if (col == indStack[indDepth]) {
            if (altcol != altIndStack[indDepth]) {
                throw tabError();
            }
        } else if (col > indStack[indDepth]) {
            if (indDepth + 1 >= MAX_INDENT) {
                throw error("IndentationError", "too many levels of indentation", line, 1, line, 0, false);
            }
            if (altcol <= altIndStack[indDepth]) {
                throw tabError();
            }
            indDepth++;
            indStack[indDepth] = col;
            altIndStack[indDepth] = altcol;
            pending.add(new Token(Token.Kind.INDENT, "", line, indentChars, line, indentChars, p, p, null));
        } else {
            while (indDepth > 0 && col < indStack[indDepth]) {
                indDepth--;
                pending.add(new Token(Token.Kind.DEDENT, "", line, indentChars, line, indentChars, p, p, null));
            }
            if (col != indStack[indDepth]) {
                throw error("IndentationError", "unindent does not match any outer indentation level", line,
                        lineLen + 1, line, -1, false);
            }
            if (altcol != altIndStack[indDepth]) {
                throw tabError();
            }
        }
        return false;
    }

    private TokError tabError() {
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0, false);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    private static boolean isIdentChar(int c) {
        return isIdentStart(c) || isDigit(c);
    }

    static boolean isPrintable(int c) {
        return UnicodeData.isPrintable(c);
    }

    static boolean isXidStart(int c) {
        return c == '_' || UnicodeData.isXidStart(c);
    }

    static boolean isXidContinue(int c) {
        return UnicodeData.isXidContinue(c);
    }

    /** NFKC-normalizes a non-ASCII identifier and checks it, reporting the first bad character. */
    private String verifyIdentifier(String name, int startPos) {
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return name;
        }
        // validity is judged on the identifier as written (XID classes), the name is its NFKC form
        if (isValidIdentifier(name)) {
            return Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        int n = pos - startPos;
        for (int i = 0; i < n; i++) {
            int c = cp[startPos + i];
            if (!(i == 0 ? isXidStart(c) : isXidContinue(c))) {
                int badCol = startPos + i - lineStart;
                pos = startPos + i;
                if (!isPrintable(c)) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c), badCol + 1);
                }
                throw syntaxError(String.format("invalid character '%s' (U+%04X)", Character.toString(c), c),
                        badCol + 1);
            }
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC);
    }

    static boolean isValidIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int[] cs = s.codePoints().toArray();
        if (!isXidStart(cs[0])) {
            return false;
        }
        for (int i = 1; i < cs.length; i++) {
            if (!isXidContinue(cs[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- numbers ----

    private static boolean isHex(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private Token readNumber(int startPos, int startLine, int startCol) {
        int c = peekc(0);
        if (c == '0' && (peekc(1) == 'x' || peekc(1) == 'X')) {
            pos += 2;
            radixDigits(16, "hexadecimal");
            verifyEnd("hexadecimal");
        } else if (c == '0' && (peekc(1) == 'o' || peekc(1) == 'O')) {
            pos += 2;
            radixDigits(8, "octal");
            verifyEnd("octal");
        } else if (c == '0' && (peekc(1) == 'b' || peekc(1) == 'B')) {
            pos += 2;
            radixDigits(2, "binary");
            verifyEnd("binary");
        } else {
            boolean isFloat = false;
            if (c == '0') {
                // zeros, possibly followed by other digits (only legal in floats/imaginaries)
                pos++;
                zerosAndUnderscores();
                int zerosEnd = pos;
                boolean nonzero = false;
                if (isDigit(peekc(0))) {
                    nonzero = true;
                    decimalDigits();
                }
                int d = peekc(0);
                if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') {
                    isFloat = readFraction();
                } else if (nonzero) {
                    throw error("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", line, startCol + 1, line,
                            zerosEnd - lineStart + 1, true);
                } else {
                    verifyEnd("decimal");
                }
            } else if (c == '.') {
                isFloat = readFraction();
            } else {
                decimalDigits();
                isFloat = readFraction();
            }
        }
        return make(Token.Kind.NUMBER, new String(cp, startPos, pos - startPos), startPos, startLine, startCol);
    }

    private void zerosAndUnderscores() {
        while (true) {
            int c = peekc(0);
            if (c == '0') {
                pos++;
            } else if (c == '_') {
                pos++;
                if (!isDigit(peekc(0))) {
                    throw syntaxError("invalid decimal literal", col());
                }
            } else {
                return;
            }
        }
    }

    private void decimalDigits() {
        while (true) {
            int c = peekc(0);
            if (isDigit(c)) {
                pos++;
            } else if (c == '_') {
                pos++;
                if (!isDigit(peekc(0))) {
                    throw syntaxError("invalid decimal literal", col());
                }
            } else {
                return;
            }
        }
    }

    /** Reads the optional fraction, exponent and imaginary suffix of a decimal number. */
    private boolean readFraction() {
        boolean isFloat = false;
        if (peekc(0) == '.') {
            isFloat = true;
            pos++;
            if (isDigit(peekc(0))) {
                decimalDigits();
            }
        }
        int c = peekc(0);
        if (c == 'e' || c == 'E') {
            int save = pos;
            pos++;
            if (peekc(0) == '+' || peekc(0) == '-') {
                pos++;
                if (!isDigit(peekc(0))) {
                    pos = save;
                    throw syntaxError("invalid decimal literal", col());
                }
            }
            if (!isDigit(peekc(0))) {
                pos = save;
                verifyEnd("decimal");
                return isFloat;
            }
            isFloat = true;
            decimalDigits();
        }
        c = peekc(0);
        if (c == 'j' || c == 'J') {
            pos++;
            verifyEnd("imaginary");
            return true;
        }
        verifyEnd("decimal");
        return isFloat;
    }

    private void radixDigits(int radix, String kind) {
        boolean any = false;
        while (true) {
            int c = peekc(0);
            if (c == '_') {
                pos++;
                c = peekc(0);
                if (!(radix == 16 ? isHex(c) : isDigit(c))) {
                    throw syntaxError("invalid " + kind + " literal", col());
                }
            }
            if (radix == 16 ? isHex(c) : isDigit(c)) {
                if (radix != 16 && c - '0' >= radix) {
                    throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", col() + 1);
                }
                pos++;
                any = true;
            } else {
                if (!any) {
                    if (isDigit(c)) {
                        throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal", col() + 1);
                    }
                    throw syntaxError("invalid " + kind + " literal", col());
                }
                return;
            }
        }
    }

    private void verifyEnd(String kind) {
        int c = peekc(0);
        if (!isIdentChar(c)) {
            return;
        }
        for (String kw : NUMBER_SUFFIX_KEYWORDS) {
            if (matches(kw) && !isIdentChar(peekc(kw.length()))) {
                return;
            }
        }
        throw syntaxError("invalid " + kind + " literal", col());
    }

    // ---- strings ----

    private Token readString(int startPos, int startLine, int startCol) {
        int quote = peekc(0);
        boolean triple = peekc(1) == quote && peekc(2) == quote;
        pos += triple ? 3 : 1;
        while (true) {
            int c = peekc(0);
            if (c == -1) {
                errorAtEof = true;
                if (triple) {
                    throw error("SyntaxError", "unterminated triple-quoted string literal (detected at line "
                            + (line - 1) + ")", startLine, startCol + 1, startLine, startCol + 1, true);
                }
                throw error("SyntaxError", "unterminated string literal (detected at line " + (line - 1) + ")",
                        startLine, startCol + 1, startLine, startCol + 1, true);
            }
            if (c == '\n') {
                if (!triple) {
                    throw error("SyntaxError", "unterminated string literal (detected at line " + line + ")",
                            startLine, startCol + 1, startLine, startCol + 1, true);
                }
                pos++;
                newLine();
                continue;
            }
            if (c == '\\') {
                pos++;
                if (peekc(0) == '\n') {
                    pos++;
                    newLine();
                } else if (peekc(0) != -1) {
                    pos++;
                }
                continue;
            }
            if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (peekc(1) == quote && peekc(2) == quote) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        return make(Token.Kind.STRING, new String(cp, startPos, pos - startPos), startPos, startLine, startCol);
    }
}
