package org.ember.compiler;

import static org.ember.bytecode.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import org.ember.ast.WithItem;
import org.ember.bytecode.CodeObject;
import org.ember.objects.BinOp;
import org.ember.objects.CompareOp;
import org.ember.objects.PyBool;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyEllipsis;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.parser.PySyntaxError;

/**
 * Code generation: walks the AST of one module and emits CPython 3.11-shaped instructions into a
 * {@link Unit} per scope, then assembles each unit into a {@link CodeObject}. Exceptions use
 * pseudo SETUP_* instructions that open handler regions; {@link Assembler} turns the regions into
 * the exception table. {@code break}/{@code continue}/{@code return} inline the cleanup of every
 * frame block they leave (finally bodies, {@code __exit__} calls), as CPython does.
 */
final class CodeGen implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    /** CPython's limit on statically nested blocks. */
    private static final int MAX_BLOCKS = 20;

    private final SymbolTable st;
    private final String filename;
    private final boolean interactiveEcho;
    private Unit u;

    CodeGen(SymbolTable st, String filename, boolean interactiveEcho) {
        this.st = st;
        this.filename = filename;
        this.interactiveEcho = interactiveEcho;
    }

    // ---- units ---------------------------------------------------------------------------------

    CodeObject compileModule(Mod mod) {
        u = new Unit(st.top(), null, "<module>", "<module>", 1);
        if (mod instanceof Mod.Module) {
            List<Stmt> body = ((Mod.Module) mod).body();
            int start = 0;
            String doc = docstring(body);
            if (doc != null) {
                u.loc = body.get(0).span();
                emit(LOAD_CONST, constIndex(PyStr.of(doc)));
                emit(STORE_NAME, u.nameIndex("__doc__"));
                start = 1;
            }
            if (findAnnotations(body)) {
                emit(SETUP_ANNOTATIONS, 0);
            }
            for (int i = start; i < body.size(); i++) {
                visitStmt(body.get(i));
            }
        } else if (mod instanceof Mod.Interactive) {
            List<Stmt> body = ((Mod.Interactive) mod).body();
            if (findAnnotations(body)) {
                emit(SETUP_ANNOTATIONS, 0);
            }
            for (Stmt s : body) {
                if (s instanceof Stmt.ExprStmt && interactiveEcho) {
                    u.loc = s.span();
                    visit(((Stmt.ExprStmt) s).value());
                    emit(PRINT_EXPR, 0);
                } else {
                    visitStmt(s);
                }
            }
        } else {
            Expr body = ((Mod.Expression) mod).body();
            visit(body);
            emit(RETURN_VALUE, 0);
        }
        return finish(u, 0);
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt) {
            Expr v = ((Stmt.ExprStmt) body.get(0)).value();
            if (v instanceof Expr.Constant && ((Expr.Constant) v).value() instanceof String) {
                return (String) ((Expr.Constant) v).value();
            }
        }
        return null;
    }

    /** Whether a module or class body has a simple annotated name needing {@code __annotations__}. */
    private static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            if (s instanceof Stmt.For && (findAnnotations(((Stmt.For) s).body())
                    || findAnnotations(((Stmt.For) s).orelse()))) {
                return true;
            }
            if (s instanceof Stmt.While && (findAnnotations(((Stmt.While) s).body())
                    || findAnnotations(((Stmt.While) s).orelse()))) {
                return true;
            }
            if (s instanceof Stmt.If && (findAnnotations(((Stmt.If) s).body())
                    || findAnnotations(((Stmt.If) s).orelse()))) {
                return true;
            }
            if (s instanceof Stmt.With && findAnnotations(((Stmt.With) s).body())) {
                return true;
            }
            if (s instanceof Stmt.Try) {
                Stmt.Try t = (Stmt.Try) s;
                if (findAnnotations(t.body()) || findAnnotations(t.orelse()) || findAnnotations(t.finalbody())) {
                    return true;
                }
                for (ExceptHandler h : t.handlers()) {
                    if (findAnnotations(h.body())) {
                        return true;
                    }
                }
            }
            if (s instanceof Stmt.Match) {
                for (MatchCase c : ((Stmt.Match) s).cases()) {
                    if (findAnnotations(c.body())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Unit enterUnit(Scope scope, String name, String qualname, int firstLine) {
        Unit child = new Unit(scope, u, name, qualname, firstLine);
        u = child;
        // The prologue, with no line (as CPython 3.11's): the code makes its own cells when it
        // starts, so making a frame for a call is the same for every function.
        if (!child.freevars.isEmpty()) {
            emit(COPY_FREE_VARS, child.freevars.size());
        }
        for (String cell : child.cellvars) {
            emit(MAKE_CELL, child.derefIndex(cell));
        }
        child.loc = child.parent.loc;
        return child;
    }

    private CodeObject finish(Unit unit, int flagsIn) {
        if (unit.reachable) {
            emit(LOAD_CONST, constIndex(PyNone.NONE));
            emit(RETURN_VALUE, 0);
        }
        Assembler a;
        try {
            a = Assembler.assemble(unit.instrs);
        } catch (IllegalStateException ex) {
            throw new IllegalStateException(ex.getMessage() + " in " + unit.qualname + " (" + filename + ")", ex);
        }
        Scope s = unit.scope;
        int flags = flagsIn;
        if (s.isFunction()) {
            flags |= CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
            if (s.hasVarargs) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (s.hasVarkw) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
            if (s.isGenerator && s.isCoroutine) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            } else if (s.isGenerator) {
                flags |= CodeObject.CO_GENERATOR;
            } else if (s.isCoroutine) {
                flags |= CodeObject.CO_COROUTINE;
            }
        }
        if (s.isFunction()) {
            boolean nested = false;
            for (Scope p = s.parent; p != null; p = p.parent) {
                nested |= p.isFunction();
            }
            if (nested) {
                flags |= CodeObject.CO_NESTED;
            }
        }
        int[] cell2arg = new int[unit.cellvars.size()];
        for (int i = 0; i < cell2arg.length; i++) {
            int p = s.isFunction() ? s.params().indexOf(unit.cellvars.get(i)) : -1;
            cell2arg[i] = p;
        }
        CodeObject co = new CodeObject(unit.name, unit.qualname, filename, unit.firstLine, unit.argcount,
                unit.posonly, unit.kwonly, flags, a.code, unit.consts.toArray(new PyObj[0]),
                unit.names.toArray(new String[0]), unit.varnames.toArray(new String[0]),
                unit.cellvars.toArray(new String[0]), unit.freevars.toArray(new String[0]), cell2arg, a.table,
                a.lines, a.cols, a.endLines, a.endCols, a.stacksize, unit.doc);
        u = unit.parent;
        return co;
    }

    private String qualnameFor(String name) {
        if (u.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        String mangled = SymbolTable.mangle(u.scope.privateName, name);
        if (u.scope.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) {
            return name;
        }
        // Comprehension parents add no "<locals>", as in CPython.
        boolean locals = u.scope.isFunction() && !u.scope.isComprehension;
        return locals ? u.qualname + ".<locals>." + name : u.qualname + "." + name;
    }

    // ---- emission ------------------------------------------------------------------------------

    private PySyntaxError error(String msg, Span span) {
        return Compiler.syntaxError(msg, filename, span);
    }

    private void emit(int op, int arg) {
        u.instrs.add(new Instr(op, arg, null, u.handlers.peek(), u.loc));
        if (op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS) {
            u.reachable = false;
        }
    }

    private void emitJump(int op, Label target) {
        u.instrs.add(new Instr(op, 0, target, u.handlers.peek(), u.loc));
        if (op == Instr.JUMP) {
            u.reachable = false;
        }
    }

    private void bind(Label l) {
        l.index = u.instrs.size();
        u.reachable = true;
    }

    /** Emits a SETUP_* pseudo instruction and makes its handler the innermost. */
    private void setup(int kind, Label target) {
        Handler h = new Handler(target, kind);
        Instr in = new Instr(kind, 0, null, u.handlers.peek(), u.loc);
        in.opens = h;
        u.instrs.add(in);
        u.handlers.push(h);
    }

    private void popBlock() {
        u.handlers.pop();
    }

    private void pushFBlock(FBlock.Kind kind, Label block, Label exit, Object datum, Span at) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks", at);
        }
        u.fblocks.push(new FBlock(kind, block, exit, datum));
    }

    private void popFBlock() {
        u.fblocks.pop();
    }

    // ---- constants -----------------------------------------------------------------------------

    private int constIndex(PyObj v) {
        return addConst(v, constKey(v));
    }

    private int addConst(PyObj v, Object key) {
        Integer i = u.constIndex.get(key);
        if (i == null) {
            i = u.consts.size();
            u.consts.add(v);
            u.constIndex.put(key, i);
        }
        return i;
    }

    /** A key equal only for constants that are interchangeable (so 1, 1.0, True and -0.0/0.0 differ). */
    private static Object constKey(PyObj v) {
        if (v instanceof PyBool) {
            return List.of("bool", v == PyBool.TRUE);
        }
        if (v instanceof PyInt) {
            return List.of("int", ((PyInt) v).bigValue());
        }
        if (v instanceof PyFloat) {
            return List.of("float", Double.doubleToRawLongBits(((PyFloat) v).value));
        }
        if (v instanceof PyStr) {
            return List.of("str", ((PyStr) v).value());
        }
        if (v == PyNone.NONE || v == PyEllipsis.ELLIPSIS) {
            return v;
        }
        if (v instanceof PyTuple) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (PyObj x : ((PyTuple) v).items()) {
                k.add(constKey(x));
            }
            return k;
        }
        if (v instanceof PyBytes) {
            return List.of("bytes", java.nio.ByteBuffer.wrap(((PyBytes) v).value()));
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            return List.of("complex", Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(c.imag));
        }
        return new IdentityKey(v);
    }

    private static final class IdentityKey {
        final Object o;

        IdentityKey(Object o) {
            this.o = o;
        }

        @Override
        public boolean equals(Object x) {
            return x instanceof IdentityKey && ((IdentityKey) x).o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** The Python value of a literal. */
    static PyObj constant(Object v) {
        if (v == Expr.Constant.NONE) {
            return PyNone.NONE;
        }
        if (v == Expr.Constant.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? PyBool.TRUE : PyBool.FALSE;
        }
        if (v instanceof Long) {
            return PyInt.of((Long) v);
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double) {
            return new PyFloat((Double) v);
        }
        if (v instanceof String) {
            return PyStr.of((String) v);
        }
        if (v instanceof Expr.Imaginary) {
            return PyComplex.of(0.0, ((Expr.Imaginary) v).imag());
        }
        if (v instanceof Expr.Bytes) {
            return PyBytes.of(((Expr.Bytes) v).value());
        }
        throw new IllegalArgumentException("not a constant: " + v);
    }

    /** {@code -literal} folded as CPython's AST optimizer does for numbers, else null. */
    private static PyObj negated(Object v) {
        if (v instanceof Long) {
            long x = (Long) v;
            return x == Long.MIN_VALUE ? PyInt.of(BigInteger.valueOf(x).negate()) : PyInt.of(-x);
        }
        if (v instanceof BigInteger) {
            return PyInt.of(((BigInteger) v).negate());
        }
        if (v instanceof Double) {
            return new PyFloat(-(Double) v);
        }
        if (v instanceof Expr.Imaginary) {
            return PyComplex.of(-0.0, -((Expr.Imaginary) v).imag());
        }
        return null;
    }

    private void loadConst(PyObj v) {
        emit(LOAD_CONST, constIndex(v));
    }

    private void loadNone() {
        loadConst(PyNone.NONE);
    }

    private static boolean isConst(Expr e) {
        return e instanceof Expr.Constant;
    }

    /** The value of a constant expression or of a tuple of constants, or null. */
    private static PyObj constValue(Expr e) {
        if (e instanceof Expr.Constant) {
            return constant(((Expr.Constant) e).value());
        }
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op() == org.ember.ast.UnaryOpKind.USUB
                && ((Expr.UnaryOp) e).operand() instanceof Expr.Constant) {
            return negated(((Expr.Constant) ((Expr.UnaryOp) e).operand()).value());
        }
        if (e instanceof Expr.Tuple && ((Expr.Tuple) e).ctx() == Ctx.LOAD) {
            List<Expr> elts = ((Expr.Tuple) e).elts();
            PyObj[] items = new PyObj[elts.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constValue(elts.get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        }
        return null;
    }

    private PyTuple strTuple(List<String> names) {
        PyObj[] items = new PyObj[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.intern(names.get(i));
        }
        return PyTuple.of(items);
    }

    // ---- names ---------------------------------------------------------------------------------

    private String mangle(String name) {
        return SymbolTable.mangle(u.scope.privateName, name);
    }

    private void nameOp(String raw, Ctx ctx) {
        if (raw.equals("__debug__") && ctx == Ctx.LOAD) {
            loadConst(PyBool.TRUE);
            return;
        }
        String name = mangle(raw);
        Scope s = u.scope;
        Scope.Binding b = s.binding(name);
        switch (b) {
            case FREE:
            case CELL: {
                int idx = u.derefIndex(name);
                if (ctx == Ctx.LOAD) {
                    emit(s.kind == Scope.Kind.CLASS && b == Scope.Binding.FREE ? LOAD_CLASSDEREF : LOAD_DEREF, idx);
                } else {
                    emit(ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF, idx);
                }
                return;
            }
            case LOCAL:
                if (s.isFunction()) {
                    int idx = u.varIndex(name);
                    emit(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, idx);
                    return;
                }
                break;
            case GLOBAL_IMPLICIT:
                if (s.isFunction()) {
                    globalOp(name, ctx, false);
                    return;
                }
                break;
            case GLOBAL_EXPLICIT:
                globalOp(name, ctx, false);
                return;
            default:
                break;
        }
        int idx = u.nameIndex(name);
        emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, idx);
    }

    private void globalOp(String name, Ctx ctx, boolean pushNull) {
        int idx = u.nameIndex(name);
        if (ctx == Ctx.LOAD) {
            emit(LOAD_GLOBAL, idx << 1 | (pushNull ? 1 : 0));
        } else {
            emit(ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, idx);
        }
    }

    /** Whether loading this name would be a LOAD_GLOBAL (so a call can fold PUSH_NULL into it). */
    private boolean isGlobalLoad(Expr.Name n) {
        if (n.id().equals("__debug__")) {
            return false;
        }
        Scope.Binding b = u.scope.binding(mangle(n.id()));
        return b == Scope.Binding.GLOBAL_EXPLICIT || (b == Scope.Binding.GLOBAL_IMPLICIT && u.scope.isFunction());
    }

    // ---- statements ----------------------------------------------------------------------------

    private void visitStmt(Stmt s) {
        u.loc = s.span();
        s.accept(this);
        u.loc = s.span();
    }

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visit(Expr e) {
        Span saved = u.loc;
        u.loc = e.span();
        e.accept(this);
        u.loc = saved;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        for (Expr d : s.decoratorList()) {
            visit(d);
        }
        int firstLine = s.decoratorList().isEmpty() ? s.span().line() : s.decoratorList().get(0).span().line();
        int flags = defaults(s.args());
        if (annotations(s.args(), s.returns())) {
            flags |= 0x04;
        }
        Scope fs = st.scopeOf(s);
        Unit fn = enterUnit(fs, s.name(), qualnameFor(s.name()), firstLine);
        setArgCounts(fn, s.args());
        List<Stmt> body = s.body();
        String doc = docstring(body);
        int start = 0;
        if (doc != null) {
            fn.doc = PyStr.of(doc);
            start = 1;
        }
        for (int i = start; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        CodeObject co = finish(fn, 0);
        u.loc = s.span();
        makeFunction(co, flags);
        for (int i = s.decoratorList().size() - 1; i >= 0; i--) {
            emit(CALL, 0);
        }
        nameOp(s.name(), Ctx.STORE);
        return null;
    }

    private static void setArgCounts(Unit fn, Arguments a) {
        fn.posonly = a.posonlyargs().size();
        fn.argcount = a.posonlyargs().size() + a.args().size();
        fn.kwonly = a.kwonlyargs().size();
    }

    /** Emits defaults and keyword defaults; returns the MAKE_FUNCTION flag bits they set. */
    private int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            PyObj[] cs = new PyObj[a.defaults().size()];
            boolean allConst = true;
            for (int i = 0; i < cs.length; i++) {
                cs[i] = constValue(a.defaults().get(i));
                allConst &= cs[i] != null;
            }
            if (allConst) {
                loadConst(PyTuple.of(cs));
            } else {
                for (Expr d : a.defaults()) {
                    visit(d);
                }
                emit(BUILD_TUPLE, a.defaults().size());
            }
            flags |= 0x01;
        }
        int n = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                loadConst(PyStr.intern(mangle(a.kwonlyargs().get(i).arg())));
                visit(d);
                n++;
            }
        }
        if (n > 0) {
            emit(BUILD_MAP, n);
            flags |= 0x02;
        }
        return flags;
    }

    /** Emits the annotations tuple (name, value, ...) if any parameter or the return is annotated. */
    private boolean annotations(Arguments a, Expr returns) {
        List<Object[]> anns = new ArrayList<>();
        for (Arguments.Arg p : a.posonlyargs()) {
            anns.add(new Object[] {p.arg(), p.annotation()});
        }
        for (Arguments.Arg p : a.args()) {
            anns.add(new Object[] {p.arg(), p.annotation()});
        }
        if (a.vararg() != null) {
            anns.add(new Object[] {a.vararg().arg(), a.vararg().annotation()});
        }
        for (Arguments.Arg p : a.kwonlyargs()) {
            anns.add(new Object[] {p.arg(), p.annotation()});
        }
        if (a.kwarg() != null) {
            anns.add(new Object[] {a.kwarg().arg(), a.kwarg().annotation()});
        }
        anns.add(new Object[] {"return", returns});
        int n = 0;
        for (Object[] pair : anns) {
            Expr ann = (Expr) pair[1];
            if (ann == null) {
                continue;
            }
            String name = (String) pair[0];
            loadConst(PyStr.intern(name.equals("return") ? name : mangle(name)));
            annotationValue(ann);
            n++;
        }
        if (n > 0) {
            emit(BUILD_TUPLE, 2 * n);
            return true;
        }
        return false;
    }

    private void annotationValue(Expr ann) {
        if (st.futureAnnotations()) {
            loadConst(PyStr.of(Unparser.unparse(ann)));
        } else if (ann instanceof Expr.Starred) {
            // `*args: *Ts` (PEP 646) evaluates to the single item of the unpacked value, as 3.11 does.
            visit(((Expr.Starred) ann).value());
            emit(UNPACK_SEQUENCE, 1);
        } else {
            visit(ann);
        }
    }

    /** Loads the closure cells (if any) and the code, then MAKE_FUNCTION. */
    private void makeFunction(CodeObject co, int flags) {
        if (co.freevars.length > 0) {
            for (String fv : co.freevars) {
                emit(LOAD_CLOSURE, u.derefIndex(fv));
            }
            emit(BUILD_TUPLE, co.freevars.length);
            flags |= 0x08;
        }
        emit(LOAD_CONST, addConst(co, new IdentityKey(co)));
        emit(MAKE_FUNCTION, flags);
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) {
            visit(d);
        }
        int firstLine = s.decoratorList().isEmpty() ? s.span().line() : s.decoratorList().get(0).span().line();
        Scope cs = st.scopeOf(s);
        String qualname = qualnameFor(s.name());
        Unit cls = enterUnit(cs, s.name(), qualname, firstLine);
        cls.loc = s.span();
        emit(LOAD_NAME, cls.nameIndex("__name__"));
        emit(STORE_NAME, cls.nameIndex("__module__"));
        loadConst(PyStr.of(qualname));
        emit(STORE_NAME, cls.nameIndex("__qualname__"));
        List<Stmt> body = s.body();
        String doc = docstring(body);
        int start = 0;
        if (doc != null) {
            cls.loc = body.get(0).span();
            loadConst(PyStr.of(doc));
            emit(STORE_NAME, cls.nameIndex("__doc__"));
            start = 1;
        }
        if (findAnnotations(body)) {
            emit(SETUP_ANNOTATIONS, 0);
        }
        for (int i = start; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        if (cls.reachable) {
            if (cs.needsClassClosure()) {
                emit(LOAD_CLOSURE, cls.derefIndex("__class__"));
                emit(COPY, 1);
                emit(STORE_NAME, cls.nameIndex("__classcell__"));
            } else {
                loadNone();
            }
            emit(RETURN_VALUE, 0);
        }
        CodeObject co = finish(cls, 0);
        u.loc = s.span();
        emit(PUSH_NULL, 0);
        emit(LOAD_BUILD_CLASS, 0);
        makeFunction(co, 0);
        loadConst(PyStr.intern(s.name()));
        callArgs(2, s.bases(), s.keywords());
        for (int i = s.decoratorList().size() - 1; i >= 0; i--) {
            emit(CALL, 0);
        }
        nameOp(s.name(), Ctx.STORE);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        Scope sc = u.scope;
        if (!sc.isFunction()) {
            throw error("'return' outside function", s.span());
        }
        if (s.value() != null && sc.isCoroutine && sc.isGenerator) {
            throw error("'return' with value in async generator", s.span());
        }
        boolean preserve = s.value() != null && !isConst(s.value());
        if (preserve) {
            visit(s.value());
        }
        ArrayDeque<Handler> saved = u.handlers.clone();
        unwindStack(preserve, false, s.span());
        u.loc = s.span();
        if (s.value() == null) {
            loadNone();
        } else if (!preserve) {
            visit(s.value());
        }
        emit(RETURN_VALUE, 0);
        restoreHandlers(saved);
        return null;
    }

    private void restoreHandlers(ArrayDeque<Handler> saved) {
        u.handlers.clear();
        u.handlers.addAll(saved);
    }

    private static boolean isLoop(FBlock f) {
        return f.kind == FBlock.Kind.WHILE_LOOP || f.kind == FBlock.Kind.FOR_LOOP
                || f.kind == FBlock.Kind.ASYNC_FOR_LOOP;
    }

    /**
     * Emits the cleanup of every frame block up to (not including) the innermost loop when
     * {@code toLoop}, else of all of them; returns that loop, or null.
     */
    private FBlock unwindStack(boolean preserveTos, boolean toLoop, Span at) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.peek();
        if (top.kind == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", at);
        }
        if (toLoop && isLoop(top)) {
            return top;
        }
        u.fblocks.pop();
        unwind(top, preserveTos, at);
        FBlock loop = unwindStack(preserveTos, toLoop, at);
        u.fblocks.push(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    private void unwind(FBlock f, boolean preserveTos, Span at) {
        switch (f.kind) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
                return;
            case FOR_LOOP:
            case ASYNC_FOR_LOOP:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP, 0);
                return;
            case TRY_EXCEPT:
                popBlock();
                return;
            case FINALLY_TRY:
                popBlock();
                if (preserveTos) {
                    pushFBlock(FBlock.Kind.POP_VALUE, null, null, null, at);
                }
                visitBody((List<Stmt>) f.datum);
                if (preserveTos) {
                    popFBlock();
                }
                u.loc = at;
                return;
            case FINALLY_END:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP, 0);
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                popBlock();
                emit(POP_EXCEPT, 0);
                return;
            case WITH:
            case ASYNC_WITH: {
                Span saved = u.loc;
                u.loc = ((Stmt) f.datum).span();
                popBlock();
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                callExitWithNones();
                if (f.kind == FBlock.Kind.ASYNC_WITH) {
                    emit(GET_AWAITABLE, 2);
                    loadNone();
                    sendLoop();
                }
                emit(POP_TOP, 0);
                u.loc = saved;
                return;
            }
            case HANDLER_CLEANUP:
                if (f.datum != null) {
                    popBlock();
                }
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                popBlock();
                emit(POP_EXCEPT, 0);
                if (f.datum != null) {
                    loadNone();
                    nameOp((String) f.datum, Ctx.STORE);
                    nameOp((String) f.datum, Ctx.DEL);
                }
                return;
            case POP_VALUE:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP, 0);
                return;
            default:
                throw new IllegalStateException(f.kind.toString());
        }
    }

    /** {@code exit None None None -- result}: CALL 2 with exit in the method slot, as 3.11 does. */
    private void callExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        emit(CALL, 2);
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        ArrayDeque<Handler> saved = u.handlers.clone();
        FBlock loop = unwindStack(false, true, s.span());
        if (loop == null) {
            throw error("'break' outside loop", s.span());
        }
        u.loc = s.span();
        unwind(loop, false, s.span());
        emitJump(Instr.JUMP, loop.exit);
        restoreHandlers(saved);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        ArrayDeque<Handler> saved = u.handlers.clone();
        FBlock loop = unwindStack(false, true, s.span());
        if (loop == null) {
            throw error("'continue' not properly in loop", s.span());
        }
        u.loc = s.span();
        emitJump(Instr.JUMP, loop.block);
        restoreHandlers(saved);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            delete(t);
        }
        return null;
    }

    private void delete(Expr t) {
        Span saved = u.loc;
        u.loc = t.span();
        if (t instanceof Expr.Name) {
            nameOp(((Expr.Name) t).id(), Ctx.DEL);
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            visit(a.value());
            u.loc = t.span();
            emit(DELETE_ATTR, u.nameIndex(mangle(a.attr())));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            visit(sub.value());
            visit(sub.slice());
            u.loc = t.span();
            emit(DELETE_SUBSCR, 0);
        } else if (t instanceof Expr.Tuple) {
            for (Expr e : ((Expr.Tuple) t).elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts()) {
                delete(e);
            }
        } else {
            throw error("cannot delete " + describe(t), t.span());
        }
        u.loc = saved;
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Constant) {
            return "literal";
        }
        return "expression";
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        visit(s.value());
        List<Expr> targets = s.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                emit(COPY, 1);
            }
            store(targets.get(i));
        }
        return null;
    }

    /** Stores TOS into an assignment target. */
    private void store(Expr t) {
        Span saved = u.loc;
        u.loc = t.span();
        if (t instanceof Expr.Name) {
            nameOp(((Expr.Name) t).id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            visit(a.value());
            u.loc = t.span();
            emit(STORE_ATTR, u.nameIndex(mangle(a.attr())));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            visit(sub.value());
            visit(sub.slice());
            u.loc = t.span();
            emit(STORE_SUBSCR, 0);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple ? ((Expr.Tuple) t).elts() : ((Expr.ListExpr) t).elts();
            unpack(elts, t.span());
            for (Expr e : elts) {
                store(e instanceof Expr.Starred ? ((Expr.Starred) e).value() : e);
            }
        } else if (t instanceof Expr.Starred) {
            throw error("starred assignment target must be in a list or tuple", t.span());
        } else {
            throw error("cannot assign to " + describe(t), t.span());
        }
        u.loc = saved;
    }

    private void unpack(List<Expr> elts, Span at) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", at);
                }
                star = i;
            }
        }
        if (star < 0) {
            emit(UNPACK_SEQUENCE, elts.size());
        } else {
            int after = elts.size() - star - 1;
            if (star >= 256 || after >= (1 << 16)) {
                throw error("too many expressions in star-unpacking assignment", at);
            }
            emit(UNPACK_EX, star | after << 8);
        }
    }

    private static int binOp(Operator op) {
        switch (op) {
            case ADD: return BinOp.ADD.ordinal();
            case SUB: return BinOp.SUBTRACT.ordinal();
            case MULT: return BinOp.MULTIPLY.ordinal();
            case MATMULT: return BinOp.MATRIX_MULTIPLY.ordinal();
            case DIV: return BinOp.TRUE_DIVIDE.ordinal();
            case MOD: return BinOp.REMAINDER.ordinal();
            case POW: return BinOp.POWER.ordinal();
            case LSHIFT: return BinOp.LSHIFT.ordinal();
            case RSHIFT: return BinOp.RSHIFT.ordinal();
            case BITOR: return BinOp.OR.ordinal();
            case BITXOR: return BinOp.XOR.ordinal();
            case BITAND: return BinOp.AND.ordinal();
            default: return BinOp.FLOOR_DIVIDE.ordinal();
        }
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr t = s.target();
        int op = binOp(s.op()) + BinOp.INPLACE;
        if (t instanceof Expr.Name) {
            nameOp(((Expr.Name) t).id(), Ctx.LOAD);
            visit(s.value());
            u.loc = s.span();
            emit(BINARY_OP, op);
            nameOp(((Expr.Name) t).id(), Ctx.STORE);
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            visit(a.value());
            u.loc = t.span();
            emit(COPY, 1);
            int idx = u.nameIndex(mangle(a.attr()));
            emit(LOAD_ATTR, idx);
            visit(s.value());
            u.loc = s.span();
            emit(BINARY_OP, op);
            emit(SWAP, 2);
            u.loc = t.span();
            emit(STORE_ATTR, idx);
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            visit(sub.value());
            visit(sub.slice());
            u.loc = t.span();
            emit(COPY, 2);
            emit(COPY, 2);
            emit(BINARY_SUBSCR, 0);
            visit(s.value());
            u.loc = s.span();
            emit(BINARY_OP, op);
            emit(SWAP, 3);
            emit(SWAP, 2);
            u.loc = t.span();
            emit(STORE_SUBSCR, 0);
        } else {
            throw error("'" + describe(t) + "' is an illegal expression for augmented assignment", t.span());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Expr t = s.target();
        if (s.value() != null) {
            visit(s.value());
            store(t);
        }
        boolean evaluate = u.scope.kind != Scope.Kind.FUNCTION;
        if (t instanceof Expr.Name) {
            if (s.simple() && evaluate) {
                u.loc = s.span();
                annotationValue(s.annotation());
                emit(LOAD_NAME, u.nameIndex("__annotations__"));
                loadConst(PyStr.intern(mangle(((Expr.Name) t).id())));
                emit(STORE_SUBSCR, 0);
            }
        } else if (s.value() == null) {
            // Non-simple targets are evaluated (not assigned) for their side effects.
            if (t instanceof Expr.Attribute) {
                visit(((Expr.Attribute) t).value());
                emit(POP_TOP, 0);
            } else if (t instanceof Expr.Subscript) {
                visit(((Expr.Subscript) t).value());
                emit(POP_TOP, 0);
                visit(((Expr.Subscript) t).slice());
                emit(POP_TOP, 0);
            }
        }
        if (!(t instanceof Expr.Name && s.simple()) && evaluate && !st.futureAnnotations()) {
            visit(s.annotation());
            emit(POP_TOP, 0);
        }
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            return asyncFor(s);
        }
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        visit(s.iter());
        emit(GET_ITER, 0);
        bind(start);
        u.loc = s.iter().span();
        emitJump(FOR_ITER, cleanup);
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null, s.span());
        store(s.target());
        visitBody(s.body());
        popFBlock();
        u.loc = s.span();
        emitJump(Instr.JUMP, start);
        bind(cleanup);
        visitBody(s.orelse());
        bind(end);
        return null;
    }

    private Void asyncFor(Stmt.For s) {
        checkAsyncAllowed(s.span(), "'async for' outside async function");
        Label start = new Label();
        Label except = new Label();
        Label end = new Label();
        visit(s.iter());
        emit(GET_AITER, 0);
        bind(start);
        setup(Instr.SETUP_FINALLY, except);
        emit(GET_ANEXT, 0);
        loadNone();
        sendLoop();
        popBlock();
        pushFBlock(FBlock.Kind.ASYNC_FOR_LOOP, start, end, null, s.span());
        store(s.target());
        visitBody(s.body());
        popFBlock();
        u.loc = s.span();
        emitJump(Instr.JUMP, start);
        bind(except);
        emit(END_ASYNC_FOR, 0);
        visitBody(s.orelse());
        bind(end);
        return null;
    }

    private void checkAsyncAllowed(Span at, String msg) {
        Scope sc = u.scope;
        if (!(sc.isFunction() && sc.isCoroutine)) {
            throw error(msg, at);
        }
    }

    /** {@code receiver value -- result}: 3.11's yield-from / await loop. */
    private void sendLoop() {
        Label send = new Label();
        Label exit = new Label();
        bind(send);
        emitJump(SEND, exit);
        emit(YIELD_VALUE, 0);
        emitJump(Instr.JUMP, send);
        bind(exit);
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        PyObj c = constValue(s.test());
        if (c != null && !isTruthyConst(c)) {
            visitBody(s.orelse());
            return null;
        }
        Label loop = new Label();
        Label anchor = new Label();
        Label end = new Label();
        bind(loop);
        if (c == null) {
            jumpIf(s.test(), anchor, false);
        }
        pushFBlock(FBlock.Kind.WHILE_LOOP, loop, end, null, s.span());
        visitBody(s.body());
        popFBlock();
        u.loc = s.span();
        emitJump(Instr.JUMP, loop);
        bind(anchor);
        visitBody(s.orelse());
        bind(end);
        return null;
    }

    private static boolean isTruthyConst(PyObj c) {
        if (c == PyNone.NONE) {
            return false;
        }
        if (c instanceof PyBool) {
            return c == PyBool.TRUE;
        }
        if (c instanceof PyInt) {
            return ((PyInt) c).signum() != 0;
        }
        if (c instanceof PyFloat) {
            return ((PyFloat) c).value != 0.0;
        }
        if (c instanceof PyStr) {
            return !((PyStr) c).value().isEmpty();
        }
        if (c instanceof PyTuple) {
            return ((PyTuple) c).items().length != 0;
        }
        if (c instanceof PyComplex) {
            return ((PyComplex) c).real != 0.0 || ((PyComplex) c).imag != 0.0;
        }
        if (c instanceof PyBytes) {
            return ((PyBytes) c).value().length != 0;
        }
        return true;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        Label next = new Label();
        jumpIf(s.test(), next, false);
        visitBody(s.body());
        if (!s.orelse().isEmpty()) {
            Label end = new Label();
            u.loc = s.span();
            emitJump(Instr.JUMP, end);
            bind(next);
            visitBody(s.orelse());
            bind(end);
        } else {
            bind(next);
        }
        return null;
    }

    /** Jumps to {@code target} when the truth of {@code e} equals {@code cond}; falls through otherwise. */
    private void jumpIf(Expr e, Label target, boolean cond) {
        Span saved = u.loc;
        u.loc = e.span();
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op() == org.ember.ast.UnaryOpKind.NOT) {
            jumpIf(((Expr.UnaryOp) e).operand(), target, !cond);
        } else if (e instanceof Expr.BoolOp) {
            Expr.BoolOp b = (Expr.BoolOp) e;
            boolean isOr = b.op() == BoolOpKind.OR;
            List<Expr> vs = b.values();
            if (isOr == cond) {
                for (Expr v : vs) {
                    jumpIf(v, target, cond);
                }
            } else {
                Label next = new Label();
                for (int i = 0; i < vs.size() - 1; i++) {
                    jumpIf(vs.get(i), next, !cond);
                }
                jumpIf(vs.get(vs.size() - 1), target, cond);
                bind(next);
            }
        } else if (e instanceof Expr.Compare && ((Expr.Compare) e).ops().size() == 1
                && (((Expr.Compare) e).ops().get(0) == CmpOp.IS || ((Expr.Compare) e).ops().get(0) == CmpOp.IS_NOT)
                && isNoneConst(((Expr.Compare) e).comparators().get(0))) {
            // `x is None` jumps directly on None-ness, as 3.11 does.
            Expr.Compare c = (Expr.Compare) e;
            visit(c.left());
            u.loc = e.span();
            boolean jumpOnNone = (c.ops().get(0) == CmpOp.IS) == cond;
            emitJump(jumpOnNone ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, target);
        } else {
            visit(e);
            u.loc = e.span();
            emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        }
        u.loc = saved;
    }

    private static boolean isNoneConst(Expr e) {
        return e instanceof Expr.Constant && ((Expr.Constant) e).value() == Expr.Constant.NONE;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        with(s, 0);
        return null;
    }

    private void with(Stmt.With s, int i) {
        WithItem item = s.items().get(i);
        boolean async = s.isAsync();
        if (async) {
            checkAsyncAllowed(s.span(), "'async with' outside async function");
        }
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        visit(item.contextExpr());
        u.loc = s.span();
        if (async) {
            emit(BEFORE_ASYNC_WITH, 0);
            emit(GET_AWAITABLE, 1);
            loadNone();
            sendLoop();
        } else {
            emit(BEFORE_WITH, 0);
        }
        setup(Instr.SETUP_WITH, fin);
        pushFBlock(async ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH, null, null, s, s.span());
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            emit(POP_TOP, 0);
        }
        if (i + 1 < s.items().size()) {
            with(s, i + 1);
        } else {
            visitBody(s.body());
        }
        popFBlock();
        u.loc = s.span();
        popBlock();
        callExitWithNones();
        if (async) {
            emit(GET_AWAITABLE, 2);
            loadNone();
            sendLoop();
        }
        emit(POP_TOP, 0);
        emitJump(Instr.JUMP, exit);
        // Exceptional exit: exit lasti exc on the stack.
        bind(fin);
        setup(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO, 0);
        emit(WITH_EXCEPT_START, 0);
        if (async) {
            emit(GET_AWAITABLE, 2);
            loadNone();
            sendLoop();
        }
        Label suppress = new Label();
        emitJump(POP_JUMP_IF_TRUE, suppress);
        emit(RERAISE, 2);
        bind(suppress);
        emit(POP_TOP, 0);
        popBlock();
        emit(POP_EXCEPT, 0);
        emit(POP_TOP, 0);
        emit(POP_TOP, 0);
        emitJump(Instr.JUMP, exit);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    /** {@code saved lasti exc}: restore the previously handled exception and re-raise. */
    private void popExceptAndReraise() {
        emit(COPY, 3);
        emit(POP_EXCEPT, 0);
        emit(RERAISE, 1);
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            visit(s.exc());
            n++;
            if (s.cause() != null) {
                visit(s.cause());
                n++;
            }
        }
        u.loc = s.span();
        emit(RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s);
        } else if (s.isStar()) {
            tryStar(s);
        } else {
            tryExcept(s);
        }
        return null;
    }

    private void tryFinally(Stmt.Try s) {
        Label handler = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        setup(Instr.SETUP_FINALLY, handler);
        pushFBlock(FBlock.Kind.FINALLY_TRY, null, null, s.finalbody(), s.span());
        if (!s.handlers().isEmpty()) {
            if (s.isStar()) {
                tryStar(s);
            } else {
                tryExcept(s);
            }
        } else {
            visitBody(s.body());
        }
        popFBlock();
        popBlock();
        visitBody(s.finalbody());
        u.loc = s.span();
        emitJump(Instr.JUMP, exit);
        bind(handler);
        u.loc = Span.NONE;
        setup(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.Kind.FINALLY_END, null, null, null, s.span());
        visitBody(s.finalbody());
        popFBlock();
        u.loc = Span.NONE;
        emit(RERAISE, 0);
        popBlock();
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        setup(Instr.SETUP_FINALLY, except);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, null, null, null, s.span());
        visitBody(s.body());
        popFBlock();
        popBlock();
        visitBody(s.orelse());
        emitJump(Instr.JUMP, end);
        bind(except);
        u.loc = Span.NONE;
        setup(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null, s.span());
        List<ExceptHandler> hs = s.handlers();
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = hs.get(i);
            u.loc = h.span();
            if (h.type() == null && i < hs.size() - 1) {
                throw error("default 'except:' must be last", h.span());
            }
            Label next = new Label();
            if (h.type() != null) {
                visit(h.type());
                u.loc = h.span();
                emit(CHECK_EXC_MATCH, 0);
                emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                nameOp(h.name(), Ctx.STORE);
                setup(Instr.SETUP_CLEANUP, cleanupEnd);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, h.name(), h.span());
                visitBody(h.body());
                popFBlock();
                u.loc = Span.NONE;
                popBlock();
                popBlock();
                emit(POP_EXCEPT, 0);
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                emitJump(Instr.JUMP, end);
                // The body raised: clear the name, then re-raise to the outer cleanup.
                bind(cleanupEnd);
                u.handlers.push(outerCleanup(cleanup));
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                emit(RERAISE, 1);
                u.handlers.pop();
            } else {
                emit(POP_TOP, 0);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, null, h.span());
                visitBody(h.body());
                popFBlock();
                u.loc = Span.NONE;
                popBlock();
                emit(POP_EXCEPT, 0);
                emitJump(Instr.JUMP, end);
            }
            bind(next);
            // Still inside the except block's cleanup region for the next handler's match.
            if (u.handlers.peek() == null || u.handlers.peek().target != cleanup) {
                u.handlers.push(outerCleanup(cleanup));
            }
        }
        popFBlock();
        u.loc = Span.NONE;
        emit(RERAISE, 0);
        popBlock();
        bind(cleanup);
        popExceptAndReraise();
        bind(end);
    }

    /** The handler object of the SETUP_CLEANUP targeting {@code cleanup}, found in the instructions. */
    private Handler outerCleanup(Label cleanup) {
        for (int i = u.instrs.size() - 1; i >= 0; i--) {
            Instr in = u.instrs.get(i);
            if (in.opens != null && in.opens.target == cleanup) {
                return in.opens;
            }
        }
        throw new IllegalStateException("no cleanup handler");
    }

    private void tryStar(Stmt.Try s) {
        Label except = new Label();
        Label orelse = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        setup(Instr.SETUP_FINALLY, except);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, null, null, null, s.span());
        visitBody(s.body());
        popFBlock();
        popBlock();
        emitJump(Instr.JUMP, orelse);
        bind(except);
        u.loc = Span.NONE;
        setup(Instr.SETUP_CLEANUP, cleanup);
        emit(PUSH_EXC_INFO, 0);
        pushFBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, null, null, null, s.span());
        List<ExceptHandler> hs = s.handlers();
        for (int i = 0; i < hs.size(); i++) {
            ExceptHandler h = hs.get(i);
            u.loc = h.span();
            if (h.type() == null) {
                throw error("expected exception type", h.span());
            }
            Label noMatch = new Label();
            Label next = new Label();
            if (i == 0) {
                // saved orig -- saved orig list exc
                emit(COPY, 1);
                emit(BUILD_LIST, 0);
                emit(SWAP, 2);
            }
            visit(h.type());
            u.loc = h.span();
            emit(CHECK_EG_MATCH, 0);
            emit(COPY, 1);
            emitJump(POP_JUMP_IF_NONE, noMatch);
            if (h.name() != null) {
                nameOp(h.name(), Ctx.STORE);
            } else {
                emit(POP_TOP, 0);
            }
            Label cleanupEnd = new Label();
            setup(Instr.SETUP_CLEANUP, cleanupEnd);
            pushFBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, h.name(), h.span());
            visitBody(h.body());
            popFBlock();
            u.loc = Span.NONE;
            popBlock();
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            emitJump(Instr.JUMP, next);
            // The handler body raised: record its exception in the list and go on.
            bind(cleanupEnd);
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
            }
            emit(LIST_APPEND, 3);
            emit(POP_TOP, 0);
            emitJump(Instr.JUMP, next);
            bind(noMatch);
            emit(POP_TOP, 0);
            bind(next);
        }
        popFBlock();
        // saved orig list rest
        u.loc = Span.NONE;
        bind(reraiseStar);
        emit(LIST_APPEND, 1);
        emit(PREP_RERAISE_STAR, 0);
        emit(COPY, 1);
        Label reraise = new Label();
        emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        emit(POP_TOP, 0);
        popBlock();
        emit(POP_EXCEPT, 0);
        emitJump(Instr.JUMP, end);
        bind(reraise);
        emit(SWAP, 2);
        emit(POP_EXCEPT, 0);
        emit(RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(orelse);
        visitBody(s.orelse());
        bind(end);
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Label end = new Label();
        jumpIf(s.test(), end, true);
        u.loc = s.span();
        if (s.msg() != null) {
            emit(PUSH_NULL, 0);
            emit(LOAD_ASSERTION_ERROR, 0);
            visit(s.msg());
            u.loc = s.span();
            emit(CALL, 1);
        } else {
            emit(LOAD_ASSERTION_ERROR, 0);
        }
        emit(RAISE_VARARGS, 1);
        bind(end);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            u.loc = a.span() != null && a.span().line() > 0 ? a.span() : s.span();
            loadConst(PyInt.of(0));
            loadNone();
            emit(IMPORT_NAME, u.nameIndex(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                if (parts.length > 1) {
                    for (int i = 1; i < parts.length - 1; i++) {
                        emit(IMPORT_FROM, u.nameIndex(parts[i]));
                        emit(SWAP, 2);
                        emit(POP_TOP, 0);
                    }
                    emit(IMPORT_FROM, u.nameIndex(parts[parts.length - 1]));
                    nameOp(a.asname(), Ctx.STORE);
                    emit(POP_TOP, 0);
                } else {
                    nameOp(a.asname(), Ctx.STORE);
                }
            } else {
                nameOp(a.name().split("\\.", 2)[0], Ctx.STORE);
            }
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        List<String> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        loadConst(PyInt.of(s.level()));
        loadConst(strTuple(names));
        emit(IMPORT_NAME, u.nameIndex(s.module() == null ? "" : s.module()));
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                emit(IMPORT_STAR, 0);
                return null;
            }
            emit(IMPORT_FROM, u.nameIndex(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        emit(POP_TOP, 0);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        if (s.value() instanceof Expr.Constant) {
            // A constant statement has no effect (docstrings in odd places, `...` bodies).
            emit(NOP, 0);
            return null;
        }
        visit(s.value());
        u.loc = s.span();
        emit(POP_TOP, 0);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        emit(NOP, 0);
        return null;
    }

    // ---- match ---------------------------------------------------------------------------------

    @Override
    public Void visitMatch(Stmt.Match s) {
        MatchCompiler.compile(this, s);
        return null;
    }

    // Hooks for MatchCompiler, which shares this unit's emission.
    void mEmit(int op, int arg) {
        emit(op, arg);
    }

    void mJump(int op, Label l) {
        emitJump(op, l);
    }

    void mBind(Label l) {
        bind(l);
    }

    void mVisit(Expr e) {
        visit(e);
    }

    void mStoreName(String name) {
        nameOp(name, Ctx.STORE);
    }

    void mLoadConst(PyObj v) {
        loadConst(v);
    }

    void mJumpIf(Expr e, Label l, boolean cond) {
        jumpIf(e, l, cond);
    }

    void mBody(List<Stmt> body) {
        visitBody(body);
    }

    void mLoc(Span s) {
        u.loc = s;
    }

    PySyntaxError mError(String msg, Span at) {
        return error(msg, at);
    }

    PyTuple mStrTuple(List<String> names) {
        return strTuple(names);
    }

    // ---- expressions ---------------------------------------------------------------------------

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Label end = new Label();
        int op = e.op() == BoolOpKind.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        List<Expr> vs = e.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            visit(vs.get(i));
            u.loc = e.span();
            emitJump(op, end);
        }
        visit(vs.get(vs.size() - 1));
        bind(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        u.loc = e.span();
        emit(COPY, 1);
        store(e.target());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        u.loc = e.span();
        emit(BINARY_OP, binOp(e.op()));
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        PyObj folded = constValue(e);
        if (folded != null) {
            loadConst(folded);
            return null;
        }
        visit(e.operand());
        u.loc = e.span();
        switch (e.op()) {
            case INVERT: emit(UNARY_INVERT, 0); break;
            case NOT: emit(UNARY_NOT, 0); break;
            case UADD: emit(UNARY_POSITIVE, 0); break;
            default: emit(UNARY_NEGATIVE, 0); break;
        }
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        int flags = defaults(e.args());
        Scope ls = st.scopeOf(e);
        Unit fn = enterUnit(ls, "<lambda>", qualnameFor("<lambda>"), e.span().line());
        setArgCounts(fn, e.args());
        visit(e.body());
        if (!ls.isGenerator) {
            u.loc = e.body().span();
            emit(RETURN_VALUE, 0);
        } else {
            emit(POP_TOP, 0);
        }
        CodeObject co = finish(fn, 0);
        u.loc = e.span();
        makeFunction(co, flags);
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Label orelse = new Label();
        Label end = new Label();
        jumpIf(e.test(), orelse, false);
        visit(e.body());
        emitJump(Instr.JUMP, end);
        bind(orelse);
        visit(e.orelse());
        bind(end);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < e.values().size(); i++) {
            Expr k = e.keys().get(i);
            if (k == null) {
                if (!built) {
                    // The pairs before the first ** become the initial dict; later pairs MAP_ADD.
                    u.loc = e.span();
                    emit(BUILD_MAP, pending);
                    built = true;
                }
                pending = 0;
                visit(e.values().get(i));
                u.loc = e.span();
                emit(DICT_UPDATE, 1);
            } else {
                visit(k);
                visit(e.values().get(i));
                if (built) {
                    u.loc = e.span();
                    emit(MAP_ADD, 1);
                } else {
                    pending++;
                }
            }
        }
        if (!built) {
            u.loc = e.span();
            emit(BUILD_MAP, pending);
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        sequence(e.elts(), BUILD_SET, SET_ADD, SET_UPDATE, false, e.span());
        return null;
    }

    /** A list/tuple/set display, with {@code *x} items merged through a list (or set). */
    private void sequence(List<Expr> elts, int build, int add, int extend, boolean tuple, Span at) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
                break;
            }
        }
        if (star < 0) {
            for (Expr x : elts) {
                visit(x);
            }
            u.loc = at;
            emit(build, elts.size());
            return;
        }
        boolean set = build == BUILD_SET;
        for (int i = 0; i < star; i++) {
            visit(elts.get(i));
        }
        u.loc = at;
        emit(set ? BUILD_SET : BUILD_LIST, star);
        for (int i = star; i < elts.size(); i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred) {
                visit(((Expr.Starred) x).value());
                u.loc = at;
                emit(set ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                visit(x);
                u.loc = at;
                emit(set ? SET_ADD : LIST_APPEND, 1);
            }
        }
        if (tuple) {
            emit(LIST_TO_TUPLE, 0);
        }
    }

    private enum CompKind { LIST, SET, DICT, GENEXP }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, CompKind.LIST, "<listcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, CompKind.SET, "<setcomp>", e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, CompKind.DICT, "<dictcomp>", e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, CompKind.GENEXP, "<genexpr>", e.generators(), e.elt(), null);
        return null;
    }

    private void comprehension(Expr node, CompKind kind, String name, List<Comprehension> gens, Expr elt,
                               Expr value) {
        Scope cs = st.scopeOf(node);
        boolean asyncComp = cs.isCoroutine && kind != CompKind.GENEXP;
        if (asyncComp && !(u.scope.isFunction() && (u.scope.isCoroutine || u.scope.isComprehension))) {
            throw error("asynchronous comprehension outside of an asynchronous function", node.span());
        }
        Unit fn = enterUnit(cs, name, qualnameFor(name), node.span().line());
        fn.argcount = 1;
        fn.loc = node.span();
        switch (kind) {
            case LIST: emit(BUILD_LIST, 0); break;
            case SET: emit(BUILD_SET, 0); break;
            case DICT: emit(BUILD_MAP, 0); break;
            default: break;
        }
        compGenerator(gens, 0, kind, elt, value, node.span());
        if (kind != CompKind.GENEXP) {
            u.loc = node.span();
            emit(RETURN_VALUE, 0);
        }
        CodeObject co = finish(fn, 0);
        u.loc = node.span();
        emit(PUSH_NULL, 0);
        makeFunction(co, 0);
        Comprehension first = gens.get(0);
        visit(first.iter());
        u.loc = node.span();
        emit(first.isAsync() ? GET_AITER : GET_ITER, 0);
        emit(CALL, 1);
        if (asyncComp) {
            emit(GET_AWAITABLE, 0);
            loadNone();
            sendLoop();
        }
    }

    private void compGenerator(List<Comprehension> gens, int i, CompKind kind, Expr elt, Expr value, Span at) {
        Comprehension g = gens.get(i);
        Label start = new Label();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        if (i == 0) {
            u.loc = at;
            emit(LOAD_FAST, u.varIndex(".0"));
        } else {
            visit(g.iter());
            u.loc = at;
            emit(g.isAsync() ? GET_AITER : GET_ITER, 0);
        }
        bind(start);
        if (g.isAsync()) {
            setup(Instr.SETUP_FINALLY, anchor);
            emit(GET_ANEXT, 0);
            loadNone();
            sendLoop();
            popBlock();
        } else {
            emitJump(FOR_ITER, anchor);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (i + 1 < gens.size()) {
            compGenerator(gens, i + 1, kind, elt, value, at);
        } else {
            int depth = gens.size() + 1;
            switch (kind) {
                case GENEXP:
                    visit(elt);
                    u.loc = elt.span();
                    emit(YIELD_VALUE, 0);
                    emit(POP_TOP, 0);
                    break;
                case LIST:
                    visit(elt);
                    u.loc = at;
                    emit(LIST_APPEND, depth);
                    break;
                case SET:
                    visit(elt);
                    u.loc = at;
                    emit(SET_ADD, depth);
                    break;
                default:
                    visit(elt);
                    visit(value);
                    u.loc = at;
                    emit(MAP_ADD, depth);
                    break;
            }
        }
        bind(ifCleanup);
        u.loc = at;
        emitJump(Instr.JUMP, start);
        bind(anchor);
        if (g.isAsync()) {
            emit(END_ASYNC_FOR, 0);
        }
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        Scope sc = u.scope;
        if (!sc.isFunction()) {
            throw error("'await' outside function", e.span());
        }
        if (!sc.isCoroutine && !sc.isComprehension) {
            throw error("'await' outside async function", e.span());
        }
        visit(e.value());
        u.loc = e.span();
        emit(GET_AWAITABLE, 0);
        loadNone();
        sendLoop();
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (!u.scope.isFunction()) {
            throw error("'yield' outside function", e.span());
        }
        if (e.value() != null) {
            visit(e.value());
        } else {
            loadNone();
        }
        u.loc = e.span();
        emit(YIELD_VALUE, 0);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (!u.scope.isFunction()) {
            throw error("'yield' outside function", e.span());
        }
        if (u.scope.isCoroutine) {
            throw error("'yield from' inside async function", e.span());
        }
        visit(e.value());
        u.loc = e.span();
        emit(GET_YIELD_FROM_ITER, 0);
        loadNone();
        sendLoop();
        return null;
    }

    private void compareOp(CmpOp op) {
        switch (op) {
            case EQ: emit(COMPARE_OP, CompareOp.EQ.ordinal()); break;
            case NOT_EQ: emit(COMPARE_OP, CompareOp.NE.ordinal()); break;
            case LT: emit(COMPARE_OP, CompareOp.LT.ordinal()); break;
            case LT_E: emit(COMPARE_OP, CompareOp.LE.ordinal()); break;
            case GT: emit(COMPARE_OP, CompareOp.GT.ordinal()); break;
            case GT_E: emit(COMPARE_OP, CompareOp.GE.ordinal()); break;
            case IS: emit(IS_OP, 0); break;
            case IS_NOT: emit(IS_OP, 1); break;
            case IN: emit(CONTAINS_OP, 0); break;
            default: emit(CONTAINS_OP, 1); break;
        }
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        int n = e.ops().size();
        if (n == 1) {
            visit(e.comparators().get(0));
            u.loc = e.span();
            compareOp(e.ops().get(0));
            return null;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < n - 1; i++) {
            visit(e.comparators().get(i));
            u.loc = e.span();
            emit(SWAP, 2);
            emit(COPY, 2);
            compareOp(e.ops().get(i));
            emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators().get(n - 1));
        u.loc = e.span();
        compareOp(e.ops().get(n - 1));
        emitJump(Instr.JUMP, end);
        bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP, 0);
        bind(end);
        return null;
    }

    private static boolean hasStarOrDoubleStar(List<Expr> args, List<Keyword> kws) {
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return true;
            }
        }
        for (Keyword k : kws) {
            if (k.arg() == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        Expr f = e.func();
        if (f instanceof Expr.Attribute && ((Expr.Attribute) f).ctx() == Ctx.LOAD
                && !hasStarOrDoubleStar(e.args(), e.keywords())) {
            Expr.Attribute a = (Expr.Attribute) f;
            visit(a.value());
            u.loc = a.span();
            emit(LOAD_METHOD, u.nameIndex(mangle(a.attr())));
        } else if (f instanceof Expr.Name && isGlobalLoad((Expr.Name) f)) {
            u.loc = f.span();
            globalOp(mangle(((Expr.Name) f).id()), Ctx.LOAD, true);
        } else {
            u.loc = e.span();
            emit(PUSH_NULL, 0);
            visit(f);
        }
        u.loc = e.span();
        callArgs(0, e.args(), e.keywords());
        return null;
    }

    /** Emits arguments after {@code already} positional values on the stack, then CALL or CALL_FUNCTION_EX. */
    private void callArgs(int already, List<Expr> args, List<Keyword> kws) {
        Span at = u.loc;
        if (!hasStarOrDoubleStar(args, kws)) {
            for (Expr a : args) {
                visit(a);
            }
            List<String> names = new ArrayList<>();
            for (Keyword k : kws) {
                visit(k.value());
                names.add(k.arg());
            }
            u.loc = at;
            if (!names.isEmpty()) {
                emit(KW_NAMES, constIndex(strTuple(names)));
            }
            emit(CALL, already + args.size() + kws.size());
            return;
        }
        int leading = 0;
        while (leading < args.size() && !(args.get(leading) instanceof Expr.Starred)) {
            visit(args.get(leading));
            leading++;
        }
        u.loc = at;
        if (already + args.size() == 0) {
            loadConst(PyTuple.EMPTY);
        } else if (already == 0 && args.size() == 1 && leading == 0) {
            // f(*xs): CALL_FUNCTION_EX converts xs itself, naming f if xs is not iterable.
            visit(((Expr.Starred) args.get(0)).value());
            u.loc = at;
        } else {
            emit(BUILD_LIST, already + leading);
            for (int i = leading; i < args.size(); i++) {
                Expr a = args.get(i);
                if (a instanceof Expr.Starred) {
                    visit(((Expr.Starred) a).value());
                    u.loc = at;
                    emit(LIST_EXTEND, 1);
                } else {
                    visit(a);
                    u.loc = at;
                    emit(LIST_APPEND, 1);
                }
            }
            emit(LIST_TO_TUPLE, 0);
        }
        if (kws.isEmpty()) {
            emit(CALL_FUNCTION_EX, 0);
            return;
        }
        emit(BUILD_MAP, 0);
        int i = 0;
        while (i < kws.size()) {
            Keyword k = kws.get(i);
            if (k.arg() == null) {
                visit(k.value());
                u.loc = at;
                emit(DICT_MERGE, 1);
                i++;
            } else {
                int n = 0;
                while (i < kws.size() && kws.get(i).arg() != null) {
                    loadConst(PyStr.intern(kws.get(i).arg()));
                    visit(kws.get(i).value());
                    n++;
                    i++;
                }
                u.loc = at;
                emit(BUILD_MAP, n);
                emit(DICT_MERGE, 1);
            }
        }
        emit(CALL_FUNCTION_EX, 1);
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int flags;
        switch (e.conversion()) {
            case 's': flags = 1; break;
            case 'r': flags = 2; break;
            case 'a': flags = 3; break;
            default: flags = 0; break;
        }
        if (e.formatSpec() != null) {
            visit(e.formatSpec());
            flags |= 4;
        }
        u.loc = e.span();
        emit(FORMAT_VALUE, flags);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        List<Expr> vs = e.values();
        if (vs.isEmpty()) {
            loadConst(PyStr.EMPTY);
            return null;
        }
        for (Expr v : vs) {
            visit(v);
        }
        if (vs.size() > 1 || !(vs.get(0) instanceof Expr.FormattedValue)) {
            u.loc = e.span();
            if (vs.size() > 1) {
                emit(BUILD_STRING, vs.size());
            }
        }
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        loadConst(constant(e.value()));
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        u.loc = e.span();
        int idx = u.nameIndex(mangle(e.attr()));
        switch (e.ctx()) {
            case LOAD: emit(LOAD_ATTR, idx); break;
            case STORE: emit(STORE_ATTR, idx); break;
            default: emit(DELETE_ATTR, idx); break;
        }
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        u.loc = e.span();
        switch (e.ctx()) {
            case LOAD: emit(BINARY_SUBSCR, 0); break;
            case STORE: emit(STORE_SUBSCR, 0); break;
            default: emit(DELETE_SUBSCR, 0); break;
        }
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        throw error("can't use starred expression here", e.span());
    }

    @Override
    public Void visitName(Expr.Name e) {
        nameOp(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        if (e.ctx() != Ctx.LOAD) {
            store(e);
            return null;
        }
        sequence(e.elts(), BUILD_LIST, LIST_APPEND, LIST_EXTEND, false, e.span());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        if (e.ctx() != Ctx.LOAD) {
            store(e);
            return null;
        }
        PyObj c = e.elts().isEmpty() ? PyTuple.EMPTY : constValue(e);
        if (c != null) {
            loadConst(c);
            return null;
        }
        sequence(e.elts(), BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true, e.span());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        int n = 2;
        if (e.lower() != null) {
            visit(e.lower());
        } else {
            loadNone();
        }
        if (e.upper() != null) {
            visit(e.upper());
        } else {
            loadNone();
        }
        if (e.step() != null) {
            visit(e.step());
            n = 3;
        }
        u.loc = e.span();
        emit(BUILD_SLICE, n);
        return null;
    }
}
