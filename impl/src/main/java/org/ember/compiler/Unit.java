package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ember.ast.Span;
import org.ember.objects.PyObj;

/** The code object being built for one scope: instructions, tables, and the block stacks. */
final class Unit {
    final Scope scope;
    final Unit parent;
    final String name;
    final String qualname;
    final int firstLine;
    final List<Instr> instrs = new ArrayList<>();
    final List<PyObj> consts = new ArrayList<>();
    final Map<Object, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars;
    final List<String> freevars;
    final ArrayDeque<FBlock> fblocks = new ArrayDeque<>();
    final ArrayDeque<Handler> handlers = new ArrayDeque<>();
    Span loc = Span.NONE;
    PyObj doc;
    int argcount;
    int posonly;
    int kwonly;
    /** False after a terminal instruction until a label is bound. */
    boolean reachable = true;

    Unit(Scope scope, Unit parent, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.parent = parent;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        if (scope.isFunction()) {
            varnames.addAll(scope.params());
            for (String n : scope.namesWith(Scope.Binding.LOCAL)) {
                if (!varnames.contains(n)) {
                    varnames.add(n);
                }
            }
        }
        this.cellvars = scope.cellVars();
        this.freevars = scope.freeVars();
    }

    int varIndex(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    /** The localsplus index of a cell or free variable. */
    int derefIndex(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return varnames.size() + i;
        }
        i = freevars.indexOf(n);
        if (i >= 0) {
            return varnames.size() + cellvars.size() + i;
        }
        throw new IllegalStateException("no cell or free variable " + n + " in " + qualname);
    }

    int nameIndex(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = names.size();
            names.add(n);
            nameIndex.put(n, i);
        }
        return i;
    }
}
