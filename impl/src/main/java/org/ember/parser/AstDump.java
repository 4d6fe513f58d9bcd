package org.ember.parser;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
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
 * Renders a tree exactly as Python 3.11's {@code ast.dump(tree)} (optionally with
 * {@code include_attributes=True}), so trees can be compared with CPython's text and so that
 * Ember's own {@code ast.dump} can reuse it. Also holds Python's {@code repr} of constants.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final boolean attrs;

    private AstDump(boolean attrs) {
        this.attrs = attrs;
    }

    /** {@code ast.dump(tree)}. */
    public static String dump(Mod m) {
        return dump(m, false);
    }

    /** {@code ast.dump(tree, include_attributes=attrs)}. */
    public static String dump(Mod m, boolean attrs) {
        AstDump d = new AstDump(attrs);
        d.mod(m);
        return d.sb.toString();
    }

    /** Dumps a single expression node. */
    public static String dump(Expr e, boolean attrs) {
        AstDump d = new AstDump(attrs);
        d.expr(e);
        return d.sb.toString();
    }

    // ---- node writer helpers: open/field/close keep the comma logic in one place

    private int[] firstStack = new int[4096];
    private int top = -1;

    private void open(String name) {
        sb.append(name).append('(');
        if (++top == firstStack.length) {
            firstStack = java.util.Arrays.copyOf(firstStack, top * 2);
        }
        firstStack[top] = 1;
    }

    private void key(String name) {
        if (firstStack[top] == 0) {
            sb.append(", ");
        }
        firstStack[top] = 0;
        sb.append(name).append('=');
    }

    private void close(Span s) {
        if (attrs && s != null) {
            key("lineno");
            sb.append(s.line());
            key("col_offset");
            sb.append(s.col());
            key("end_lineno");
            sb.append(s.endLine());
            key("end_col_offset");
            sb.append(s.endCol());
        }
        top--;
        sb.append(')');
    }

    private void simple(String name) {
        sb.append(name).append("()");
    }

    private void exprField(String name, Expr e, boolean optional) {
        if (e == null && optional) {
            return;
        }
        key(name);
        if (e == null) {
            sb.append("None");
        } else {
            expr(e);
        }
    }

    private void exprList(String name, List<Expr> es) {
        key(name);
        sb.append('[');
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr e = es.get(i);
            if (e == null) {
                sb.append("None");
            } else {
                expr(e);
            }
        }
        sb.append(']');
    }

    private void stmtList(String name, List<Stmt> ss) {
        key(name);
        sb.append('[');
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            stmt(ss.get(i));
        }
        sb.append(']');
    }

    private void strField(String name, String s, boolean optional) {
        if (s == null && optional) {
            return;
        }
        key(name);
        sb.append(s == null ? "None" : strRepr(s));
    }

    private void strList(String name, List<String> ss) {
        key(name);
        sb.append('[');
        for (int i = 0; i < ss.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(strRepr(ss.get(i)));
        }
        sb.append(']');
    }

    private void raw(String name, String text) {
        key(name);
        sb.append(text);
    }

    private void ctx(Ctx c) {
        key("ctx");
        simple(c == Ctx.LOAD ? "Load" : c == Ctx.STORE ? "Store" : "Del");
    }

    // ---- mod / stmt

    private void mod(Mod m) {
        if (m instanceof Mod.Module mm) {
            open("Module");
            stmtList("body", mm.body());
            raw("type_ignores", "[]");
            close(null);
        } else if (m instanceof Mod.Interactive mi) {
            open("Interactive");
            stmtList("body", mi.body());
            close(null);
        } else if (m instanceof Mod.Expression me) {
            open("Expression");
            exprField("body", me.body(), false);
            close(null);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
            strField("name", f.name(), false);
            key("args");
            arguments(f.args());
            stmtList("body", f.body());
            exprList("decorator_list", f.decoratorList());
            exprField("returns", f.returns(), true);
        } else if (s instanceof Stmt.ClassDef c) {
            open("ClassDef");
            strField("name", c.name(), false);
            exprList("bases", c.bases());
            keywords(c.keywords());
            stmtList("body", c.body());
            exprList("decorator_list", c.decoratorList());
        } else if (s instanceof Stmt.Return r) {
            open("Return");
            exprField("value", r.value(), true);
        } else if (s instanceof Stmt.Delete d) {
            open("Delete");
            exprList("targets", d.targets());
        } else if (s instanceof Stmt.Assign a) {
            open("Assign");
            exprList("targets", a.targets());
            exprField("value", a.value(), false);
        } else if (s instanceof Stmt.AugAssign a) {
            open("AugAssign");
            exprField("target", a.target(), false);
            key("op");
            simple(operatorName(a.op()));
            exprField("value", a.value(), false);
        } else if (s instanceof Stmt.AnnAssign a) {
            open("AnnAssign");
            exprField("target", a.target(), false);
            exprField("annotation", a.annotation(), false);
            exprField("value", a.value(), true);
            raw("simple", a.simple() ? "1" : "0");
        } else if (s instanceof Stmt.For f) {
            open(f.isAsync() ? "AsyncFor" : "For");
            exprField("target", f.target(), false);
            exprField("iter", f.iter(), false);
            stmtList("body", f.body());
            stmtList("orelse", f.orelse());
        } else if (s instanceof Stmt.While w) {
            open("While");
            exprField("test", w.test(), false);
            stmtList("body", w.body());
            stmtList("orelse", w.orelse());
        } else if (s instanceof Stmt.If i) {
            open("If");
            exprField("test", i.test(), false);
            stmtList("body", i.body());
            stmtList("orelse", i.orelse());
        } else if (s instanceof Stmt.With w) {
            open(w.isAsync() ? "AsyncWith" : "With");
            key("items");
            sb.append('[');
            for (int k = 0; k < w.items().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                WithItem it = w.items().get(k);
                open("withitem");
                exprField("context_expr", it.contextExpr(), false);
                exprField("optional_vars", it.optionalVars(), true);
                close(null);
            }
            sb.append(']');
            stmtList("body", w.body());
        } else if (s instanceof Stmt.Match m) {
            open("Match");
            exprField("subject", m.subject(), false);
            key("cases");
            sb.append('[');
            for (int k = 0; k < m.cases().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                MatchCase mc = m.cases().get(k);
                open("match_case");
                key("pattern");
                pattern(mc.pattern());
                exprField("guard", mc.guard(), true);
                stmtList("body", mc.body());
                close(null);
            }
            sb.append(']');
        } else if (s instanceof Stmt.Raise r) {
            open("Raise");
            exprField("exc", r.exc(), true);
            exprField("cause", r.cause(), true);
        } else if (s instanceof Stmt.Try t) {
            open(t.isStar() ? "TryStar" : "Try");
            stmtList("body", t.body());
            key("handlers");
            sb.append('[');
            for (int k = 0; k < t.handlers().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                ExceptHandler h = t.handlers().get(k);
                open("ExceptHandler");
                exprField("type", h.type(), true);
                strField("name", h.name(), true);
                stmtList("body", h.body());
                close(h.span());
            }
            sb.append(']');
            stmtList("orelse", t.orelse());
            stmtList("finalbody", t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            open("Assert");
            exprField("test", a.test(), false);
            exprField("msg", a.msg(), true);
        } else if (s instanceof Stmt.Import i) {
            open("Import");
            aliases(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            open("ImportFrom");
            strField("module", i.module(), true);
            aliases(i.names());
            raw("level", Integer.toString(i.level()));
        } else if (s instanceof Stmt.Global g) {
            open("Global");
            strList("names", g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            open("Nonlocal");
            strList("names", n.names());
        } else if (s instanceof Stmt.ExprStmt e) {
            open("Expr");
            exprField("value", e.value(), false);
        } else if (s instanceof Stmt.Pass) {
            open("Pass");
        } else if (s instanceof Stmt.Break) {
            open("Break");
        } else if (s instanceof Stmt.Continue) {
            open("Continue");
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
        close(s.span());
    }

    private void aliases(List<Alias> names) {
        key("names");
        sb.append('[');
        for (int k = 0; k < names.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            Alias a = names.get(k);
            open("alias");
            strField("name", a.name(), false);
            strField("asname", a.asname(), true);
            close(a.span());
        }
        sb.append(']');
    }

    private void keywords(List<Keyword> ks) {
        key("keywords");
        sb.append('[');
        for (int k = 0; k < ks.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            Keyword kw = ks.get(k);
            open("keyword");
            strField("arg", kw.arg(), true);
            exprField("value", kw.value(), false);
            close(kw.span());
        }
        sb.append(']');
    }

    private void arg(Arguments.Arg a) {
        open("arg");
        strField("arg", a.arg(), false);
        exprField("annotation", a.annotation(), true);
        close(a.span());
    }

    private void argList(String name, List<Arguments.Arg> as) {
        key(name);
        sb.append('[');
        for (int k = 0; k < as.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            arg(as.get(k));
        }
        sb.append(']');
    }

    private void arguments(Arguments a) {
        open("arguments");
        argList("posonlyargs", a.posonlyargs());
        argList("args", a.args());
        if (a.vararg() != null) {
            key("vararg");
            arg(a.vararg());
        }
        argList("kwonlyargs", a.kwonlyargs());
        exprList("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            key("kwarg");
            arg(a.kwarg());
        }
        exprList("defaults", a.defaults());
        close(null);
    }

    // ---- expressions

    private void expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            open("BoolOp");
            key("op");
            simple(b.op() == BoolOpKind.AND ? "And" : "Or");
            exprList("values", b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            open("NamedExpr");
            exprField("target", n.target(), false);
            exprField("value", n.value(), false);
        } else if (e instanceof Expr.BinOp b) {
            open("BinOp");
            exprField("left", b.left(), false);
            key("op");
            simple(operatorName(b.op()));
            exprField("right", b.right(), false);
        } else if (e instanceof Expr.UnaryOp u) {
            open("UnaryOp");
            key("op");
            simple(unaryName(u.op()));
            exprField("operand", u.operand(), false);
        } else if (e instanceof Expr.Lambda l) {
            open("Lambda");
            key("args");
            arguments(l.args());
            exprField("body", l.body(), false);
        } else if (e instanceof Expr.IfExp i) {
            open("IfExp");
            exprField("test", i.test(), false);
            exprField("body", i.body(), false);
            exprField("orelse", i.orelse(), false);
        } else if (e instanceof Expr.Dict d) {
            open("Dict");
            exprList("keys", d.keys());
            exprList("values", d.values());
        } else if (e instanceof Expr.Set s) {
            open("Set");
            exprList("elts", s.elts());
        } else if (e instanceof Expr.ListComp c) {
            open("ListComp");
            exprField("elt", c.elt(), false);
            generators(c.generators());
        } else if (e instanceof Expr.SetComp c) {
            open("SetComp");
            exprField("elt", c.elt(), false);
            generators(c.generators());
        } else if (e instanceof Expr.DictComp c) {
            open("DictComp");
            exprField("key", c.key(), false);
            exprField("value", c.value(), false);
            generators(c.generators());
        } else if (e instanceof Expr.GeneratorExp c) {
            open("GeneratorExp");
            exprField("elt", c.elt(), false);
            generators(c.generators());
        } else if (e instanceof Expr.Await a) {
            open("Await");
            exprField("value", a.value(), false);
        } else if (e instanceof Expr.Yield y) {
            open("Yield");
            exprField("value", y.value(), true);
        } else if (e instanceof Expr.YieldFrom y) {
            open("YieldFrom");
            exprField("value", y.value(), false);
        } else if (e instanceof Expr.Compare c) {
            open("Compare");
            exprField("left", c.left(), false);
            key("ops");
            sb.append('[');
            for (int k = 0; k < c.ops().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                simple(cmpName(c.ops().get(k)));
            }
            sb.append(']');
            exprList("comparators", c.comparators());
        } else if (e instanceof Expr.Call c) {
            open("Call");
            exprField("func", c.func(), false);
            exprList("args", c.args());
            keywords(c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            open("FormattedValue");
            exprField("value", f.value(), false);
            raw("conversion", Integer.toString(f.conversion()));
            exprField("format_spec", f.formatSpec(), true);
        } else if (e instanceof Expr.JoinedStr j) {
            open("JoinedStr");
            exprList("values", j.values());
        } else if (e instanceof Expr.Constant c) {
            open("Constant");
            raw("value", constantRepr(c.value()));
            strField("kind", c.kind(), true);
        } else if (e instanceof Expr.Attribute a) {
            open("Attribute");
            exprField("value", a.value(), false);
            strField("attr", a.attr(), false);
            ctx(a.ctx());
        } else if (e instanceof Expr.Subscript s) {
            open("Subscript");
            exprField("value", s.value(), false);
            exprField("slice", s.slice(), false);
            ctx(s.ctx());
        } else if (e instanceof Expr.Starred s) {
            open("Starred");
            exprField("value", s.value(), false);
            ctx(s.ctx());
        } else if (e instanceof Expr.Name n) {
            open("Name");
            strField("id", n.id(), false);
            ctx(n.ctx());
        } else if (e instanceof Expr.ListExpr l) {
            open("List");
            exprList("elts", l.elts());
            ctx(l.ctx());
        } else if (e instanceof Expr.Tuple t) {
            open("Tuple");
            exprList("elts", t.elts());
            ctx(t.ctx());
        } else if (e instanceof Expr.Slice s) {
            open("Slice");
            exprField("lower", s.lower(), true);
            exprField("upper", s.upper(), true);
            exprField("step", s.step(), true);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
        close(e.span());
    }

    private void generators(List<Comprehension> gens) {
        key("generators");
        sb.append('[');
        for (int k = 0; k < gens.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            Comprehension c = gens.get(k);
            open("comprehension");
            exprField("target", c.target(), false);
            exprField("iter", c.iter(), false);
            exprList("ifs", c.ifs());
            raw("is_async", c.isAsync() ? "1" : "0");
            close(null);
        }
        sb.append(']');
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            open("MatchValue");
            exprField("value", v.value(), false);
        } else if (p instanceof Pattern.MatchSingleton s) {
            open("MatchSingleton");
            raw("value", constantRepr(s.value()));
        } else if (p instanceof Pattern.MatchSequence s) {
            open("MatchSequence");
            patternList("patterns", s.patterns());
        } else if (p instanceof Pattern.MatchMapping m) {
            open("MatchMapping");
            exprList("keys", m.keys());
            patternList("patterns", m.patterns());
            strField("rest", m.rest(), true);
        } else if (p instanceof Pattern.MatchClass c) {
            open("MatchClass");
            exprField("cls", c.cls(), false);
            patternList("patterns", c.patterns());
            strList("kwd_attrs", c.kwdAttrs());
            patternList("kwd_patterns", c.kwdPatterns());
        } else if (p instanceof Pattern.MatchStar s) {
            open("MatchStar");
            strField("name", s.name(), true);
        } else if (p instanceof Pattern.MatchAs a) {
            open("MatchAs");
            if (a.pattern() != null) {
                key("pattern");
                pattern(a.pattern());
            }
            strField("name", a.name(), true);
        } else if (p instanceof Pattern.MatchOr o) {
            open("MatchOr");
            patternList("patterns", o.patterns());
        }
        close(p.span());
    }

    private void patternList(String name, List<Pattern> ps) {
        key(name);
        sb.append('[');
        for (int k = 0; k < ps.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            pattern(ps.get(k));
        }
        sb.append(']');
    }

    // ---- names of operator singletons

    static String operatorName(Operator op) {
        switch (op) {
            case ADD: return "Add";
            case SUB: return "Sub";
            case MULT: return "Mult";
            case MATMULT: return "MatMult";
            case DIV: return "Div";
            case MOD: return "Mod";
            case POW: return "Pow";
            case LSHIFT: return "LShift";
            case RSHIFT: return "RShift";
            case BITOR: return "BitOr";
            case BITXOR: return "BitXor";
            case BITAND: return "BitAnd";
            case FLOORDIV: return "FloorDiv";
            default: throw new IllegalStateException();
        }
    }

    static String unaryName(UnaryOpKind k) {
        switch (k) {
            case INVERT: return "Invert";
            case NOT: return "Not";
            case UADD: return "UAdd";
            case USUB: return "USub";
            default: throw new IllegalStateException();
        }
    }

    static String cmpName(CmpOp op) {
        switch (op) {
            case EQ: return "Eq";
            case NOT_EQ: return "NotEq";
            case LT: return "Lt";
            case LT_E: return "LtE";
            case GT: return "Gt";
            case GT_E: return "GtE";
            case IS: return "Is";
            case IS_NOT: return "IsNot";
            case IN: return "In";
            case NOT_IN: return "NotIn";
            default: throw new IllegalStateException();
        }
    }

    // ---- Python repr of constants

    /** Python's {@code repr()} of a constant value as stored in {@link Expr.Constant}. */
    public static String constantRepr(Object v) {
        if (v == Expr.Constant.NONE) {
            return "None";
        }
        if (v == Expr.Constant.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof Expr.Imaginary im) {
            String s = floatRepr(im.imag());
            if (s.endsWith(".0")) {
                s = s.substring(0, s.length() - 2);
            }
            return s + "j";
        }
        if (v instanceof String s) {
            return strRepr(s);
        }
        if (v instanceof Expr.Bytes b) {
            return bytesRepr(b.value());
        }
        return String.valueOf(v);
    }

    /** Python's {@code repr(float)}: shortest round-tripping digits, exponent outside [1e-4, 1e16). */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp10 = digits.length() - 1 - bd.scale();
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        if (exp10 >= -4 && exp10 < 16) {
            if (exp10 >= 0) {
                if (digits.length() <= exp10 + 1) {
                    out.append(digits);
                    out.append("0".repeat(exp10 + 1 - digits.length()));
                    out.append(".0");
                } else {
                    out.append(digits, 0, exp10 + 1).append('.').append(digits.substring(exp10 + 1));
                }
            } else {
                out.append("0.").append("0".repeat(-exp10 - 1)).append(digits);
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits.substring(1));
            }
            out.append('e').append(exp10 < 0 ? '-' : '+');
            int ae = Math.abs(exp10);
            if (ae < 10) {
                out.append('0');
            }
            out.append(ae);
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code d}, closest to it when several have that length. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n < 17; n++) {
            BigDecimal r = exact.round(new java.math.MathContext(n, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's {@code repr(str)}. */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                out.append((char) c);
            } else if (Tokenizer.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        out.append(q);
        return out.toString();
    }

    /** Python's {@code repr(bytes)}. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3);
        out.append('b').append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        out.append(q);
        return out.toString();
    }
}
