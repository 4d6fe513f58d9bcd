package org.ember.bytecode;

import java.util.HashSet;
import java.util.Set;
import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.CompareOp;
import org.ember.objects.PyObj;
import org.ember.objects.UnicodeData;
import org.ember.objects.PyStr;

/**
 * Renders a {@link CodeObject} the way CPython's {@code dis.dis} does: source line, jump-target
 * marker, word offset, opname, argument and its meaning in parentheses, then the exception table,
 * then every nested code object. Code objects print as {@code <code object NAME, line N>} (no
 * address) so the output is stable enough for golden tests.
 */
public final class Disassembler {
    private Disassembler() {}

    /** The disassembly of {@code code} and, recursively, of the code objects among its constants. */
    public static String dis(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disOne(code, sb);
        for (PyObj c : code.consts) {
            if (c instanceof CodeObject) {
                CodeObject inner = (CodeObject) c;
                sb.append('\n').append("Disassembly of ").append(codeName(inner)).append(":\n");
                sb.append(dis(inner));
            }
        }
        return sb.toString();
    }

    /** The disassembly of {@code code} alone. */
    public static String disOne(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        disOne(code, sb);
        return sb.toString();
    }

    private static void disOne(CodeObject code, StringBuilder sb) {
        int[] words = code.code;
        Set<Integer> targets = new HashSet<>();
        for (int pc = 0; pc < words.length; pc += 1 + Opcode.cacheSize(Opcode.op(words[pc]))) {
            if (Opcode.isJump(Opcode.op(words[pc]))) {
                targets.add(Opcode.arg(words[pc]));
            }
        }
        for (ExceptionEntry e : code.exceptionTable) {
            targets.add(e.target());
        }
        int lastLine = -1;
        for (int pc = 0; pc < words.length; pc += 1 + Opcode.cacheSize(Opcode.op(words[pc]))) {
            int op = Opcode.op(words[pc]);
            int arg = Opcode.arg(words[pc]);
            int line = code.lines.length > pc ? code.lines[pc] : 0;
            String lineField = "   ";
            if (line != lastLine && line > 0) {
                if (pc > 0) {
                    sb.append('\n');
                }
                lineField = String.format("%3d", line);
                lastLine = line;
            }
            StringBuilder row = new StringBuilder();
            row.append(lineField).append(' ').append(targets.contains(pc) ? ">>" : "  ")
                    .append(String.format("%5d", pc)).append(' ');
            String argrepr = argRepr(code, op, arg);
            row.append(String.format("%-20s", Opcode.name(op)));
            if (hasArg(op)) {
                row.append(' ').append(String.format("%5d", arg));
                if (argrepr != null) {
                    row.append(" (").append(argrepr).append(')');
                }
            }
            sb.append(rstrip(row.toString())).append('\n');
        }
        if (code.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (ExceptionEntry e : code.exceptionTable) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 1).append(" -> ").append(e.target())
                        .append(" [").append(e.depth()).append(']').append(e.pushLasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String rstrip(String s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == ' ') {
            n--;
        }
        return s.substring(0, n);
    }

    private static boolean hasArg(int op) {
        switch (op) {
            case Opcode.NOP: case Opcode.POP_TOP: case Opcode.PUSH_NULL: case Opcode.BINARY_SUBSCR:
            case Opcode.STORE_SUBSCR: case Opcode.DELETE_SUBSCR: case Opcode.UNARY_POSITIVE:
            case Opcode.UNARY_NEGATIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT: case Opcode.LIST_TO_TUPLE:
            case Opcode.GET_ITER: case Opcode.GET_YIELD_FROM_ITER: case Opcode.YIELD_VALUE: case Opcode.RETURN_VALUE:
            case Opcode.POP_EXCEPT: case Opcode.PUSH_EXC_INFO: case Opcode.CHECK_EXC_MATCH:
            case Opcode.LOAD_ASSERTION_ERROR: case Opcode.BEFORE_WITH: case Opcode.WITH_EXCEPT_START:
            case Opcode.IMPORT_STAR: case Opcode.LOAD_BUILD_CLASS: case Opcode.SETUP_ANNOTATIONS:
            case Opcode.PRINT_EXPR: case Opcode.GET_LEN: case Opcode.MATCH_MAPPING: case Opcode.MATCH_SEQUENCE:
            case Opcode.MATCH_KEYS: case Opcode.GET_AITER: case Opcode.GET_ANEXT: case Opcode.END_ASYNC_FOR:
            case Opcode.BEFORE_ASYNC_WITH: case Opcode.CHECK_EG_MATCH: case Opcode.PREP_RERAISE_STAR:
            case Opcode.RETURN_CONST:
                return false;
            default:
                return true;
        }
    }

    private static String argRepr(CodeObject code, int op, int arg) {
        try {
            // Specialized forms show their argument as their generic family does.
            switch (Opcode.family(op)) {
                case Opcode.LOAD_CONST: case Opcode.KW_NAMES:
                    return constRepr(code.consts[arg]);
                case Opcode.LOAD_FAST: case Opcode.STORE_FAST: case Opcode.DELETE_FAST:
                    return code.varnames[arg];
                case Opcode.LOAD_DEREF: case Opcode.STORE_DEREF: case Opcode.DELETE_DEREF:
                case Opcode.LOAD_CLASSDEREF: case Opcode.LOAD_CLOSURE: case Opcode.MAKE_CELL:
                    return localsplusName(code, arg);
                case Opcode.LOAD_NAME: case Opcode.STORE_NAME: case Opcode.DELETE_NAME: case Opcode.STORE_GLOBAL:
                case Opcode.DELETE_GLOBAL: case Opcode.LOAD_ATTR: case Opcode.STORE_ATTR: case Opcode.DELETE_ATTR:
                case Opcode.LOAD_METHOD: case Opcode.IMPORT_NAME: case Opcode.IMPORT_FROM:
                    return code.names[arg];
                case Opcode.LOAD_GLOBAL:
                    return ((arg & 1) != 0 ? "NULL + " : "") + code.names[arg >> 1];
                case Opcode.BINARY_OP:
                    return arg >= BinOp.INPLACE ? BinOp.of(arg - BinOp.INPLACE).symbol + "=" : BinOp.of(arg).symbol;
                case Opcode.COMPARE_OP:
                    return CompareOp.values()[arg].symbol;
                case Opcode.FORMAT_VALUE: {
                    String[] conv = {"", "str", "repr", "ascii"};
                    String s = conv[arg & 3];
                    if ((arg & 4) != 0) {
                        s = s.isEmpty() ? "with format" : s + ", with format";
                    }
                    return s.isEmpty() ? null : s;
                }
                case Opcode.MAKE_FUNCTION: {
                    String[] names = {"defaults", "kwdefaults", "annotations", "closure"};
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 4; i++) {
                        if ((arg & (1 << i)) != 0) {
                            sb.append(sb.length() > 0 ? ", " : "").append(names[i]);
                        }
                    }
                    return sb.length() == 0 ? null : sb.toString();
                }
                default:
                    if (Opcode.isJump(op)) {
                        return "to " + arg;
                    }
                    return null;
            }
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String localsplusName(CodeObject code, int i) {
        if (i < code.varnames.length) {
            return code.varnames[i];
        }
        i -= code.varnames.length;
        if (i < code.cellvars.length) {
            return code.cellvars[i];
        }
        return code.freevars[i - code.cellvars.length];
    }

    private static String codeName(CodeObject c) {
        return "<code object " + c.name + ", line " + c.firstLineno + ">";
    }

    /** The repr of a constant; code objects without their address. */
    public static String constRepr(PyObj v) {
        if (v instanceof CodeObject) {
            return codeName((CodeObject) v);
        }
        if (v instanceof PyStr) {
            return reprStr(((PyStr) v).value());
        }
        if (v instanceof org.ember.objects.PyTuple) {
            PyObj[] items = ((org.ember.objects.PyTuple) v).items();
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(constRepr(items[i]));
            }
            return sb.append(items.length == 1 ? ",)" : ")").toString();
        }
        try {
            return Abstract.repr(v).value();
        } catch (RuntimeException | LinkageError e) {
            return String.valueOf(v);
        }
    }

    /** A Python-style repr of a str: single quotes unless the text has ' and no ". */
    public static String reprStr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (!isPrintable(cp)) {
                sb.append(cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append(q).toString();
    }

    private static boolean isPrintable(int cp) {
        return UnicodeData.isPrintable(cp);
    }
}
