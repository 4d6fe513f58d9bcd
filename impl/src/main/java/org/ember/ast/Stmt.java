package org.ember.ast;

import java.util.List;

/**
 * Statements, as CPython 3.11's {@code stmt}. Names and fields follow Python's {@code ast} module
 * (fields in camelCase); the async variants are folded into their sync node with an
 * {@code isAsync} flag, and {@code TryStar} into {@link Try} with {@code isStar}. Optional fields
 * are {@code null} when absent; lists are never null.
 */
public sealed interface Stmt {
    Span span();

    <R> R accept(Visitor<R> v);

    /** {@code [async] def name(args) -> returns: body}. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                       Expr returns, boolean isAsync, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    /** {@code class name(bases, keywords): body}. */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** {@code return [value]}. */
    record Return(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code del targets}. */
    record Delete(List<Expr> targets, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code target op= value}. */
    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /** {@code target: annotation [= value]}; {@code simple} when the target is a bare name not in parentheses. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    /** {@code [async] for target in iter: body else: orelse}. */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync, Span span)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    /** {@code while test: body else: orelse}. */
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code if test: body else: orelse} ({@code elif} is a nested If in orelse). */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code [async] with items: body}. */
    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code match subject: cases}. */
    record Match(Expr subject, List<MatchCase> cases, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitMatch(this); }
    }

    /** {@code raise [exc [from cause]]}. */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    /** {@code try} / {@code except} (or {@code except*} when {@code isStar}) / {@code else} / {@code finally}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               boolean isStar, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code assert test[, msg]}. */
    record Assert(Expr test, Expr msg, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /** {@code from [.]*module import names}; {@code module} may be null ({@code from . import x}). */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    /** {@code global names}. */
    record Global(List<String> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    /** {@code nonlocal names}. */
    record Nonlocal(List<String> names, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** An expression statement (Python's {@code ast.Expr}). */
    record ExprStmt(Expr value, Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExprStmt(this); }
    }

    /** {@code pass}. */
    record Pass(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    /** {@code break}. */
    record Break(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    /** {@code continue}. */
    record Continue(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    /** One method per statement kind; adding a kind breaks every visitor, which is the point. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitWith(With s);
        R visitMatch(Match s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExprStmt(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }
}
