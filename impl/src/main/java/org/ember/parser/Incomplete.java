package org.ember.parser;

import org.ember.ast.Mod;
import org.ember.ast.Stmt;

/**
 * Decides whether REPL input needs more lines, mirroring {@code codeop.compile_command}: input is
 * incomplete when parsing fails only because the source ended (open bracket, unterminated
 * triple-quoted string, trailing backslash, missing block), or when a compound statement has not
 * yet been ended by a newline.
 */
final class Incomplete {
    private Incomplete() {}

    static boolean check(String source) {
        boolean blank = true;
        for (String line : source.split("\n", -1)) {
            String s = line.strip();
            if (!s.isEmpty() && s.charAt(0) != '#') {
                blank = false;
                break;
            }
        }
        if (blank) {
            return false;
        }
        Parser ps = new Parser(new Tokenizer(source, "<input>"), 0);
        Mod m;
        try {
            m = ps.run(Mode.SINGLE);
        } catch (PySyntaxError e) {
            return ps.failedAtEnd(e);
        } catch (StackOverflowError e) {
            return false;
        }
        if (source.endsWith("\n")) {
            return false;
        }
        Mod.Interactive mi = (Mod.Interactive) m;
        if (mi.body().isEmpty()) {
            return false;
        }
        Stmt last = mi.body().get(mi.body().size() - 1);
        return last instanceof Stmt.If || last instanceof Stmt.For || last instanceof Stmt.While
                || last instanceof Stmt.With || last instanceof Stmt.Try || last instanceof Stmt.FunctionDef
                || last instanceof Stmt.ClassDef || last instanceof Stmt.Match;
    }
}
