package org.ember.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table: a module, class body, function, lambda or comprehension. Holds
 * what the body does with each name ({@link #flags}) and, after analysis, how each name is
 * reached ({@link #binding}). Built by {@link SymbolTable}; read by {@link CodeGen}.
 */
public final class Scope {
    /** The kind of block; lambdas and comprehensions are {@link #FUNCTION}s. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from code in this scope, as CPython's symtable scopes. */
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    // Use flags recorded while walking the body.
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_IMPORT = 32;
    static final int DEF_ANNOT = 64;
    static final int DEF_COMP_ITER = 128;
    /** A class-local name that nested functions also reach as a free variable of an outer function. */
    static final int DEF_FREE_CLASS = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final Kind kind;
    public final String name;
    public final Scope parent;
    public final int line;
    public final boolean isLambda;
    public final boolean isComprehension;
    /** For {@code async def} and async comprehensions. */
    boolean isCoroutine;
    boolean isGenerator;
    /** The class body whose methods use {@code super} or {@code __class__}. */
    boolean needsClassClosure;
    boolean hasVarargs;
    boolean hasVarkw;
    /** The private-name mangling prefix source (innermost enclosing class name), or null. */
    final String privateName;
    final List<Scope> children = new ArrayList<>();
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();

    Scope(Kind kind, String name, Scope parent, int line, boolean isLambda, boolean isComprehension,
          String privateName) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.line = line;
        this.isLambda = isLambda;
        this.isComprehension = isComprehension;
        this.privateName = privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** Whether locals live in the fast array (functions, lambdas, comprehensions). */
    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    public boolean isGenerator() {
        return isGenerator;
    }

    public boolean isCoroutine() {
        return isCoroutine;
    }

    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** The (mangled) name's binding; names never mentioned are implicit globals. */
    public Binding binding(String name) {
        Binding b = bindings.get(name);
        return b == null ? Binding.GLOBAL_IMPLICIT : b;
    }

    int flagsOf(String name) {
        Integer f = flags.get(name);
        return f == null ? 0 : f;
    }

    /** The parameters in definition order. */
    public List<String> params() {
        return params;
    }

    public List<Scope> children() {
        return children;
    }

    /** Names of this scope with the given binding, in first-mention order. */
    public List<String> namesWith(Binding b) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == b) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Free variables as the code object lists them: FREE names plus class-local names passed through. */
    public List<String> freeVars() {
        // Sorted, as CPython orders co_freevars.
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.FREE
                    || (e.getValue() == Binding.LOCAL && (flagsOf(e.getKey()) & DEF_FREE_CLASS) != 0)) {
                out.add(e.getKey());
            }
        }
        return new ArrayList<>(out);
    }

    /** Cell variables: locals captured by nested scopes, plus {@code __class__} for classes that need it. */
    public List<String> cellVars() {
        // As CPython 3.11 orders co_cellvars: captured parameters in parameter order, then the
        // other cells sorted; a class's __class__ cell comes first.
        List<String> out = new ArrayList<>();
        java.util.TreeSet<String> rest = new java.util.TreeSet<>(namesWith(Binding.CELL));
        for (String p : params) {
            if (rest.remove(p)) {
                out.add(p);
            }
        }
        out.addAll(rest);
        if (needsClassClosure) {
            out.remove("__class__");
            out.add(0, "__class__");
        }
        return out;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + bindings;
    }
}
