package org.ember.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ember.ast.Expr;
import org.ember.ast.Mod;
import org.ember.bytecode.CodeObject;
import org.ember.interpreter.PyTraceback;
import org.ember.objects.Abstract;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.parser.Mode;
import org.ember.parser.Parser;

/**
 * Formats an exception as CPython 3.11 prints an uncaught one: chained exceptions first, each
 * "Traceback (most recent call last):" block with file, line, function and the source line, the
 * 3.11 position markers ({@code ^} for the failing expression, {@code ~} for the operands of a
 * binary operation or the value of a subscript), repeated frames collapsed, and notes.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final Map<String, List<String>> SOURCE_CACHE = new ConcurrentHashMap<>();

    public static String format(PyBaseException exc) {
        Ctx c = new Ctx();
        formatChain(exc, c, new IdentityHashMap<>());
        return c.out.toString();
    }

    /** Where output goes, with the indentation and margin of nested exception groups. */
    private static final class Ctx {
        final StringBuilder out = new StringBuilder();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Appends {@code text}, every line (empty ones too) prefixed inside exception groups. */
        void emit(String text, char margin) {
            if (depth == 0) {
                out.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, i, end);
                i = end;
            }
        }
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private static void formatChain(PyBaseException exc, Ctx c, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            formatChain(exc.cause, c, seen);
            c.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            formatChain(exc.context, c, seen);
            c.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        formatOne(exc, c, seen);
    }

    private static void formatOne(PyBaseException exc, Ctx c, IdentityHashMap<PyBaseException, Boolean> seen) {
        if (!org.ember.objects.ExceptionGroups.isGroup(exc)) {
            StringBuilder sb = new StringBuilder();
            if (exc.traceback instanceof PyTraceback) {
                sb.append("Traceback (most recent call last):\n");
                stack(exc, sb);
            }
            exceptionOnly(exc, sb);
            c.emit(sb.toString(), '|');
            return;
        }
        if (c.depth > MAX_GROUP_DEPTH) {
            c.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean top = c.depth == 0;
        if (top) {
            c.depth++;
        }
        if (exc.traceback instanceof PyTraceback) {
            c.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            StringBuilder sb = new StringBuilder();
            stack(exc, sb);
            c.emit(sb.toString(), '|');
        }
        StringBuilder only = new StringBuilder();
        exceptionOnly(exc, only);
        c.emit(only.toString(), '|');
        PyObj[] excs = ((org.ember.objects.PyTuple) exc.getExtra(" exceptions")).items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        c.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                c.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            c.out.append(c.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            c.depth++;
            if (!truncated) {
                formatChain((PyBaseException) excs[i], c, seen);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                c.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && c.needClose) {
                c.out.append(c.indent()).append("+------------------------------------\n");
                c.needClose = false;
            }
            c.depth--;
        }
        if (top) {
            c.depth = 0;
        }
    }

    private static void stack(PyBaseException exc, StringBuilder sb) {
        String lastKey = null;
        int repeats = 0;
        for (PyTraceback tb = (PyTraceback) exc.traceback; tb != null; tb = tb.next) {
            CodeObject code = tb.frame.code;
            int line = tb.lineno();
            String key = code.filename + ":" + line + ":" + code.name;
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
                lastKey = key;
            }
            frameLines(sb, code, tb.lasti, line);
        }
        flushRepeats(sb, repeats);
    }

    private static void exceptionOnly(PyBaseException exc, StringBuilder sb) {
        if (exc.type().isSubtypeOf(ExceptionTypes.SyntaxError)) {
            syntaxErrorLines(exc, sb);
        }
        String name = exc.type().displayName();
        String msg;
        try {
            msg = Abstract.str(exc).value();
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        if (exc.type().isSubtypeOf(ExceptionTypes.SyntaxError)) {
            PyObj m = exc.getExtra("msg");
            if (m != null && m != PyNone.NONE) {
                msg = Abstract.str(m).value();
            }
        }
        String hint = Suggestions.forException(exc);
        if (hint != null) {
            msg = msg + ". Did you mean: '" + hint + "'?";
        }
        sb.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
        PyObj notes = exc.getExtra("__notes__");
        if (notes instanceof PyList) {
            for (PyObj n : ((PyList) notes).toArray()) {
                sb.append(n instanceof PyStr ? ((PyStr) n).value() : Abstract.repr(n).value()).append('\n');
            }
        }
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    private static void frameLines(StringBuilder sb, CodeObject code, int lasti, int line) {
        sb.append("  File \"").append(code.filename).append("\", line ").append(line).append(", in ")
                .append(code.name).append('\n');
        String src = sourceLine(code.filename, line);
        if (src == null) {
            return;
        }
        String stripped = src.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        if (lasti < 0 || lasti >= code.cols.length) {
            return;
        }
        int col = code.cols[lasti];
        int endLine = code.endLines[lasti];
        int endCol = code.endCols[lasti];
        if (col < 0 || endCol < 0 || code.lines[lasti] != line) {
            return;
        }
        int indent = src.length() - src.stripLeading().length();
        int start = col;
        int end = endLine == line ? endCol : indent + stripped.length();
        if (end > src.length()) {
            end = src.length();
        }
        if (start >= end) {
            return;
        }
        int[] anchors = endLine == line ? anchors(src.substring(start, end)) : null;
        boolean wholeLine = end - start >= stripped.length();
        if (wholeLine && anchors == null) {
            return;
        }
        StringBuilder marks = new StringBuilder("    ");
        marks.append(" ".repeat(Math.max(0, start - indent)));
        for (int i = 0; i < end - start; i++) {
            if (anchors == null) {
                marks.append('^');
            } else {
                marks.append(i >= anchors[0] && i < anchors[1] ? '^' : '~');
            }
        }
        sb.append(marks).append('\n');
    }

    /**
     * For a segment that is a binary operation or a subscript, the [start, end) of the part marked
     * with {@code ^} (the operator, or the brackets); null otherwise.
     */
    private static int[] anchors(String segment) {
        Expr e;
        try {
            Mod m = Parser.parse("(\n" + segment + "\n)", "<segment>", Mode.EVAL);
            e = ((Mod.Expression) m).body();
        } catch (RuntimeException ex) {
            return null;
        }
        String[] lines = segment.split("\n", -1);
        if (lines.length != 1) {
            return null;
        }
        if (e instanceof Expr.BinOp) {
            Expr.BinOp b = (Expr.BinOp) e;
            int leftEnd = b.left().span().endCol();
            int i = leftEnd;
            while (i < segment.length() && (Character.isWhitespace(segment.charAt(i)) || segment.charAt(i) == ')')) {
                i++;
            }
            int opLen = b.op().symbol.length();
            return new int[] {i, Math.min(segment.length(), i + opLen)};
        }
        if (e instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) e;
            int valueEnd = s.value().span().endCol();
            int i = segment.indexOf('[', valueEnd);
            if (i < 0) {
                return null;
            }
            return new int[] {i, segment.length()};
        }
        return null;
    }

    private static void syntaxErrorLines(PyBaseException exc, StringBuilder sb) {
        PyObj file = exc.getExtra("filename");
        PyObj line = exc.getExtra("lineno");
        PyObj text = exc.getExtra("text");
        PyObj offset = exc.getExtra("offset");
        PyObj endOffset = exc.getExtra("end_offset");
        if (file instanceof PyStr && line instanceof PyInt) {
            sb.append("  File \"").append(((PyStr) file).value()).append("\", line ").append(((PyInt) line).longValue()).append('\n');
        }
        if (text instanceof PyStr) {
            String t = ((PyStr) text).value();
            String rstripped = t.replaceAll("[\\r\\n]+$", "");
            String stripped = rstripped.stripLeading();
            int lead = rstripped.length() - stripped.length();
            sb.append("    ").append(stripped).append('\n');
            if (offset instanceof PyInt) {
                long off = ((PyInt) offset).longValue();
                long endOff = endOffset instanceof PyInt ? ((PyInt) endOffset).longValue() : off + 1;
                long caretStart = Math.max(0, off - 1 - lead);
                long n = Math.max(1, endOff - off);
                if (endOff <= off) {
                    n = 1;
                }
                sb.append("    ").append(" ".repeat((int) Math.min(caretStart, stripped.length())))
                        .append("^".repeat((int) Math.max(1, Math.min(n, stripped.length() + 1 - caretStart)))).append('\n');
            }
        }
    }

    private static String sourceLine(String filename, int line) {
        if (line <= 0) {
            return null;
        }
        List<String> lines = SOURCE_CACHE.get(filename);
        if (lines == null) {
            if (filename.startsWith("<")) {
                return null;
            }
            try {
                lines = splitLines(Parser.decodeSource(Files.readAllBytes(Path.of(filename))));
            } catch (IOException | RuntimeException e) {
                return null;
            }
            SOURCE_CACHE.put(filename, lines);
        }
        return line <= lines.size() ? lines.get(line - 1) : null;
    }

    private static List<String> splitLines(String source) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(source.substring(start, i));
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < source.length()) {
            out.add(source.substring(start));
        }
        return out;
    }
}
