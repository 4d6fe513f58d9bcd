package org.ember.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ember.ast.Alias;
import org.ember.ast.Arguments;
import org.ember.ast.BoolOpKind;
import org.ember.ast.CmpOp;
import org.ember.ast.Comprehension;
import org.ember.ast.Ctx;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.Keyword;
import org.ember.ast.MatchCase;
import org.ember.ast.Mod;
import org.ember.ast.Operator;
import org.ember.ast.Pattern;
import org.ember.ast.Span;
import org.ember.ast.Stmt;
import org.ember.ast.UnaryOpKind;
import org.ember.ast.WithItem;

/**
 * Recursive-descent parser for Python 3.11 producing {@link org.ember.ast} trees. Targets are
 * parsed as expressions and then checked and converted, which keeps the parser linear and gives
 * CPython's "cannot assign to ..." messages for free. Backtracking is used only for the
 * parenthesized {@code with} form and the {@code match} soft keyword.
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    private static final int MAX_DEPTH = 3100;
    private static final String FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?";

    final Tokenizer tz;
    private final List<Token> toks;
    final String filename;
    private int p;
    private int maxPeek;
    private Token last;
    private int parenDepth;
    private int depth;
    /** A compiler-stage error (CPython finds it after parsing), raised only if parsing succeeds. */
    private PySyntaxError deferred;
    /**
     * An error CPython's second (diagnostic) pass would report at an earlier statement that the
     * first pass accepted in another reading, e.g. {@code match x} without ':'.
     */
    private PySyntaxError secondPassError;
    private boolean deferredIsSymtable;
    /** f-string nesting level of this parser (0 for ordinary source). */
    final int fstringLevel;

    /** Line/column shift applied to tokens of an f-string field so nodes get real positions. */
    private final int lineShift;
    private final int colShift;

    Parser(Tokenizer tz, int fstringLevel) {
        this(tz, fstringLevel, 0, 0);
    }

    Parser(Tokenizer tz, int fstringLevel, int lineShift, int colShift) {
        this.tz = tz;
        List<Token> raw = tz.tokenize();
        if (lineShift != 0 || colShift != 0) {
            List<Token> shifted = new ArrayList<>(raw.size());
            for (Token t : raw) {
                shifted.add(new Token(t.kind, t.text, t.line + lineShift, t.line == 1 ? t.col + colShift : t.col,
                        t.endLine + lineShift, t.endLine == 1 ? t.endCol + colShift : t.endCol, t.start, t.end,
                        t.error));
            }
            raw = shifted;
        }
        this.toks = raw;
        this.filename = tz.filename;
        this.fstringLevel = fstringLevel;
        this.lineShift = lineShift;
        this.colShift = colShift;
    }

    // ------------------------------------------------------------------ entry points

    /** Parses {@code source} as {@code compile(source, filename, mode)} would; throws {@link PySyntaxError}. */
    public static Mod parse(String source, String filename, Mode mode) {
        try {
            return parseDirect(source, filename, mode);
        } catch (StackOverflowError e) {
            // retry on a thread with a stack large enough for the deepest legal nesting
            Mod[] result = new Mod[1];
            RuntimeException[] failure = new RuntimeException[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = parseDirect(source, filename, mode);
                } catch (RuntimeException ex) {
                    failure[0] = ex;
                } catch (StackOverflowError ex) {
                    failure[0] = tooComplex(filename);
                }
            }, "ember-parser", 512L * 1024 * 1024);
            t.start();
            try {
                t.join();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw tooComplex(filename);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            return result[0];
        }
    }

    private static PySyntaxError tooComplex(String filename) {
        return new PySyntaxError("MemoryError", "too many nested expressions", filename, 0, 0, null, 0, 0);
    }

    private static Mod parseDirect(String source, String filename, Mode mode) {
        if (source.indexOf('\0') >= 0) {
            // compile() checks this before tokenizing; the error has no location
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0,
                    null, 0, 0);
        }
        Parser ps = new Parser(new Tokenizer(source, filename, mode == Mode.EXEC), 0);
        return ps.run(mode);
    }

    Mod run(Mode mode) {
        Mod m;
        try {
            m = switch (mode) {
                case EXEC -> fileInput();
                case EVAL -> evalInput();
                case SINGLE -> singleInput();
            };
        } catch (PySyntaxError e) {
            boolean fromTokenizer = tz.errorToken != null && e == tz.errorToken.error;
            if (secondPassError != null && !fromTokenizer && !e.pythonType.equals("IndentationError")) {
                throw preferTokenizerError(secondPassError);
            }
            throw preferTokenizerError(e);
        }
        if (deferred != null) {
            throw deferred;
        }
        return m;
    }

    /** CPython tokenizes the rest of the file after a parser error; some tokenizer errors win. */
    private PySyntaxError preferTokenizerError(PySyntaxError e) {
        Token errTok = tz.errorToken;
        if (errTok == null || e == errTok.error) {
            return e;
        }
        if (e.pythonType.equals("IndentationError") && e.msg.equals("unexpected indent")) {
            return e;
        }
        if (tz.eagerError) {
            return errTok.error;
        }
        if (tz.unclosedParen != null) {
            int lastLine = toks.get(Math.min(maxPeek, toks.size() - 1)).line;
            if (lastLine > tz.unclosedParen[1]) {
                return errTok.error;
            }
        }
        if (e.msg.equals("invalid syntax") && !errTok.error.pythonType.equals("IndentationError")
                && !errTok.error.pythonType.equals("TabError") && diagnosticReadReachesEnd()) {
            return errTok.error;
        }
        return e;
    }

    /**
     * Approximates CPython's diagnostic second pass after a generic error in source that ends
     * inside brackets: it keeps reading expressions from the error point, and if that reading runs
     * into the end of input the unclosed bracket is what gets reported.
     */
    private boolean diagnosticReadReachesEnd() {
        int errIndex = Math.min(maxPeek, toks.size() - 1);
        Token errTok = toks.get(errIndex);
        boolean opening = errTok.isOp("(") || errTok.isOp("[") || errTok.isOp("{");
        Token before = errIndex > 0 ? toks.get(errIndex - 1) : null;
        boolean afterValue = before != null && (isIdentifier(before) || before.kind == Token.Kind.NUMBER
                || before.kind == Token.Kind.STRING || before.isOp(")") || before.isOp("]") || before.isOp("}"));
        if (opening && !afterValue && before != null && !before.isOp("=") && !before.isOp("(")
                && !before.isOp("[") && !before.isOp("{") && !before.isOp(",")) {
            return false;
        }
        p = opening ? errIndex + 1 : errIndex;
        boolean leading = true;
        boolean allowSeparator = !opening && afterValue;
        try {
            for (int i = 0; i < 1000; i++) {
                Token t = peek();
                boolean sep = t.isOp(",") || t.isOp("=")
                        || !leading && (t.isOp(":") || t.isOp(":="));
                leading = false;
                if (allowSeparator && sep) {
                    advance();
                    allowSeparator = false;
                    continue;
                }
                starExpressions();
                allowSeparator = true;
            }
            return false;
        } catch (PySyntaxError ex) {
            return isTokenizerError(ex);
        } catch (StackOverflowError ex) {
            return false;
        }
    }

    /**
     * True when {@code source} is an unfinished statement that more lines could complete (as
     * {@code codeop.compile_command} returning None), false when it is complete or wrong.
     */
    public static boolean isIncomplete(String source) {
        return Incomplete.check(source);
    }

    /** Decodes a source file's bytes: BOM, PEP 263 coding cookie, UTF-8 by default. */
    public static String decodeSource(byte[] bytes) {
        return SourceDecoder.decode(bytes, "<string>");
    }

    // ------------------------------------------------------------------ token helpers

    private Token at(int i) {
        if (i >= toks.size()) {
            i = toks.size() - 1;
        }
        Token t = toks.get(i);
        if (t.kind == Token.Kind.ERRORTOKEN) {
            throw t.error;
        }
        if (i > maxPeek) {
            maxPeek = i;
        }
        return t;
    }

    private Token peek() {
        return at(p);
    }

    private Token peek(int k) {
        return at(p + k);
    }

    private Token advance() {
        Token t = at(p);
        p++;
        // node ends are the last non-layout token, as CPython's EXTRA positions
        if (t.kind != Token.Kind.NEWLINE && t.kind != Token.Kind.INDENT && t.kind != Token.Kind.DEDENT) {
            last = t;
        }
        return t;
    }

    private boolean isOp(String s) {
        return peek().isOp(s);
    }

    private boolean acceptOp(String s) {
        if (peek().isOp(s)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean isKw(String s) {
        return peek().isName(s);
    }

    private boolean acceptKw(String s) {
        if (peek().isName(s)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expectOp(String s) {
        if (!isOp(s)) {
            throw invalidSyntax();
        }
        return advance();
    }

    private void expectKw(String s) {
        if (!isKw(s)) {
            throw invalidSyntax();
        }
        advance();
    }

    private boolean isKind(Token.Kind k) {
        return peek().kind == k;
    }

    private static boolean isIdentifier(Token t) {
        return t.kind == Token.Kind.NAME && !KEYWORDS.contains(t.text);
    }

    private String expectName() {
        Token t = peek();
        if (!isIdentifier(t)) {
            throw invalidSyntax();
        }
        advance();
        return t.text;
    }

    private Span spanFrom(Token start) {
        return new Span(start.line, start.col, last.endLine, last.endCol);
    }

    private Span spanFrom(Span start) {
        return new Span(start.line(), start.col(), last.endLine, last.endCol);
    }

    // ------------------------------------------------------------------ errors

    PySyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset) {
        if (lineShift != 0 || colShift != 0) {
            // report positions inside the f-string field's own text, as CPython does
            if (line == 1 + lineShift) {
                offset -= colShift;
            }
            if (endLine == 1 + lineShift) {
                endOffset -= colShift;
            }
            line -= lineShift;
            endLine -= lineShift;
        }
        String text = line == 0 ? "" : tz.lineText(line);
        if (endLine > line && text != null && text.endsWith("\n")) {
            // CPython quotes only the first line of a multi-line error, without its newline
            text = text.substring(0, text.length() - 1);
        }
        return new PySyntaxError(type, msg, filename, line, offset, text, endLine, endOffset);
    }

    /** An error at the last token the parser looked at, as CPython's RAISE_SYNTAX_ERROR. */
    private PySyntaxError syntaxError(String msg) {
        return syntaxErrorAt("SyntaxError", msg, toks.get(Math.min(maxPeek, toks.size() - 1)));
    }

    /** CPython's location for an error at token {@code t}; end-of-input tokens point past the last line. */
    private PySyntaxError syntaxErrorAt(String type, String msg, Token t) {
        if (t.kind == Token.Kind.DEDENT && t.col >= 0) {
            // CPython's dedent tokens carry no column; it reports where the tokenizer stands
            return error(type, msg, t.line, t.col, t.line, -1);
        }
        if (t.col < 0) {
            String text = tz.lineText(t.line);
            int len = text == null ? 0 : text.length() - (text.endsWith("\n") ? 1 : 0);
            return error(type, msg, t.line, len + 1, t.line, -1);
        }
        return error(type, msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    private PySyntaxError invalidSyntax() {
        Token t = toks.get(Math.min(maxPeek, toks.size() - 1));
        if (t.kind == Token.Kind.INDENT) {
            return error("IndentationError", "unexpected indent", t.line, t.col, t.line, -1);
        }
        if (t.kind == Token.Kind.DEDENT && t.col >= 0) {
            return error("IndentationError", "unexpected unindent", t.line, t.col, t.line, -1);
        }
        return error("SyntaxError", "invalid syntax", t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    private PySyntaxError errorAt(String msg, Span s) {
        return error("SyntaxError", msg, s.line(), s.col() + 1, s.endLine(), s.endCol() + 1);
    }

    private PySyntaxError errorAt(String msg, Token t) {
        return error("SyntaxError", msg, t.line, t.col + 1, t.endLine, t.endCol + 1);
    }

    private PySyntaxError errorRange(String msg, Span a, Span b) {
        return error("SyntaxError", msg, a.line(), a.col() + 1, b.endLine(), b.endCol() + 1);
    }

    private void defer(PySyntaxError e, boolean symtable) {
        // CPython's compiler does not quote source text for code compiled from a string
        e = new PySyntaxError(e.pythonType, e.msg, e.filename, e.lineno, e.offset, null, e.endLineno, e.endOffset);
        if (deferred == null || symtable && !deferredIsSymtable) {
            deferred = e;
            deferredIsSymtable = symtable;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw tooComplex(filename);
        }
    }

    private void exit() {
        depth--;
    }

    // ------------------------------------------------------------------ top level

    private Mod fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!isKind(Token.Kind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body);
    }

    private Mod evalInput() {
        Token start = peek();
        if (start.kind == Token.Kind.INDENT) {
            throw invalidSyntax();
        }
        Expr e = expressions();
        while (isKind(Token.Kind.NEWLINE)) {
            advance();
        }
        if (!isKind(Token.Kind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Mod.Expression(e);
    }

    private Mod singleInput() {
        List<Stmt> body = new ArrayList<>();
        if (isKind(Token.Kind.ENDMARKER)) {
            return new Mod.Interactive(body);
        }
        int before = p;
        statement(body);
        Token lastTok = toks.get(p - 1);
        boolean compound = p - before > 0 && (lastTok.kind == Token.Kind.DEDENT || toks.get(before).isOp("@")
                || body.get(0) instanceof Stmt.FunctionDef || body.get(0) instanceof Stmt.ClassDef
                || body.get(0) instanceof Stmt.If || body.get(0) instanceof Stmt.For
                || body.get(0) instanceof Stmt.While || body.get(0) instanceof Stmt.With
                || body.get(0) instanceof Stmt.Try || body.get(0) instanceof Stmt.Match);
        while (isKind(Token.Kind.NEWLINE)) {
            advance();
        }
        if (!isKind(Token.Kind.ENDMARKER)) {
            if (compound || lastTok.kind != Token.Kind.NEWLINE) {
                throw invalidSyntax();
            }
            throw error("SyntaxError", "multiple statements found while compiling a single statement",
                    lastTok.line, lastTok.col + 1, lastTok.endLine, lastTok.endCol + 1);
        }
        return new Mod.Interactive(body);
    }

    /** expressions: expression (',' expression)* [','] — no starred items (eval input). */
    private Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!isOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind == Token.Kind.INDENT || t.kind == Token.Kind.DEDENT) {
            throw invalidSyntax();
        }
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "def":
                    out.add(funcDef(List.of(), null));
                    return;
                case "if":
                    out.add(ifStmt());
                    return;
                case "class":
                    out.add(classDef(List.of()));
                    return;
                case "with":
                    out.add(withStmt(null));
                    return;
                case "for":
                    out.add(forStmt(null));
                    return;
                case "try":
                    out.add(tryStmt());
                    return;
                case "while":
                    out.add(whileStmt());
                    return;
                case "async": {
                    Token n = peek(1);
                    advance();
                    if (n.isName("def")) {
                        out.add(funcDef(List.of(), t));
                    } else if (n.isName("with")) {
                        out.add(withStmt(t));
                    } else if (n.isName("for")) {
                        out.add(forStmt(t));
                    } else {
                        throw invalidSyntax();
                    }
                    return;
                }
                case "match": {
                    Stmt m = tryMatchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (isKind(Token.Kind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!isKind(Token.Kind.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
    }

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "pass":
                    advance();
                    return new Stmt.Pass(spanFrom(t));
                case "break":
                    advance();
                    return new Stmt.Break(spanFrom(t));
                case "continue":
                    advance();
                    return new Stmt.Continue(spanFrom(t));
                case "return": {
                    advance();
                    Expr v = startsExpression(peek()) || isOp("*") ? starExpressions() : null;
                    return new Stmt.Return(v, spanFrom(t));
                }
                case "raise": {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression(peek())) {
                        exc = expression();
                        if (acceptKw("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, spanFrom(t));
                }
                case "global":
                case "nonlocal": {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(expectName());
                    while (acceptOp(",")) {
                        names.add(expectName());
                    }
                    return t.text.equals("global") ? new Stmt.Global(names, spanFrom(t))
                            : new Stmt.Nonlocal(names, spanFrom(t));
                }
                case "del":
                    return delStmt();
                case "assert": {
                    advance();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, spanFrom(t));
                }
                case "import":
                    return importStmt();
                case "from":
                    return fromImport();
                default:
                    break;
            }
        }
        return exprOrAssign();
    }

    private Stmt delStmt() {
        Token start = advance();
        int startP = p;
        Token saveLast = last;
        List<Expr> targets = new ArrayList<>();
        try {
            while (true) {
                targets.add(primary());
                if (!acceptOp(",")) {
                    break;
                }
                if (isOp(";") || isKind(Token.Kind.NEWLINE)) {
                    break;
                }
            }
            if (!isOp(";") && !isKind(Token.Kind.NEWLINE)) {
                throw invalidSyntax();
            }
        } catch (PySyntaxError e) {
            if (!isGeneric(e)) {
                throw e;
            }
            throw diagnoseTargets(startP, saveLast, TargetKind.DEL, e);
        }
        List<Expr> conv = new ArrayList<>();
        for (Expr e : targets) {
            Expr bad = invalidTarget(e, TargetKind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + exprName(bad), bad.span());
            }
            conv.add(withCtx(e, Ctx.DEL));
        }
        return new Stmt.Delete(conv, spanFrom(start));
    }

    private Stmt importStmt() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token nt = peek();
            String name = dottedName();
            String as = null;
            if (acceptKw("as")) {
                as = expectName();
            }
            names.add(new Alias(name, as, spanFrom(nt)));
        } while (acceptOp(","));
        return new Stmt.Import(names, spanFrom(start));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (isOp(".")) {
            advance();
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token start = advance();
        int level = 0;
        while (isOp(".") || isOp("...")) {
            level += advance().text.length();
        }
        String module = null;
        if (!isKw("import")) {
            module = dottedName();
        } else if (level == 0) {
            throw invalidSyntax();
        }
        expectKw("import");
        List<Alias> names = new ArrayList<>();
        if (isOp("*")) {
            Token st = advance();
            names.add(new Alias("*", null, spanFrom(st)));
        } else if (acceptOp("(")) {
            parenDepth++;
            importAliases(names, true);
            expectOp(")");
            parenDepth--;
        } else {
            importAliases(names, false);
        }
        return new Stmt.ImportFrom(module, names, level, spanFrom(start));
    }

    private void importAliases(List<Alias> names, boolean parenthesized) {
        while (true) {
            Token nt = peek();
            String name = expectName();
            String as = null;
            if (acceptKw("as")) {
                as = expectName();
            }
            names.add(new Alias(name, as, spanFrom(nt)));
            if (!acceptOp(",")) {
                return;
            }
            if (parenthesized && isOp(")")) {
                return;
            }
            if (!parenthesized && isKind(Token.Kind.NEWLINE)) {
                throw syntaxError("trailing comma not allowed without surrounding parentheses");
            }
        }
    }

    private static final String[] AUG_OPS = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=",
        "**=", "//="};
    private static final Operator[] AUG_KINDS = {Operator.ADD, Operator.SUB, Operator.MULT, Operator.MATMULT,
        Operator.DIV, Operator.MOD, Operator.BITAND, Operator.BITOR, Operator.BITXOR, Operator.LSHIFT,
        Operator.RSHIFT, Operator.POW, Operator.FLOORDIV};

    private Operator augOp(Token t) {
        if (t.kind != Token.Kind.OP) {
            return null;
        }
        for (int i = 0; i < AUG_OPS.length; i++) {
            if (AUG_OPS[i].equals(t.text)) {
                return AUG_KINDS[i];
            }
        }
        return null;
    }

    private Stmt exprOrAssign() {
        Token start = peek();
        Expr first = isKw("yield") ? yieldExpr() : starExpressions();
        Token n = peek();
        if (n.isOp(":=") && !(first instanceof Expr.Name)) {
            throw errorAt("cannot use assignment expressions with " + exprName(first), first.span());
        }
        if (n.isOp("=")) {
            List<Expr> chain = new ArrayList<>();
            List<Boolean> bareYield = new ArrayList<>();
            chain.add(first);
            bareYield.add(start.isName("yield"));
            while (acceptOp("=")) {
                bareYield.add(isKw("yield"));
                try {
                    chain.add(isKw("yield") ? yieldExpr() : starExpressions());
                } catch (PySyntaxError e) {
                    if (!isGeneric(e)) {
                        throw e;
                    }
                    // CPython still names a bad target when what follows '=' does not parse
                    for (int i = 0; i < chain.size(); i++) {
                        Expr bad = bareYield.get(i) ? null : invalidTarget(chain.get(i), TargetKind.STAR);
                        if (bad != null) {
                            throw errorAt("cannot assign to " + exprName(bad), bad.span());
                        }
                    }
                    throw e;
                }
            }
            Expr value = chain.remove(chain.size() - 1);
            checkStarredValue(value);
            List<Expr> targets = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                Expr tgt = chain.get(i);
                if (bareYield.get(i)) {
                    throw errorAt("assignment to yield expression not possible", tgt.span());
                }
                Expr bad = invalidTarget(tgt, TargetKind.STAR);
                if (bad != null) {
                    if (i == 0 && bad == tgt && chain.size() == 1 && hereEligible(tgt, start) && rhsEligible(value)) {
                        throw errorAt("cannot assign to " + exprName(bad)
                                + " here. Maybe you meant '==' instead of '='?", bad.span());
                    }
                    throw errorAt("cannot assign to " + exprName(bad), bad.span());
                }
                checkStarredAssign(tgt);
                targets.add(withCtx(tgt, Ctx.STORE));
            }
            return new Stmt.Assign(targets, value, spanFrom(start));
        }
        if (n.isOp(":")) {
            boolean target = first instanceof Expr.Name || first instanceof Expr.Attribute
                    || first instanceof Expr.Subscript;
            if (!target) {
                // CPython only diagnoses the target when an annotation expression follows
                int firstPass = maxPeek;
                int save = p;
                Token saveLast = last;
                advance();
                try {
                    expression();
                } catch (PySyntaxError e) {
                    if (!isGeneric(e)) {
                        throw e;
                    }
                    p = save;
                    last = saveLast;
                    maxPeek = firstPass;
                    throw invalidSyntax();
                }
                p = save;
                last = saveLast;
            }
            if (first instanceof Expr.Tuple tu && !start.isOp("(")) {
                throw errorAt("only single target (not tuple) can be annotated", tu.elts().get(0).span());
            }
            if (first instanceof Expr.Tuple || first instanceof Expr.ListExpr) {
                throw errorAt("only single target (not " + (first instanceof Expr.Tuple ? "tuple" : "list")
                        + ") can be annotated", first.span());
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt("illegal target for annotation", first.span());
            }
            advance();
            Expr ann = expression();
            Expr value = null;
            if (acceptOp("=")) {
                value = isKw("yield") ? yieldExpr() : starExpressions();
            }
            boolean simple = first instanceof Expr.Name && !start.isOp("(");
            return new Stmt.AnnAssign(withCtx(first, Ctx.STORE), ann, value, simple, spanFrom(start));
        }
        Operator aug = augOp(n);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt("'" + exprName(first) + "' is an illegal expression for augmented assignment",
                        first.span());
            }
            advance();
            Expr value = isKw("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(withCtx(first, Ctx.STORE), aug, value, spanFrom(start));
        }
        if (first instanceof Expr.Starred st && !(n.kind == Token.Kind.NEWLINE || n.isOp(";"))) {
            throw invalidSyntax();
        }
        if (first instanceof Expr.Name nm && (nm.id().equals("print") || nm.id().equals("exec"))
                && startsExpression(n) && !n.isOp("(")) {
            int save = p;
            int firstPass = maxPeek;
            try {
                starExpressions();
                throw errorRange("Missing parentheses in call to '" + nm.id() + "'. Did you mean " + nm.id()
                        + "(...)?", first.span(), last == null ? first.span() : spanFrom(start));
            } catch (PySyntaxError e) {
                if (e.msg.startsWith("Missing parentheses")) {
                    throw e;
                }
                p = save;
                maxPeek = firstPass;
            }
        }
        checkStarredValue(first);
        return new Stmt.ExprStmt(first, spanFrom(start));
    }

    private void checkStarredValue(Expr value) {
        if (value instanceof Expr.Starred) {
            defer(errorAt("can't use starred expression here", value.span()), false);
        }
    }

    /** Whether an invalid first target qualifies for CPython's "... here. Maybe you meant '=='" message. */
    private static boolean hereEligible(Expr e, Token start) {
        if (e instanceof Expr.ListExpr || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp) {
            return false;
        }
        if (e instanceof Expr.Constant c && (c.value() == Expr.Constant.NONE || c.value() instanceof Boolean)) {
            return false;
        }
        return isBitwiseLevel(e);
    }

    private static boolean rhsEligible(Expr value) {
        if (value instanceof Expr.Tuple t && !t.elts().isEmpty() && t.span().col() == t.elts().get(0).span().col()
                && t.span().line() == t.elts().get(0).span().line()) {
            return isBitwiseLevel(t.elts().get(0));
        }
        return isBitwiseLevel(value);
    }

    /** True for expressions that CPython's bitwise_or rule can produce (no comparisons, not, and/or, ...). */
    private static boolean isBitwiseLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred || e instanceof Expr.Yield
                || e instanceof Expr.YieldFrom
                || e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.NOT);
    }

    private void checkStarredAssign(Expr tgt) {
        if (tgt instanceof Expr.Starred) {
            defer(errorAt("starred assignment target must be in a list or tuple", tgt.span()), false);
            return;
        }
        checkStarredSeq(tgt);
    }

    private void checkStarredSeq(Expr tgt) {
        List<Expr> elts = tgt instanceof Expr.Tuple t ? t.elts() : tgt instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) {
            return;
        }
        int stars = 0;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                stars++;
                checkStarredSeq(s.value());
            } else {
                checkStarredSeq(e);
            }
        }
        if (stars > 1) {
            defer(errorAt("multiple starred expressions in assignment", tgt.span()), false);
        }
    }

    private boolean isTokenizerError(PySyntaxError e) {
        return tz.errorToken != null && e == tz.errorToken.error;
    }

    /** A plain "invalid syntax" from the parser, which CPython's diagnostic pass may refine. */
    private boolean isGeneric(PySyntaxError e) {
        return e.msg.equals("invalid syntax") && !isTokenizerError(e);
    }

    /**
     * CPython's second look at a target list that did not parse: read the same tokens as
     * expressions and name the first one that cannot be a target; otherwise keep the first error.
     */
    private PySyntaxError diagnoseTargets(int startP, Token saveLast, TargetKind kind, PySyntaxError generic) {
        int firstPass = maxPeek;
        p = startP;
        last = saveLast;
        try {
            Expr all = starExpressions();
            Expr bad = invalidTarget(all, kind);
            if (bad != null) {
                return errorAt((kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ") + exprName(bad),
                        bad.span());
            }
        } catch (PySyntaxError e) {
            if (!isGeneric(e)) {
                return e;
            }
        }
        maxPeek = firstPass;
        return generic;
    }

    /** A star_target: '*'? followed by a name, attribute, subscript or bracketed target list. */
    private Expr targetElement() {
        if (isOp("*")) {
            Token st = advance();
            Expr v = primary();
            return new Expr.Starred(v, Ctx.LOAD, spanFrom(st));
        }
        return primary();
    }

    // ---- compound statements

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!isKind(Token.Kind.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        Token t = peek();
        if (t.isName("def")) {
            return funcDef(decorators, null);
        }
        if (t.isName("class")) {
            return classDef(decorators);
        }
        if (t.isName("async") && peek(1).isName("def")) {
            advance();
            return funcDef(decorators, t);
        }
        throw invalidSyntax();
    }

    /** A ':' CPython's grammar forces (&&':'): any other token is "expected ':'" right there. */
    private void expectColonForced() {
        if (isOp(":")) {
            advance();
            return;
        }
        throw errorAt("expected ':'", peek());
    }

    private void expectColon() {
        if (isOp(":")) {
            advance();
            return;
        }
        if (isKind(Token.Kind.NEWLINE)) {
            throw syntaxError("expected ':'");
        }
        throw invalidSyntax();
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts; {@code what} names the header for errors. */
    private List<Stmt> block(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (isKind(Token.Kind.NEWLINE)) {
            advance();
            if (!isKind(Token.Kind.INDENT)) {
                throw syntaxErrorAt("IndentationError", "expected an indented block after " + what + " on line "
                        + headerLine, peek());
            }
            advance();
            while (!isKind(Token.Kind.DEDENT) && !isKind(Token.Kind.ENDMARKER)) {
                statement(body);
            }
            if (isKind(Token.Kind.DEDENT)) {
                advance();
            }
            return body;
        }
        simpleStmts(body);
        return body;
    }

    /** The span of a compound statement: to the last token of its last block (a trailing ';' included). */
    private Span lastStmtEnd(Token start, List<Stmt> body) {
        return spanFrom(start);
    }

    private Stmt funcDef(List<Expr> decorators, Token asyncTok) {
        Token defTok = advance();
        Token start = asyncTok != null ? asyncTok : defTok;
        String name = expectName();
        if (!isOp("(")) {
            throw errorAt("expected '('", peek());
        }
        advance();
        parenDepth++;
        Arguments args = isOp(")") ? Arguments.EMPTY : parameters(false);
        expectOp(")");
        parenDepth--;
        Expr returns = null;
        if (isOp("->")) {
            int save = p;
            Token saveLast = last;
            advance();
            if (startsExpression(peek())) {
                returns = expression();
            } else {
                p = save;
                last = saveLast;
            }
        }
        expectColonForced();
        List<Stmt> body = block("function definition", defTok.line);
        return new Stmt.FunctionDef(name, args, body, decorators, returns, asyncTok != null,
                lastStmtEnd(start, body));
    }

    private Stmt classDef(List<Expr> decorators) {
        Token start = advance();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (isOp("(")) {
            Token open = advance();
            parenDepth++;
            if (!isOp(")")) {
                callArguments(bases, keywords, open, false);
            }
            expectOp(")");
            parenDepth--;
        }
        expectColon();
        List<Stmt> body = block("class definition", start.line);
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, lastStmtEnd(start, body));
    }

    private Stmt ifStmt() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + start.text + "' statement", start.line);
        List<Stmt> orelse = new ArrayList<>();
        if (isKw("elif")) {
            enter();
            try {
                orelse.add(ifStmt());
            } finally {
                exit();
            }
        } else if (isKw("else")) {
            Token e = advance();
            expectColonForced();
            orelse = block("'else' statement", e.line);
        }
        List<Stmt> tail = orelse.isEmpty() ? body : orelse;
        return new Stmt.If(test, body, orelse, lastStmtEnd(start, tail));
    }

    private Stmt whileStmt() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", start.line);
        List<Stmt> orelse = List.of();
        if (isKw("else")) {
            Token e = advance();
            expectColonForced();
            orelse = block("'else' statement", e.line);
        }
        return new Stmt.While(test, body, orelse, lastStmtEnd(start, orelse.isEmpty() ? body : orelse));
    }

    private Stmt forStmt(Token asyncTok) {
        Token forTok = advance();
        Token start = asyncTok != null ? asyncTok : forTok;
        Expr target = starTargets();
        expectKw("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", forTok.line);
        List<Stmt> orelse = List.of();
        if (isKw("else")) {
            Token e = advance();
            expectColonForced();
            orelse = block("'else' statement", e.line);
        }
        return new Stmt.For(target, iter, body, orelse, asyncTok != null,
                lastStmtEnd(start, orelse.isEmpty() ? body : orelse));
    }

    /** star_targets of a for loop or comprehension: parsed below comparisons so 'in' is not consumed. */
    private Expr starTargets() {
        int startP = p;
        Token saveLast = last;
        Expr result;
        try {
            Token start = peek();
            Expr first = targetElement();
            result = first;
            if (isOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (isKw("in")) {
                        break;
                    }
                    elts.add(targetElement());
                }
                result = new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
            }
            if (!isKw("in")) {
                throw invalidSyntax();
            }
        } catch (PySyntaxError e) {
            if (!isGeneric(e)) {
                throw e;
            }
            throw diagnoseTargets(startP, saveLast, TargetKind.FOR, e);
        }
        Expr bad = invalidTarget(result, TargetKind.FOR);
        if (bad != null) {
            throw errorAt("cannot assign to " + exprName(bad), bad.span());
        }
        checkStarredAssign(result);
        return withCtx(result, Ctx.STORE);
    }

    private Stmt withStmt(Token asyncTok) {
        Token withTok = advance();
        Token start = asyncTok != null ? asyncTok : withTok;
        List<WithItem> items = null;
        if (isOp("(")) {
            int save = p;
            int savedDepth = parenDepth;
            Token saveLast = last;
            try {
                advance();
                parenDepth++;
                List<WithItem> list = new ArrayList<>();
                while (true) {
                    list.add(withItem());
                    if (!acceptOp(",")) {
                        break;
                    }
                    if (isOp(")")) {
                        break;
                    }
                }
                expectOp(")");
                parenDepth--;
                if (isKind(Token.Kind.NEWLINE)) {
                    throw syntaxError("expected ':'");
                }
                if (!isOp(":")) {
                    throw invalidSyntax();
                }
                items = list;
            } catch (PySyntaxError e) {
                if (tz.errorToken != null && e == tz.errorToken.error || e.msg.startsWith("cannot assign to")
                        || e.msg.equals("expected ':'")) {
                    throw e;
                }
                p = save;
                parenDepth = savedDepth;
                last = saveLast;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", withTok.line);
        return new Stmt.With(items, body, asyncTok != null, lastStmtEnd(start, body));
    }

    private WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            int startP = p;
            Token saveLast = last;
            Expr t;
            try {
                t = targetElement();
                if (!(isOp(",") || isOp(")") || isOp(":") || isKind(Token.Kind.NEWLINE))) {
                    throw invalidSyntax();
                }
            } catch (PySyntaxError e) {
                if (!isGeneric(e)) {
                    throw e;
                }
                // CPython's invalid_with_item: an expression target followed by ',', ')' or ':'
                int firstPass = maxPeek;
                p = startP;
                last = saveLast;
                try {
                    Expr x = expression();
                    Expr bad = isOp(",") || isOp(")") || isOp(":") ? invalidTarget(x, TargetKind.STAR) : null;
                    if (bad != null) {
                        throw errorAt("cannot assign to " + exprName(bad), bad.span());
                    }
                } catch (PySyntaxError e2) {
                    if (!isGeneric(e2)) {
                        throw e2;
                    }
                }
                maxPeek = firstPass;
                throw e;
            }
            Expr bad = invalidTarget(t, TargetKind.STAR);
            if (bad != null) {
                throw errorAt("cannot assign to " + exprName(bad), bad.span());
            }
            checkStarredAssign(t);
            vars = withCtx(t, Ctx.STORE);
        }
        return new WithItem(ctx, vars);
    }

    private Stmt tryStmt() {
        Token start = advance();
        expectColonForced();
        List<Stmt> body = block("'try' statement", start.line);
        List<ExceptHandler> handlers = new ArrayList<>();
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        Boolean star = null;
        while (isKw("except")) {
            Token ex = advance();
            boolean isStar = false;
            if (isOp("*")) {
                advance();
                isStar = true;
            }
            if (star != null && star != isStar) {
                throw error("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", ex.line,
                        ex.col + 1, last.endLine, last.endCol + 1);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!isOp(":")) {
                if (isKind(Token.Kind.NEWLINE)) {
                    throw syntaxError("expected ':'");
                }
                type = expression();
                if (isOp(",")) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (acceptOp(",")) {
                        if (isOp(":") || isKw("as")) {
                            break;
                        }
                        elts.add(expression());
                    }
                    if (isKw("as") || isOp(":")) {
                        throw errorRange("multiple exception types must be parenthesized", type.span(),
                                elts.get(elts.size() - 1).span());
                    }
                    throw invalidSyntax();
                }
                if (acceptKw("as")) {
                    name = expectName();
                }
            } else if (isStar) {
                throw syntaxError("expected one or more exception types");
            }
            expectColon();
            List<Stmt> hb = block(isStar ? "'except*' statement" : "'except' statement", ex.line);
            Span hs = lastStmtEnd(ex, hb);
            handlers.add(new ExceptHandler(type, name, hb, hs));
        }
        if (isKw("else")) {
            if (handlers.isEmpty()) {
                throw syntaxError("expected 'except' or 'finally' block");
            }
            Token e = advance();
            expectColonForced();
            orelse = block("'else' statement", e.line);
        }
        if (isKw("finally")) {
            Token f = advance();
            expectColonForced();
            finalbody = block("'finally' statement", f.line);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw syntaxError("expected 'except' or 'finally' block");
        }
        List<Stmt> tail = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse : null;
        Span span;
        if (tail != null) {
            span = lastStmtEnd(start, tail);
        } else {
            Span hs = handlers.get(handlers.size() - 1).span();
            span = new Span(start.line, start.col, hs.endLine(), hs.endCol());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, star != null && star, span);
    }

    // ---- match

    private Stmt tryMatchStmt() {
        int save = p;
        Token saveLast = last;
        Token start = peek();
        Expr subject;
        try {
            advance();
            if (!startsExpression(peek()) && !isOp("*")) {
                throw invalidSyntax();
            }
            subject = matchSubject();
            // only "match <subject>:" NEWLINE commits; "match[x]: int = 1" is an annotated assignment
            if (!isOp(":") || peek(1).kind != Token.Kind.NEWLINE) {
                if (isKind(Token.Kind.NEWLINE) && secondPassError == null) {
                    secondPassError = syntaxError("expected ':'");
                }
                throw invalidSyntax();
            }
        } catch (PySyntaxError e) {
            if (tz.errorToken != null && e == tz.errorToken.error) {
                throw e;
            }
            p = save;
            last = saveLast;
            return null;
        }
        advance();
        if (!isKind(Token.Kind.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
        if (!isKind(Token.Kind.INDENT)) {
            throw syntaxErrorAt("IndentationError", "expected an indented block after 'match' statement on line "
                    + start.line, peek());
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (!isKind(Token.Kind.DEDENT) && !isKind(Token.Kind.ENDMARKER)) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw invalidSyntax();
        }
        advance();
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(subject, cases, lastStmtEnd(start, lastBody));
    }

    private Expr matchSubject() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!isOp(",")) {
            if (first instanceof Expr.Starred) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (isOp(":")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
    }

    private MatchCase caseBlock() {
        Token c = peek();
        if (!c.isName("case")) {
            throw invalidSyntax();
        }
        advance();
        Pattern pat = patterns();
        Expr guard = null;
        if (acceptKw("if")) {
            guard = namedExpression();
        }
        expectColon();
        List<Stmt> body = block("'case' statement", c.line);
        return new MatchCase(pat, guard, body);
    }

    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!isOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Pattern> ps = new ArrayList<>();
        ps.add(first);
        while (acceptOp(",")) {
            if (isOp(":") || isKw("if")) {
                break;
            }
            ps.add(maybeStarPattern());
        }
        return checkStars(new Pattern.MatchSequence(ps, spanFrom(start)));
    }

    /** The compiler's rule that a sequence pattern has at most one starred name. */
    private Pattern checkStars(Pattern.MatchSequence seq) {
        int stars = 0;
        for (Pattern x : seq.patterns()) {
            if (x instanceof Pattern.MatchStar) {
                stars++;
            }
        }
        if (stars > 1) {
            defer(errorAt("multiple starred names in sequence pattern", seq.span()), false);
        }
        return seq;
    }

    private Pattern maybeStarPattern() {
        if (isOp("*")) {
            Token st = advance();
            Token n = peek();
            if (!isIdentifier(n)) {
                throw invalidSyntax();
            }
            advance();
            return new Pattern.MatchStar(n.text.equals("_") ? null : n.text, spanFrom(st));
        }
        return pattern();
    }

    private Pattern pattern() {
        enter();
        try {
            Token start = peek();
            Pattern or = orPattern();
            if (acceptKw("as")) {
                Token n = peek();
                if (n.isName("_")) {
                    throw errorAt("cannot use '_' as a target", n);
                }
                if (!isIdentifier(n)) {
                    if (startsExpression(n)) {
                        Expr e = expression();
                        throw errorAt("invalid pattern target", e.span());
                    }
                    throw invalidSyntax();
                }
                advance();
                return new Pattern.MatchAs(or, n.text, spanFrom(start));
            }
            return or;
        } finally {
            exit();
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!isOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(alts, spanFrom(start));
    }

    private Pattern closedPattern() {
        Token t = peek();
        Token start = t;
        if (t.kind == Token.Kind.NUMBER || t.isOp("-")) {
            Expr v = signedNumberPattern();
            return new Pattern.MatchValue(v, v.span());
        }
        if (t.kind == Token.Kind.STRING) {
            Expr s = strings();
            if (s instanceof Expr.JoinedStr) {
                defer(errorAt("patterns may only match literals and attribute lookups", s.span()), false);
            }
            return new Pattern.MatchValue(s, s.span());
        }
        if (t.isName("None")) {
            advance();
            return new Pattern.MatchSingleton(Expr.Constant.NONE, spanFrom(t));
        }
        if (t.isName("True") || t.isName("False")) {
            advance();
            return new Pattern.MatchSingleton(t.text.equals("True"), spanFrom(t));
        }
        if (isIdentifier(t)) {
            advance();
            Expr name = new Expr.Name(t.text, Ctx.LOAD, spanFrom(t));
            boolean dotted = false;
            while (isOp(".")) {
                advance();
                String attr = expectName();
                name = new Expr.Attribute(name, attr, Ctx.LOAD, spanFrom(start));
                dotted = true;
            }
            if (isOp("(")) {
                return classPattern(name, start);
            }
            if (dotted) {
                return new Pattern.MatchValue(name, name.span());
            }
            if (t.text.equals("_")) {
                return new Pattern.MatchAs(null, null, name.span());
            }
            return new Pattern.MatchAs(null, t.text, name.span());
        }
        if (t.isOp("(")) {
            advance();
            parenDepth++;
            if (acceptOp(")")) {
                parenDepth--;
                return new Pattern.MatchSequence(List.of(), spanFrom(start));
            }
            Pattern first = maybeStarPattern();
            if (isOp(",")) {
                List<Pattern> ps = new ArrayList<>();
                ps.add(first);
                while (acceptOp(",")) {
                    if (isOp(")")) {
                        break;
                    }
                    ps.add(maybeStarPattern());
                }
                expectOp(")");
                parenDepth--;
                return checkStars(new Pattern.MatchSequence(ps, spanFrom(start)));
            }
            if (first instanceof Pattern.MatchStar) {
                throw invalidSyntax();
            }
            expectOp(")");
            parenDepth--;
            return first;
        }
        if (t.isOp("[")) {
            advance();
            parenDepth++;
            List<Pattern> ps = new ArrayList<>();
            while (!isOp("]")) {
                ps.add(maybeStarPattern());
                if (!acceptOp(",")) {
                    break;
                }
            }
            expectOp("]");
            parenDepth--;
            return checkStars(new Pattern.MatchSequence(ps, spanFrom(start)));
        }
        if (t.isOp("{")) {
            return mappingPattern();
        }
        throw invalidSyntax();
    }

    private Expr signedNumberPattern() {
        Token start = peek();
        Expr left;
        if (isOp("-")) {
            advance();
            Token n = peek();
            if (n.kind != Token.Kind.NUMBER) {
                throw invalidSyntax();
            }
            Expr num = number(advance());
            left = new Expr.UnaryOp(UnaryOpKind.USUB, num, spanFrom(start));
        } else {
            left = number(advance());
        }
        if (isOp("+") || isOp("-")) {
            Token op = advance();
            Token n = peek();
            if (n.kind != Token.Kind.NUMBER) {
                throw invalidSyntax();
            }
            Expr right = number(advance());
            Expr realPart = left instanceof Expr.UnaryOp u ? u.operand() : left;
            if (realPart instanceof Expr.Constant c && c.value() instanceof Expr.Imaginary) {
                throw errorAt("real number required in complex literal", left.span());
            }
            if (!(right instanceof Expr.Constant rc && rc.value() instanceof Expr.Imaginary)) {
                throw errorAt("imaginary number required in complex literal", right.span());
            }
            return new Expr.BinOp(left, op.text.equals("+") ? Operator.ADD : Operator.SUB, right, spanFrom(start));
        }
        return left;
    }

    private Pattern classPattern(Expr cls, Token start) {
        advance();
        parenDepth++;
        List<Pattern> pats = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPats = new ArrayList<>();
        while (!isOp(")")) {
            Token t = peek();
            if (isIdentifier(t) && peek(1).isOp("=")) {
                advance();
                advance();
                Pattern kp = pattern();
                if (kwdAttrs.contains(t.text)) {
                    defer(errorAt("attribute name repeated in class pattern: " + t.text, kp.span()), false);
                }
                kwdAttrs.add(t.text);
                kwdPats.add(kp);
            } else {
                Pattern pt = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt("positional patterns follow keyword patterns", pt.span());
                }
                pats.add(pt);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        parenDepth--;
        return new Pattern.MatchClass(cls, pats, kwdAttrs, kwdPats, spanFrom(start));
    }

    private Pattern mappingPattern() {
        Token start = advance();
        parenDepth++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> pats = new ArrayList<>();
        String rest = null;
        while (!isOp("}")) {
            if (isOp("**")) {
                advance();
                Token n = peek();
                if (!isIdentifier(n) || n.text.equals("_")) {
                    throw invalidSyntax();
                }
                advance();
                rest = n.text;
                acceptOp(",");
                break;
            }
            keys.add(mappingKey());
            expectOp(":");
            pats.add(pattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        parenDepth--;
        Pattern.MatchMapping mm = new Pattern.MatchMapping(keys, pats, rest, spanFrom(start));
        java.util.Set<String> seenKeys = new java.util.HashSet<>();
        for (Expr k : keys) {
            if (k instanceof Expr.Constant c) {
                String repr = AstDump.constantRepr(c.value());
                if (!seenKeys.add(repr)) {
                    defer(errorAt("mapping pattern checks duplicate key (" + repr + ")", mm.span()), false);
                }
            }
        }
        return mm;
    }

    private Expr mappingKey() {
        Token t = peek();
        if (t.kind == Token.Kind.NUMBER || t.isOp("-")) {
            return signedNumberPattern();
        }
        if (t.kind == Token.Kind.STRING) {
            Expr s = strings();
            if (s instanceof Expr.JoinedStr) {
                defer(errorAt("patterns may only match literals and attribute lookups", s.span()), false);
            }
            return s;
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            return atom();
        }
        if (isIdentifier(t)) {
            advance();
            Expr name = new Expr.Name(t.text, Ctx.LOAD, spanFrom(t));
            if (!isOp(".")) {
                throw invalidSyntax();
            }
            while (acceptOp(".")) {
                name = new Expr.Attribute(name, expectName(), Ctx.LOAD, spanFrom(t));
            }
            return name;
        }
        throw invalidSyntax();
    }

    // ------------------------------------------------------------------ parameters

    /** Parses a def (lambda=false, closer ')') or lambda (closer ':') parameter list. */
    private Arguments parameters(boolean lambda) {
        String closer = lambda ? ":" : ")";
        List<Arguments.Arg> posonly = new ArrayList<>();
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        Set<String> seen = new HashSet<>();
        while (!isOp(closer)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt("arguments cannot follow var-keyword argument", t);
            }
            if (t.isOp("/")) {
                if (slash) {
                    throw errorAt("/ may appear only once", t);
                }
                if (star) {
                    throw errorAt("/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    int peeked = maxPeek;
                    if (!peek(1).isOp(",")) {
                        maxPeek = peeked;
                        throw invalidSyntax();
                    }
                    throw errorAt("at least one argument must precede /", t);
                }
                advance();
                if (isOp("*")) {
                    throw errorAt("expected comma between / and *", peek());
                }
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (star) {
                    throw errorAt("* argument may appear only once", t);
                }
                advance();
                star = true;
                if (isOp(",") || isOp(closer)) {
                    if (isOp(closer) || peek(1).isOp("**") || peek(1).isOp(closer)) {
                        throw lambda ? syntaxError("named arguments must follow bare *")
                                : errorAt("named arguments must follow bare *", t);
                    }
                } else {
                    vararg = param(lambda, true, seen);
                    if (isOp("=")) {
                        throw errorAt("var-positional argument cannot have default value", peek());
                    }
                }
            } else if (t.isOp("**")) {
                advance();
                kwarg = param(lambda, false, seen);
                if (isOp("=")) {
                    throw errorAt("var-keyword argument cannot have default value", peek());
                }
            } else {
                Arguments.Arg a = param(lambda, false, seen);
                Expr def = null;
                if (isOp("=")) {
                    Token eq = advance();
                    if (isOp(",") || isOp(closer)) {
                        throw errorAt("expected default value expression", eq);
                    }
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("non-default argument follows default argument", a.span());
                    }
                    args.add(a);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (!isOp(closer)) {
            throw invalidSyntax();
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arguments.Arg param(boolean lambda, boolean starAnnotation, Set<String> seen) {
        Token n = peek();
        if (n.isOp("(")) {
            // the error covers the whole parenthesized group
            int d = 0;
            Token close = n;
            for (int i = p; i < toks.size() && toks.get(i).kind != Token.Kind.ERRORTOKEN; i++) {
                Token t = toks.get(i);
                if (t.isOp("(")) {
                    d++;
                } else if (t.isOp(")") && --d == 0) {
                    close = t;
                    break;
                }
            }
            throw error("SyntaxError", lambda ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized", n.line, n.col + 1, close.endLine,
                    close.endCol + 1);
        }
        if (!isIdentifier(n)) {
            throw invalidSyntax();
        }
        advance();
        if (!seen.add(n.text)) {
            defer(errorAt("duplicate argument '" + n.text + "' in function definition", n), true);
        }
        Expr ann = null;
        if (!lambda && acceptOp(":")) {
            if (starAnnotation && isOp("*")) {
                Token st = advance();
                Expr v = bitwiseOr();
                ann = new Expr.Starred(v, Ctx.LOAD, spanFrom(st));
            } else {
                ann = expression();
            }
        }
        return new Arguments.Arg(n.text, ann, spanFrom(n));
    }

    // ------------------------------------------------------------------ expressions

    /** Whether {@code t} can begin an expression (for optional-expression decisions). */
    static boolean startsExpression(Token t) {
        switch (t.kind) {
            case NAME:
                if (!KEYWORDS.contains(t.text)) {
                    return true;
                }
                switch (t.text) {
                    case "None": case "True": case "False": case "lambda": case "not": case "await":
                    case "yield":
                        return true;
                    default:
                        return false;
                }
            case NUMBER:
            case STRING:
                return true;
            case OP:
                switch (t.text) {
                    case "(": case "[": case "{": case "-": case "+": case "~": case "...":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    private Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!isOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek()) && !isOp("*") || isKw("yield")) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
    }

    private Expr starExpression() {
        if (isOp("*")) {
            Token st = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, Ctx.LOAD, spanFrom(st));
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (isOp("*")) {
            Token st = advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, Ctx.LOAD, spanFrom(st));
        }
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression, with CPython's '=' typo diagnostics. */
    private Expr namedExpression() {
        Token start = peek();
        if (isIdentifier(start) && peek(1).isOp(":=")) {
            advance();
            Expr target = new Expr.Name(start.text, Ctx.STORE, spanFrom(start));
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(target, value, spanFrom(start));
        }
        Expr e = expression();
        if (isOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + exprName(e), e.span());
        }
        if (isOp("=")) {
            checkEqualsTypo(e);
        }
        return e;
    }

    /** a '=' b where '==' or ':=' was meant, as CPython's invalid_named_expression. */
    private void checkEqualsTypo(Expr e) {
        if (!isBitwiseLevel(e)) {
            return;
        }
        int save = p;
        Token saveLast = last;
        int firstPass = maxPeek;
        advance();
        Expr rhs;
        boolean followed;
        try {
            if (!startsExpression(peek()) || isKw("yield") || isKw("lambda") || isKw("not")) {
                p = save;
                last = saveLast;
                maxPeek = firstPass;
                return;
            }
            rhs = bitwiseOr();
            followed = isOp("=") || isOp(":=");
        } catch (PySyntaxError ex) {
            p = save;
            last = saveLast;
            maxPeek = firstPass;
            return;
        }
        p = save;
        last = saveLast;
        if (followed) {
            maxPeek = firstPass;
            return;
        }
        if (e instanceof Expr.Name) {
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span(), rhs.span());
        }
        if (e instanceof Expr.ListExpr || e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Constant c && (c.value() == Expr.Constant.NONE || c.value() instanceof Boolean)) {
            return;
        }
        throw errorAt("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e.span());
    }

    private Expr expression() {
        enter();
        try {
            Token start = peek();
            if (start.isName("lambda")) {
                return lambdef();
            }
            Expr body = disjunction();
            if (isKw("if")) {
                advance();
                Expr test = disjunction();
                if (!isKw("else")) {
                    if (!isOp(":")) {
                        throw errorRange("expected 'else' after 'if' expression", body.span(), test.span());
                    }
                    throw invalidSyntax();
                }
                advance();
                Expr orelse = expression();
                return new Expr.IfExp(test, body, orelse, spanFrom(start));
            }
            if (parenDepth > 0) {
                checkForgotComma(start, body);
            }
            return body;
        } finally {
            exit();
        }
    }

    /** Inside brackets, 'a b' where both parse as expressions is most likely a missing comma. */
    private void checkForgotComma(Token start, Expr a) {
        Token n = peek();
        if (!startsExpression(n) || n.isName("yield")) {
            return;
        }
        if (start.kind == Token.Kind.NAME && (start.text.equals("match") || start.text.equals("case")
                || start.text.equals("_"))) {
            return;
        }
        if (a instanceof Expr.Name && n.kind == Token.Kind.STRING) {
            return;
        }
        int save = p;
        Token saveLast = last;
        int savedDepth = depth;
        int firstPass = maxPeek;
        Expr b;
        try {
            b = expressionNoCommaCheck();
        } catch (PySyntaxError e) {
            if (isTokenizerError(e) && tz.eagerError || e.msg.equals(FORGOT_COMMA)) {
                throw e;
            }
            p = save;
            last = saveLast;
            depth = savedDepth;
            maxPeek = firstPass;
            return;
        }
        p = save;
        last = saveLast;
        throw errorRange(FORGOT_COMMA, a.span(), b.span());
    }

    private Expr expressionNoCommaCheck() {
        int saved = parenDepth;
        parenDepth = 0;
        try {
            return expression();
        } finally {
            parenDepth = saved;
        }
    }

    private Expr lambdef() {
        Token start = advance();
        Arguments args = isOp(":") ? Arguments.EMPTY : parameters(true);
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, spanFrom(start));
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!isKw("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOpKind.OR, values, spanFrom(start));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!isKw("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOpKind.AND, values, spanFrom(start));
    }

    private Expr inversion() {
        Token start = peek();
        if (start.isName("not")) {
            enter();
            try {
                advance();
                Expr operand = inversion();
                return new Expr.UnaryOp(UnaryOpKind.NOT, operand, spanFrom(start));
            } finally {
                exit();
            }
        }
        return comparison();
    }

    private CmpOp compOp() {
        Token t = peek();
        if (t.kind == Token.Kind.OP) {
            switch (t.text) {
                case "==": advance(); return CmpOp.EQ;
                case "!=": advance(); return CmpOp.NOT_EQ;
                case "<": advance(); return CmpOp.LT;
                case "<=": advance(); return CmpOp.LT_E;
                case ">": advance(); return CmpOp.GT;
                case ">=": advance(); return CmpOp.GT_E;
                default: return null;
            }
        }
        if (t.isName("in")) {
            advance();
            return CmpOp.IN;
        }
        if (t.isName("is")) {
            advance();
            if (acceptKw("not")) {
                return CmpOp.IS_NOT;
            }
            return CmpOp.IS;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            advance();
            advance();
            return CmpOp.NOT_IN;
        }
        return null;
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        CmpOp op = compOp();
        if (op == null) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comps = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comps.add(bitwiseOr());
            op = compOp();
        }
        return new Expr.Compare(left, ops, comps, spanFrom(start));
    }

    private Expr bitwiseOr() {
        Token start = peek();
        Expr left = bitwiseXor();
        while (isOp("|")) {
            advance();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, Operator.BITOR, right, spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr left = bitwiseAnd();
        while (isOp("^")) {
            advance();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, Operator.BITXOR, right, spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr left = shiftExpr();
        while (isOp("&")) {
            advance();
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, Operator.BITAND, right, spanFrom(start));
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr left = sum();
        while (isOp("<<") || isOp(">>")) {
            Operator op = advance().text.equals("<<") ? Operator.LSHIFT : Operator.RSHIFT;
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, spanFrom(start));
        }
        return left;
    }

    private Expr sum() {
        Token start = peek();
        Expr left = term();
        while (isOp("+") || isOp("-")) {
            Operator op = advance().text.equals("+") ? Operator.ADD : Operator.SUB;
            Expr right = term();
            left = new Expr.BinOp(left, op, right, spanFrom(start));
        }
        return left;
    }

    private Expr term() {
        Token start = peek();
        Expr left = factor();
        while (true) {
            Token t = peek();
            Operator op = null;
            if (t.kind == Token.Kind.OP) {
                switch (t.text) {
                    case "*": op = Operator.MULT; break;
                    case "/": op = Operator.DIV; break;
                    case "//": op = Operator.FLOORDIV; break;
                    case "%": op = Operator.MOD; break;
                    case "@": op = Operator.MATMULT; break;
                    default: break;
                }
            }
            if (op == null) {
                return left;
            }
            advance();
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, spanFrom(start));
        }
    }

    private Expr factor() {
        Token t = peek();
        UnaryOpKind k = null;
        if (t.isOp("+")) {
            k = UnaryOpKind.UADD;
        } else if (t.isOp("-")) {
            k = UnaryOpKind.USUB;
        } else if (t.isOp("~")) {
            k = UnaryOpKind.INVERT;
        }
        if (k == null) {
            return power();
        }
        enter();
        try {
            advance();
            Expr operand = factor();
            return new Expr.UnaryOp(k, operand, spanFrom(t));
        } finally {
            exit();
        }
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (isOp("**")) {
            advance();
            enter();
            try {
                Expr exp = factor();
                return new Expr.BinOp(base, Operator.POW, exp, spanFrom(start));
            } finally {
                exit();
            }
        }
        return base;
    }

    private Expr awaitPrimary() {
        Token start = peek();
        if (start.isName("await")) {
            enter();
            try {
                advance();
                Expr v = primary();
                return new Expr.Await(v, spanFrom(start));
            } finally {
                exit();
            }
        }
        return primary();
    }

    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                advance();
                String name = expectName();
                e = new Expr.Attribute(e, name, Ctx.LOAD, spanFrom(start));
            } else if (t.isOp("(")) {
                e = call(e, start);
            } else if (t.isOp("[")) {
                advance();
                parenDepth++;
                Expr slice = slices();
                expectOp("]");
                parenDepth--;
                e = new Expr.Subscript(e, slice, Ctx.LOAD, spanFrom(start));
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func, Token start) {
        Token open = advance();
        parenDepth++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!isOp(")")) {
            callArguments(args, keywords, open, true);
        }
        expectOp(")");
        parenDepth--;
        Expr.Call c = new Expr.Call(func, args, keywords, spanFrom(start));
        Set<String> names = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null && !names.add(k.arg())) {
                defer(errorAt("keyword argument repeated: " + k.arg(), k.span()), false);
            }
        }
        return c;
    }

    /** Parses call (or class-base) arguments up to, not including, ')'. */
    private void callArguments(List<Expr> args, List<Keyword> keywords, Token open, boolean allowGenexp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        // whether the previous argument was starred or a keyword (CPython's "kwargs" form)
        boolean lastWasKwarg = false;
        boolean thisIsKwarg = false;
        while (!isOp(")")) {
            lastWasKwarg = thisIsKwarg;
            thisIsKwarg = true;
            Token t = peek();
            if (t.isOp("*")) {
                advance();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", t);
                }
                Expr v;
                try {
                    v = expression();
                } catch (PySyntaxError e) {
                    // CPython's diagnostic rule "args ',' '*'" words any later failure this way
                    if (isGeneric(e) && lastWasKwarg) {
                        throw errorAt("iterable argument unpacking follows keyword argument unpacking", t);
                    }
                    throw e;
                }
                args.add(new Expr.Starred(v, Ctx.LOAD, spanFrom(t)));
            } else if (t.isOp("**")) {
                advance();
                Expr v = expression();
                keywords.add(new Keyword(null, v, spanFrom(t)));
                sawDoubleStar = true;
            } else if ((isIdentifier(t) || t.isName("True") || t.isName("False") || t.isName("None"))
                    && peek(1).isOp("=")) {
                if (t.isName("True") || t.isName("False") || t.isName("None")) {
                    advance();
                    Token eq = advance();
                    throw error("SyntaxError", "cannot assign to " + t.text, t.line, t.col + 1, eq.endLine,
                            eq.endCol + 1);
                }
                if (!isIdentifier(t)) {
                    throw invalidSyntax();
                }
                advance();
                advance();
                Expr v = expression();
                if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                    throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            new Span(t.line, t.col, t.endLine, t.endCol), v.span());
                }
                keywords.add(new Keyword(t.text, v, spanFrom(t)));
                sawKeyword = true;
            } else {
                Expr e;
                if (isIdentifier(t) && peek(1).isOp(":=")) {
                    e = namedExpression();
                } else {
                    e = expression();
                    if (isOp(":=")) {
                        throw errorAt("cannot use assignment expressions with " + exprName(e), e.span());
                    }
                }
                if (isOp("=")) {
                    Token eq = peek();
                    throw error("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                            e.span().line(), e.span().col() + 1, eq.endLine, eq.endCol + 1);
                }
                if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                    if (!allowGenexp) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> gens = comprehensionClauses();
                    boolean sole = args.isEmpty() && keywords.isEmpty() && isOp(")");
                    if (!sole) {
                        Span end = spanFrom(e.span());
                        throw errorRange("Generator expression must be parenthesized", e.span(), end);
                    }
                    // the generator takes the call's parentheses as its own
                    Token close = peek();
                    e = new Expr.GeneratorExp(e, gens, new Span(open.line, open.col, close.endLine, close.endCol));
                }
                thisIsKwarg = false;
                if (sawKeyword || sawDoubleStar) {
                    Token after = peek();
                    if (after.isOp(",") || after.isOp(")")) {
                        // CPython reports at the last token it read
                        maxPeek = Math.max(maxPeek, p);
                    }
                    throw syntaxError(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(e);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (!isOp(")")) {
            throw invalidSyntax();
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!isOp(",")) {
            if (first instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(first), Ctx.LOAD, spanFrom(start));
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (isOp("]")) {
                break;
            }
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
    }

    private Expr sliceItem() {
        Token start = peek();
        if (start.isOp("*")) {
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, Ctx.LOAD, spanFrom(start));
        }
        Expr lower = null;
        if (!isOp(":")) {
            lower = namedExpression();
            if (!isOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = null;
        Expr step = null;
        if (!isOp(":") && !isOp(",") && !isOp("]")) {
            upper = expression();
        }
        if (acceptOp(":")) {
            if (!isOp(",") && !isOp("]")) {
                step = expression();
            }
        }
        return new Expr.Slice(lower, upper, step, spanFrom(start));
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind) {
            case NAME:
                switch (t.text) {
                    case "None":
                        advance();
                        return new Expr.Constant(Expr.Constant.NONE, null, spanFrom(t));
                    case "True":
                        advance();
                        return new Expr.Constant(Boolean.TRUE, null, spanFrom(t));
                    case "False":
                        advance();
                        return new Expr.Constant(Boolean.FALSE, null, spanFrom(t));
                    default:
                        if (KEYWORDS.contains(t.text)) {
                            throw invalidSyntax();
                        }
                        advance();
                        return new Expr.Name(t.text, Ctx.LOAD, spanFrom(t));
                }
            case NUMBER:
                return number(advance());
            case STRING:
                return strings();
            case OP:
                switch (t.text) {
                    case "(":
                        return parenAtom();
                    case "[":
                        return listAtom();
                    case "{":
                        return braceAtom();
                    case "...":
                        advance();
                        return new Expr.Constant(Expr.Constant.ELLIPSIS, null, spanFrom(t));
                    default:
                        throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    private Expr number(Token t) {
        return new Expr.Constant(Literals.parseNumber(t.text), null, new Span(t.line, t.col, t.endLine, t.endCol));
    }

    private Expr strings() {
        Token first = peek();
        List<Token> parts = new ArrayList<>();
        while (isKind(Token.Kind.STRING)) {
            parts.add(advance());
        }
        Span span = spanFrom(first);
        // CPython decodes strings in the rule's action, after looking at the next token
        peek();
        return new StringParser(this).concatenate(parts, span);
    }

    private Expr parenAtom() {
        Token start = advance();
        parenDepth++;
        try {
            if (isOp(")")) {
                advance();
                return new Expr.Tuple(List.of(), Ctx.LOAD, spanFrom(start));
            }
            if (isKw("yield")) {
                Expr y = yieldExpr();
                expectOp(")");
                return y;
            }
            if (isOp("**")) {
                int firstPass = maxPeek;
                Token dstar = advance();
                Expr v;
                try {
                    v = bitwiseOr();
                } catch (PySyntaxError e) {
                    if (!isGeneric(e)) {
                        throw e;
                    }
                    maxPeek = firstPass;
                    throw invalidSyntax();
                }
                throw errorAt("cannot use double starred expression here", dstar);
            }
            Expr first = starNamedExpression();
            if (isOp(")")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("cannot use starred expression here", first.span());
                }
                advance();
                return first;
            }
            if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.span());
                }
                List<Comprehension> gens = comprehensionClauses();
                expectOp(")");
                return new Expr.GeneratorExp(first, gens, spanFrom(start));
            }
            if (!isOp(",")) {
                throw invalidSyntax();
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (isOp(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (isKw("for")) {
                throw errorRange("did you forget parentheses around the comprehension target?",
                        elts.get(0).span(), elts.get(elts.size() - 1).span());
            }
            expectOp(")");
            return new Expr.Tuple(elts, Ctx.LOAD, spanFrom(start));
        } finally {
            parenDepth--;
        }
    }

    private Expr listAtom() {
        Token start = advance();
        parenDepth++;
        try {
            if (acceptOp("]")) {
                return new Expr.ListExpr(List.of(), Ctx.LOAD, spanFrom(start));
            }
            Expr first = starNamedExpression();
            if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.span());
                }
                List<Comprehension> gens = comprehensionClauses();
                expectOp("]");
                return new Expr.ListComp(first, gens, spanFrom(start));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (isOp("]")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (isKw("for") && elts.size() > 1) {
                throw errorRange("did you forget parentheses around the comprehension target?",
                        elts.get(0).span(), elts.get(elts.size() - 1).span());
            }
            expectOp("]");
            return new Expr.ListExpr(elts, Ctx.LOAD, spanFrom(start));
        } finally {
            parenDepth--;
        }
    }

    private Expr braceAtom() {
        Token start = advance();
        parenDepth++;
        try {
            if (acceptOp("}")) {
                return new Expr.Dict(List.of(), List.of(), spanFrom(start));
            }
            if (isOp("**")) {
                return dictRest(start, null, null, peek());
            }
            Expr first = starNamedExpression();
            if (isOp(":") && !(first instanceof Expr.Starred)) {
                Token colon = advance();
                if (isOp("}") || isOp(",")) {
                    throw errorAt("expression expected after dictionary key and ':'", colon);
                }
                if (isOp("*")) {
                    Token st = advance();
                    Expr v = bitwiseOr();
                    throw errorRange("cannot use a starred expression in a dictionary value",
                            new Span(st.line, st.col, st.endLine, st.endCol), v.span());
                }
                Expr value = expression();
                if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                    List<Comprehension> gens = comprehensionClauses();
                    expectOp("}");
                    return new Expr.DictComp(first, value, gens, spanFrom(start));
                }
                return dictRest(start, first, value, null);
            }
            if (isKw("for") || isKw("async") && peek(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.span());
                }
                List<Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new Expr.SetComp(first, gens, spanFrom(start));
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (isOp("}")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (isKw("for") && elts.size() > 1) {
                throw errorRange("did you forget parentheses around the comprehension target?",
                        elts.get(0).span(), elts.get(elts.size() - 1).span());
            }
            expectOp("}");
            return new Expr.Set(elts, spanFrom(start));
        } finally {
            parenDepth--;
        }
    }

    private Expr dictRest(Token start, Expr firstKey, Expr firstValue, Token firstStar) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needItem = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            needItem = false;
        }
        while (true) {
            if (!needItem) {
                if (!acceptOp(",")) {
                    break;
                }
                if (isOp("}")) {
                    break;
                }
            }
            needItem = false;
            if (isOp("**")) {
                advance();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                // after a complete pair CPython diagnoses a missing ':' before a missing comma
                Expr k = keys.isEmpty() ? expression() : expressionNoCommaCheck();
                if (!isOp(":")) {
                    if (keys.isEmpty() && !(isOp("}") || isOp(","))) {
                        throw invalidSyntax();
                    }
                    throw error("SyntaxError", "':' expected after dictionary key", k.span().endLine(),
                            k.span().endCol(), k.span().endLine(), 0);
                }
                advance();
                if (isOp("}") || isOp(",")) {
                    throw errorAt("expression expected after dictionary key and ':'", last);
                }
                if (isOp("*")) {
                    Token st = advance();
                    Expr v = bitwiseOr();
                    throw errorRange("cannot use a starred expression in a dictionary value",
                            new Span(st.line, st.col, st.endLine, st.endCol), v.span());
                }
                keys.add(k);
                values.add(expression());
            }
        }
        if (isKw("for") && keys.size() == 1 && keys.get(0) == null) {
            throw errorAt("dict unpacking cannot be used in dict comprehension", firstStar);
        }
        expectOp("}");
        return new Expr.Dict(keys, values, spanFrom(start));
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (isKw("for") || isKw("async") && peek(1).isName("for")) {
            boolean isAsync = false;
            if (isKw("async")) {
                advance();
                isAsync = true;
            }
            advance();
            Expr target = starTargets();
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr yieldExpr() {
        Token start = advance();
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(v, spanFrom(start));
        }
        Expr v = null;
        if (startsExpression(peek()) || isOp("*")) {
            v = starExpressions();
        }
        return new Expr.Yield(v, spanFrom(start));
    }

    // ------------------------------------------------------------------ targets

    enum TargetKind { STAR, DEL, FOR }

    /** The first sub-expression that cannot be a target, or null when {@code e} is a valid target. */
    static Expr invalidTarget(Expr e, TargetKind kind) {
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred s) {
            if (kind == TargetKind.DEL) {
                return e;
            }
            return invalidTarget(s.value(), kind);
        }
        if (e instanceof Expr.Compare c && kind == TargetKind.FOR) {
            if (c.ops().get(0) == CmpOp.IN) {
                return invalidTarget(c.left(), kind);
            }
            return null;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        return e;
    }

    /** Python's description of an expression kind in error messages. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Constant.NONE) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == Expr.Constant.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    /** Rebuilds a validated target with the given context, recursively through tuples, lists and stars. */
    static Expr withCtx(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.span());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
        }
        if (e instanceof Expr.Starred s) {
            return new Expr.Starred(withCtx(s.value(), ctx), ctx, s.span());
        }
        if (e instanceof Expr.Tuple t) {
            List<Expr> elts = new ArrayList<>();
            for (Expr x : t.elts()) {
                elts.add(withCtx(x, ctx));
            }
            return new Expr.Tuple(elts, ctx, t.span());
        }
        if (e instanceof Expr.ListExpr l) {
            List<Expr> elts = new ArrayList<>();
            for (Expr x : l.elts()) {
                elts.add(withCtx(x, ctx));
            }
            return new Expr.ListExpr(elts, ctx, l.span());
        }
        return e;
    }

    // ------------------------------------------------------------------ f-string support

    /** Parses the expression of an f-string replacement field (the text is wrapped in parentheses). */
    Expr parseFStringExpression() {
        Expr e = starExpressions();
        while (isKind(Token.Kind.NEWLINE)) {
            advance();
        }
        if (!isKind(Token.Kind.ENDMARKER)) {
            throw invalidSyntax();
        }
        return e;
    }

    /** Whether a failed parse stopped only because the input ended (for {@link #isIncomplete}). */
    boolean failedAtEnd(PySyntaxError e) {
        Token errTok = tz.errorToken;
        if (errTok != null && e == errTok.error) {
            return tz.errorAtEof;
        }
        Token t = toks.get(Math.min(maxPeek, toks.size() - 1));
        return t.kind == Token.Kind.ENDMARKER || t.kind == Token.Kind.DEDENT && t.col < 0;
    }

    PySyntaxError fstringError(String msg) {
        return syntaxError(msg);
    }
}
