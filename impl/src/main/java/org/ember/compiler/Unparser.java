package org.ember.compiler;

import java.util.List;
import org.ember.ast.Expr;

/**
 * Turns an annotation back into source text for {@code from __future__ import annotations}
 * (PEP 563), covering the expression forms annotations use; anything else falls back to a
 * best-effort rendering.
 */
final class Unparser {
    private Unparser() {}

    static String unparse(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        if (e instanceof Expr.Name) {
            sb.append(((Expr.Name) e).id());
        } else if (e instanceof Expr.Attribute) {
            write(sb, ((Expr.Attribute) e).value());
            sb.append('.').append(((Expr.Attribute) e).attr());
        } else if (e instanceof Expr.Subscript) {
            write(sb, ((Expr.Subscript) e).value());
            sb.append('[');
            Expr s = ((Expr.Subscript) e).slice();
            if (s instanceof Expr.Tuple && !((Expr.Tuple) s).elts().isEmpty()) {
                list(sb, ((Expr.Tuple) s).elts());
            } else {
                write(sb, s);
            }
            sb.append(']');
        } else if (e instanceof Expr.Constant) {
            Object v = ((Expr.Constant) e).value();
            if (v instanceof String) {
                sb.append(org.ember.bytecode.Disassembler.reprStr((String) v));
            } else if (v instanceof Boolean) {
                sb.append((Boolean) v ? "True" : "False");
            } else if (v == Expr.Constant.ELLIPSIS) {
                sb.append("...");
            } else {
                sb.append(v);
            }
        } else if (e instanceof Expr.Tuple) {
            List<Expr> elts = ((Expr.Tuple) e).elts();
            sb.append('(');
            list(sb, elts);
            if (elts.size() == 1) {
                sb.append(',');
            }
            sb.append(')');
        } else if (e instanceof Expr.ListExpr) {
            sb.append('[');
            list(sb, ((Expr.ListExpr) e).elts());
            sb.append(']');
        } else if (e instanceof Expr.BinOp) {
            Expr.BinOp b = (Expr.BinOp) e;
            write(sb, b.left());
            sb.append(' ').append(b.op().symbol).append(' ');
            write(sb, b.right());
        } else if (e instanceof Expr.Call) {
            Expr.Call c = (Expr.Call) e;
            write(sb, c.func());
            sb.append('(');
            list(sb, c.args());
            sb.append(')');
        } else if (e instanceof Expr.Starred) {
            sb.append('*');
            write(sb, ((Expr.Starred) e).value());
        } else if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp u = (Expr.UnaryOp) e;
            switch (u.op()) {
                case USUB: sb.append('-'); break;
                case UADD: sb.append('+'); break;
                case INVERT: sb.append('~'); break;
                default: sb.append("not "); break;
            }
            write(sb, u.operand());
        } else {
            sb.append("...");
        }
    }

    private static void list(StringBuilder sb, List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, elts.get(i));
        }
    }
}
