package org.ember.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ember.ast.Arguments;
import org.ember.ast.Comprehension;
import org.ember.ast.Ctx;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.Keyword;
import org.ember.ast.MatchCase;
import org.ember.ast.Mod;
import org.ember.ast.Pattern;
import org.ember.ast.Span;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;
import org.ember.parser.PySyntaxError;

/**
 * Builds the {@link Scope} tree of a module and resolves every name as CPython 3.11's symtable
 * does: a first pass records what each block does with each name, a second pass decides local /
 * global / free / cell by walking outward through enclosing function scopes (class bodies are
 * skipped, except that they provide the implicit {@code __class__} cell).
 */
public final class SymbolTable implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final String filename;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final Map<Scope, Map<String, Span>> directives = new IdentityHashMap<>();
    private Scope cur;
    private Scope top;
    private int compIterDepth;
    private boolean futureAnnotations;

    private SymbolTable(String filename) {
        this.filename = filename;
    }

    /** Builds and analyzes the symbol table of {@code mod}; throws {@link PySyntaxError} for scoping errors. */
    public static SymbolTable build(Mod mod, String filename) {
        SymbolTable st = new SymbolTable(filename);
        st.top = new Scope(Scope.Kind.MODULE, "top", null, 1, false, false, null);
        st.scopes.put(mod, st.top);
        st.cur = st.top;
        if (mod instanceof Mod.Module) {
            List<Stmt> body = ((Mod.Module) mod).body();
            st.futureAnnotations = hasFutureAnnotations(body);
            st.visitBody(body);
        } else if (mod instanceof Mod.Interactive) {
            st.visitBody(((Mod.Interactive) mod).body());
        } else {
            st.visit(((Mod.Expression) mod).body());
        }
        st.analyze(st.top);
        return st;
    }

    /** Whether the module starts (after its docstring) with {@code from __future__ import annotations}. */
    static boolean hasFutureAnnotations(List<Stmt> body) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt
                && ((Stmt.ExprStmt) body.get(0)).value() instanceof Expr.Constant
                && ((Expr.Constant) ((Stmt.ExprStmt) body.get(0)).value()).value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom)) {
                break;
            }
            Stmt.ImportFrom f = (Stmt.ImportFrom) body.get(i);
            if (!"__future__".equals(f.module())) {
                break;
            }
            for (var a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean futureAnnotations() {
        return futureAnnotations;
    }

    /** The module's scope. */
    public Scope top() {
        return top;
    }

    /** The scope a FunctionDef, ClassDef, Lambda, comprehension or Mod node opens. */
    public Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        }
        return s;
    }

    // ---- errors --------------------------------------------------------------------------------

    private PySyntaxError error(String msg, Span span) {
        return Compiler.syntaxError(msg, filename, span);
    }

    // ---- recording -----------------------------------------------------------------------------

    /** CPython's private name mangling: {@code __x} inside class {@code C} is {@code _C__x}. */
    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    private void addDef(String name, int flag, Span span) {
        addDef(cur, name, flag, span);
    }

    private void addDef(Scope s, String rawName, int flag, Span span) {
        String name = mangle(s.privateName, rawName);
        int old = s.flagsOf(name);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", span);
        }
        s.flags.put(name, old | flag);
    }

    private Scope enter(Object node, Scope.Kind kind, String name, int line, boolean lambda, boolean comp) {
        String priv = kind == Scope.Kind.CLASS ? name : cur.privateName;
        Scope s = new Scope(kind, name, cur, line, lambda, comp, priv);
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            s.accept(this);
        }
    }

    private void visit(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void visitAll(List<Expr> es) {
        for (Expr e : es) {
            visit(e);
        }
    }

    private void visitAnnotation(Expr e) {
        // With `from __future__ import annotations` annotations are strings: no names are used.
        if (e != null && !futureAnnotations) {
            visit(e);
        }
    }

    private void visitDefaults(Arguments a) {
        visitAll(a.defaults());
        for (Expr d : a.kwDefaults()) {
            visit(d);
        }
    }

    private void visitParamAnnotations(Arguments a, Expr returns) {
        for (Arguments.Arg p : a.posonlyargs()) {
            visitAnnotation(p.annotation());
        }
        for (Arguments.Arg p : a.args()) {
            visitAnnotation(p.annotation());
        }
        if (a.vararg() != null) {
            visitAnnotation(a.vararg().annotation());
        }
        for (Arguments.Arg p : a.kwonlyargs()) {
            visitAnnotation(p.annotation());
        }
        if (a.kwarg() != null) {
            visitAnnotation(a.kwarg().annotation());
        }
        visitAnnotation(returns);
    }

    private void addParams(Scope s, Arguments a) {
        for (Arguments.Arg p : a.posonlyargs()) {
            param(s, p);
        }
        for (Arguments.Arg p : a.args()) {
            param(s, p);
        }
        for (Arguments.Arg p : a.kwonlyargs()) {
            param(s, p);
        }
        if (a.vararg() != null) {
            param(s, a.vararg());
            s.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            param(s, a.kwarg());
            s.hasVarkw = true;
        }
        // CPython's varnames order: positional, keyword-only, *args, **kwargs.
        List<String> ordered = new ArrayList<>();
        for (Arguments.Arg p : a.posonlyargs()) {
            ordered.add(mangle(s.privateName, p.arg()));
        }
        for (Arguments.Arg p : a.args()) {
            ordered.add(mangle(s.privateName, p.arg()));
        }
        for (Arguments.Arg p : a.kwonlyargs()) {
            ordered.add(mangle(s.privateName, p.arg()));
        }
        if (a.vararg() != null) {
            ordered.add(mangle(s.privateName, a.vararg().arg()));
        }
        if (a.kwarg() != null) {
            ordered.add(mangle(s.privateName, a.kwarg().arg()));
        }
        s.params.clear();
        s.params.addAll(ordered);
    }

    private void param(Scope s, Arguments.Arg p) {
        addDef(s, p.arg(), Scope.DEF_PARAM, p.span());
        s.params.add(mangle(s.privateName, p.arg()));
    }

    /** Where the first global/nonlocal declaration of {@code name} in the current scope is. */
    private Span directiveSpan(String name, Span fallback) {
        Map<String, Span> d = directives.get(cur);
        return d != null && d.containsKey(name) ? d.get(name) : fallback;
    }

    // ---- statements ----------------------------------------------------------------------------

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        addDef(s.name(), Scope.DEF_LOCAL, s.span());
        visitDefaults(s.args());
        visitParamAnnotations(s.args(), s.returns());
        visitAll(s.decoratorList());
        int line = s.decoratorList().isEmpty() ? s.span().line() : s.decoratorList().get(0).span().line();
        Scope saved = cur;
        Scope fn = enter(s, Scope.Kind.FUNCTION, s.name(), line, false, false);
        fn.isCoroutine = s.isAsync();
        addParams(fn, s.args());
        visitBody(s.body());
        cur = saved;
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), Scope.DEF_LOCAL, s.span());
        visitAll(s.bases());
        for (Keyword k : s.keywords()) {
            visit(k.value());
        }
        visitAll(s.decoratorList());
        int line = s.decoratorList().isEmpty() ? s.span().line() : s.decoratorList().get(0).span().line();
        Scope saved = cur;
        enter(s, Scope.Kind.CLASS, s.name(), line, false, false);
        visitBody(s.body());
        cur = saved;
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        visitAll(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visitAll(s.targets());
        visit(s.value());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        visit(s.target());
        visit(s.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name) {
            Expr.Name n = (Expr.Name) s.target();
            String name = mangle(cur.privateName, n.id());
            int old = cur.flagsOf(name);
            if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && (old & Scope.DEF_ANNOT) == 0) {
                String which = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + which, s.span());
            }
            if (s.simple()) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.span());
            } else if (s.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.span());
            }
        } else {
            visit(s.target());
        }
        visitAnnotation(s.annotation());
        visit(s.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        visit(s.target());
        visit(s.iter());
        visitBody(s.body());
        visitBody(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        visit(s.test());
        visitBody(s.body());
        visitBody(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        visit(s.test());
        visitBody(s.body());
        visitBody(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        for (WithItem w : s.items()) {
            visit(w.contextExpr());
            visit(w.optionalVars());
        }
        visitBody(s.body());
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        visit(s.subject());
        for (MatchCase c : s.cases()) {
            visitPattern(c.pattern());
            visit(c.guard());
            visitBody(c.body());
        }
        return null;
    }

    private void visitPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue) {
            visit(((Pattern.MatchValue) p).value());
        } else if (p instanceof Pattern.MatchSequence) {
            for (Pattern q : ((Pattern.MatchSequence) p).patterns()) {
                visitPattern(q);
            }
        } else if (p instanceof Pattern.MatchMapping) {
            Pattern.MatchMapping m = (Pattern.MatchMapping) p;
            visitAll(m.keys());
            for (Pattern q : m.patterns()) {
                visitPattern(q);
            }
            if (m.rest() != null) {
                addDef(m.rest(), Scope.DEF_LOCAL, p.span());
            }
        } else if (p instanceof Pattern.MatchClass) {
            Pattern.MatchClass m = (Pattern.MatchClass) p;
            visit(m.cls());
            for (Pattern q : m.patterns()) {
                visitPattern(q);
            }
            for (Pattern q : m.kwdPatterns()) {
                visitPattern(q);
            }
        } else if (p instanceof Pattern.MatchStar) {
            String n = ((Pattern.MatchStar) p).name();
            if (n != null) {
                addDef(n, Scope.DEF_LOCAL, p.span());
            }
        } else if (p instanceof Pattern.MatchAs) {
            Pattern.MatchAs m = (Pattern.MatchAs) p;
            if (m.pattern() != null) {
                visitPattern(m.pattern());
            }
            if (m.name() != null) {
                addDef(m.name(), Scope.DEF_LOCAL, p.span());
            }
        } else if (p instanceof Pattern.MatchOr) {
            for (Pattern q : ((Pattern.MatchOr) p).patterns()) {
                visitPattern(q);
            }
        }
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        visit(s.exc());
        visit(s.cause());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        // CPython's order (body, else, handlers, finally) fixes the order of co_varnames.
        visitBody(s.body());
        visitBody(s.orelse());
        for (ExceptHandler h : s.handlers()) {
            visit(h.type());
            if (h.name() != null) {
                addDef(h.name(), Scope.DEF_LOCAL, h.span());
            }
            visitBody(h.body());
        }
        visitBody(s.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        visit(s.test());
        visit(s.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (var a : s.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
            addDef(bound, Scope.DEF_IMPORT, a.span());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        for (var a : s.names()) {
            if (a.name().equals("*")) {
                if (cur.kind != Scope.Kind.MODULE) {
                    throw error("import * only allowed at module level", a.span());
                }
                continue;
            }
            addDef(a.asname() != null ? a.asname() : a.name(), Scope.DEF_IMPORT, a.span());
        }
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        declare(s.names(), "global", Scope.DEF_GLOBAL, Scope.DEF_NONLOCAL, s.span());
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        if (cur.kind == Scope.Kind.MODULE) {
            throw error("nonlocal declaration not allowed at module level", s.span());
        }
        declare(s.names(), "nonlocal", Scope.DEF_NONLOCAL, Scope.DEF_GLOBAL, s.span());
        return null;
    }

    /**
     * A {@code global} or {@code nonlocal} statement ({@code keyword}): marks each name with
     * {@code flag}, with CPython's errors for a name already used, bound, annotated or a parameter
     * in this scope, or declared the other way ({@code conflicting}).
     */
    private void declare(List<String> names, String keyword, int flag, int conflicting, Span span) {
        for (String raw : names) {
            String name = mangle(cur.privateName, raw);
            int old = cur.flagsOf(name);
            if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((old & Scope.DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + keyword;
                } else if ((old & Scope.USE) != 0) {
                    msg = "name '%s' is used prior to " + keyword + " declaration";
                } else if ((old & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + keyword;
                } else {
                    msg = "name '%s' is assigned to before " + keyword + " declaration";
                }
                throw error(String.format(msg, raw), span);
            }
            if ((old & conflicting) != 0) {
                throw error("name '" + raw + "' is nonlocal and global", directiveSpan(name, span));
            }
            cur.flags.put(name, old | flag);
            directives.computeIfAbsent(cur, k -> new java.util.HashMap<>()).putIfAbsent(name, span);
        }
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        visit(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- expressions ---------------------------------------------------------------------------

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        visitAll(e.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        if (compIterDepth > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression",
                    e.span());
        }
        visit(e.value());
        Expr.Name target = (Expr.Name) e.target();
        if (cur.isComprehension) {
            bindWalrusTarget(target, target.span());
        } else {
            visit(target);
        }
        return null;
    }

    /** A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void bindWalrusTarget(Expr.Name target, Span span) {
        String name = target.id();
        for (Scope s = cur; s != null; s = s.parent) {
            if (s.isComprehension) {
                if ((s.flagsOf(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", span);
                }
                continue;
            }
            if (s.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", span);
            }
            if (s.kind == Scope.Kind.FUNCTION && (s.flagsOf(name) & Scope.DEF_GLOBAL) == 0) {
                addDef(cur, name, Scope.DEF_NONLOCAL, span);
                addDef(s, name, Scope.DEF_LOCAL, span);
            } else {
                addDef(cur, name, Scope.DEF_GLOBAL, span);
                addDef(s, name, Scope.DEF_LOCAL, span);
            }
            return;
        }
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        visitDefaults(e.args());
        Scope saved = cur;
        Scope fn = enter(e, Scope.Kind.FUNCTION, "<lambda>", e.span().line(), true, false);
        addParams(fn, e.args());
        visit(e.body());
        cur = saved;
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        visit(e.test());
        visit(e.body());
        visit(e.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        for (int i = 0; i < e.values().size(); i++) {
            visit(e.keys().get(i));
            visit(e.values().get(i));
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        visitAll(e.elts());
        return null;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value,
                               boolean genexp) {
        Comprehension first = gens.get(0);
        compIterDepth++;
        visit(first.iter());
        compIterDepth--;
        Scope saved = cur;
        Scope s = enter(node, Scope.Kind.FUNCTION, name, node.span().line(), false, true);
        s.isGenerator = genexp;
        addDef(".0", Scope.DEF_PARAM, node.span());
        s.params.clear();
        s.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync()) {
                s.isCoroutine = true;
            }
            compTarget(g.target());
            if (i > 0) {
                compIterDepth++;
                visit(g.iter());
                compIterDepth--;
            }
            visitAll(g.ifs());
        }
        // CPython visits a dict comprehension's value before its key.
        visit(value);
        visit(elt);
        cur = saved;
        // The enclosing comprehension must await an async list/set/dict comprehension's result.
        if (s.isCoroutine && !genexp && saved.isComprehension) {
            saved.isCoroutine = true;
        }
    }

    /** Comprehension targets are ordinary stores that a walrus may not rebind. */
    private void compTarget(Expr t) {
        if (t instanceof Expr.Name) {
            addDef(((Expr.Name) t).id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER, t.span());
        } else if (t instanceof Expr.Tuple) {
            for (Expr x : ((Expr.Tuple) t).elts()) {
                compTarget(x);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr x : ((Expr.ListExpr) t).elts()) {
                compTarget(x);
            }
        } else if (t instanceof Expr.Starred) {
            compTarget(((Expr.Starred) t).value());
        } else {
            visit(t);
        }
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "<listcomp>", e.generators(), e.elt(), null, false);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "<setcomp>", e.generators(), e.elt(), null, false);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "<dictcomp>", e.generators(), e.key(), e.value(), false);
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "<genexpr>", e.generators(), e.elt(), null, true);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (cur.isComprehension) {
            cur.isCoroutine = true;
        }
        visit(e.value());
        return null;
    }

    private void yieldSeen(Span span) {
        if (cur.isComprehension) {
            String what;
            switch (cur.name) {
                case "<listcomp>": what = "list comprehension"; break;
                case "<setcomp>": what = "set comprehension"; break;
                case "<dictcomp>": what = "dict comprehension"; break;
                default: what = "generator expression"; break;
            }
            throw error("'yield' inside " + what, span);
        }
        cur.isGenerator = true;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        visit(e.value());
        yieldSeen(e.span());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        visit(e.value());
        yieldSeen(e.span());
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        visitAll(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        visit(e.func());
        visitAll(e.args());
        for (Keyword k : e.keywords()) {
            visit(k.value());
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        visit(e.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        visitAll(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        addDef(e.id(), e.ctx() == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL, e.span());
        // super() with no arguments needs the __class__ cell of the enclosing class.
        if (e.ctx() == Ctx.LOAD && cur.kind == Scope.Kind.FUNCTION && e.id().equals("super")) {
            addDef("__class__", Scope.USE, e.span());
        }
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        visitAll(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        visitAll(e.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        visit(e.lower());
        visit(e.upper());
        visit(e.step());
        return null;
    }

    // ---- analysis ------------------------------------------------------------------------------

    /** Resolves names top-down: parents first, so a child's capture can turn a parent local into a cell. */
    private void analyze(Scope s) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String name = e.getKey();
            int f = e.getValue();
            if ((f & Scope.DEF_GLOBAL) != 0) {
                s.bindings.put(name, Scope.Binding.GLOBAL_EXPLICIT);
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                Scope owner = findBinder(s, name, true);
                if (owner == null) {
                    Span at = directives.getOrDefault(s, Map.of()).getOrDefault(name, Span.NONE);
                    throw error("no binding for nonlocal '" + name + "' found", at);
                }
                s.bindings.put(name, Scope.Binding.FREE);
                capture(s, name, owner);
            } else if ((f & Scope.DEF_BOUND) != 0 || ((f & Scope.DEF_ANNOT) != 0)) {
                if (!s.bindings.containsKey(name)) {
                    s.bindings.put(name, Scope.Binding.LOCAL);
                }
            } else if (!s.bindings.containsKey(name)) {
                Scope owner = findBinder(s, name, false);
                if (owner == null) {
                    s.bindings.put(name, Scope.Binding.GLOBAL_IMPLICIT);
                } else {
                    s.bindings.put(name, Scope.Binding.FREE);
                    capture(s, name, owner);
                }
            }
        }
        for (Scope c : s.children) {
            analyze(c);
        }
    }

    /**
     * The enclosing scope that binds {@code name} for code in {@code s}, or null when the name is
     * global. Class bodies are invisible except as the provider of {@code __class__}.
     */
    private Scope findBinder(Scope s, String name, boolean nonlocal) {
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) {
                return null;
            }
            int f = p.flagsOf(name);
            if (p.kind == Scope.Kind.CLASS) {
                if (name.equals("__class__")) {
                    return p;
                }
                if ((f & Scope.DEF_GLOBAL) != 0) {
                    return null;
                }
                continue;
            }
            if ((f & Scope.DEF_GLOBAL) != 0) {
                return null;
            }
            if ((f & (Scope.DEF_BOUND | Scope.DEF_NONLOCAL | Scope.DEF_ANNOT)) != 0) {
                return p;
            }
        }
        return null;
    }

    /** Makes {@code name} a cell of {@code owner} and a pass-through free variable of the scopes between. */
    private void capture(Scope s, String name, Scope owner) {
        for (Scope p = s.parent; p != owner; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS && (p.flagsOf(name) & Scope.DEF_BOUND) != 0) {
                p.flags.put(name, p.flagsOf(name) | Scope.DEF_FREE_CLASS);
            } else if (p.bindings.get(name) != Scope.Binding.FREE) {
                p.bindings.put(name, Scope.Binding.FREE);
            }
        }
        if (owner.kind == Scope.Kind.CLASS) {
            owner.needsClassClosure = true;
        } else if (owner.bindings.get(name) == Scope.Binding.LOCAL || !owner.bindings.containsKey(name)) {
            owner.bindings.put(name, Scope.Binding.CELL);
        }
    }
}
