package org.ember.objects;

import org.ember.objects.SlotFns.Fn1;
import org.ember.objects.SlotFns.Fn2;

/**
 * The slots and methods of {@code set} and {@code frozenset}. Operators take only sets on both
 * sides (else NotImplemented); the named methods take any iterable. Results of operations have
 * the builtin base type of the left operand ({@code set} or {@code frozenset}), never a subclass.
 * Compare CPython {@code Objects/setobject.c}.
 */
final class SetMethods {
    private SetMethods() {}

    static final PyType ITER = PySeqIter.iterType("set_iterator", self -> ((SetIter) self).nextItem());

    // ---- helpers ---------------------------------------------------------------------------------

    /** A new empty set of the builtin base type of {@code like}. */
    static PySet newLike(PyObj like) {
        return ((PySet) like).isFrozen() ? new PyFrozenSet() : new PySet();
    }

    static PySet copyOf(PySet s, PySet into) {
        for (int i = 0; i < s.table.entryCount(); i++) {
            PyObj k = s.table.entryKey(i);
            if (k != null) {
                into.add(k);
            }
        }
        return into;
    }

    static void addAll(PySet s, PyObj iterable) {
        if (iterable instanceof PySet) {
            copyOf((PySet) iterable, s);
            return;
        }
        for (PyObj x : Abstract.iterate(iterable)) {
            s.add(x);
        }
    }

    /** {@code iterable} as a set, reusing it when it already is one. */
    static PySet asSet(PyObj iterable) {
        if (iterable instanceof PySet) {
            return (PySet) iterable;
        }
        PySet s = new PySet();
        addAll(s, iterable);
        return s;
    }

    /** A key for lookups: a (mutable) set becomes a frozenset, as CPython does for {@code in}/remove/discard. */
    static PyObj key(PyObj k) {
        if (k instanceof PySet && !((PySet) k).isFrozen()) {
            return copyOf((PySet) k, new PyFrozenSet());
        }
        return k;
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.table.entryCount(); i++) {
            PyObj k = a.table.entryKey(i);
            if (k != null && !b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static PySet union(PySet self, PyObj[] others) {
        PySet r = copyOf(self, newLike(self));
        for (PyObj o : others) {
            addAll(r, o);
        }
        return r;
    }

    static PySet intersection(PySet self, PyObj other, PySet into) {
        if (other instanceof PySet) {
            PySet a = self;
            PySet b = (PySet) other;
            if (b.size() < a.size()) {
                PySet t = a;
                a = b;
                b = t;
            }
            for (int i = 0; i < a.table.entryCount(); i++) {
                PyObj k = a.table.entryKey(i);
                if (k != null && b.contains(k)) {
                    into.add(k);
                }
            }
            return into;
        }
        for (PyObj x : Abstract.iterate(other)) {
            if (self.contains(x)) {
                into.add(x);
            }
        }
        return into;
    }

    static PySet difference(PySet self, PyObj[] others) {
        PySet r = copyOf(self, newLike(self));
        for (PyObj o : others) {
            if (o instanceof PySet) {
                PySet b = (PySet) o;
                for (int i = 0; i < b.table.entryCount(); i++) {
                    PyObj k = b.table.entryKey(i);
                    if (k != null) {
                        r.discard(k);
                    }
                }
            } else {
                for (PyObj x : Abstract.iterate(o)) {
                    r.discard(x);
                }
            }
        }
        return r;
    }

    static PySet symmetricDifference(PySet self, PyObj other) {
        PySet b = asSet(other);
        PySet r = newLike(self);
        for (int i = 0; i < self.table.entryCount(); i++) {
            PyObj k = self.table.entryKey(i);
            if (k != null && !b.contains(k)) {
                r.add(k);
            }
        }
        for (int i = 0; i < b.table.entryCount(); i++) {
            PyObj k = b.table.entryKey(i);
            if (k != null && !self.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    /** Replaces the contents of {@code s} by those of {@code from}. */
    static void assign(PySet s, PySet from) {
        s.table.clear();
        copyOf(from, s);
    }

    static String repr(PySet s) {
        PyType t = s.type();
        boolean exact = t == PySet.TYPE;
        String name = t.name();
        if (s.size() == 0) {
            return name + "()";
        }
        if (!Abstract.reprEnter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder(exact ? "{" : name + "({");
            boolean first = true;
            for (int i = 0; i < s.table.entryCount(); i++) {
                PyObj k = s.table.entryKey(i);
                if (k != null) {
                    sb.append(first ? "" : ", ").append(Abstract.repr(k).value());
                    first = false;
                }
            }
            return sb.append(exact ? "}" : "})").toString();
        } finally {
            Abstract.reprLeave(s);
        }
    }

    static PyObj richCompare(PyObj a, PyObj b, CompareOp op) {
        if (!(b instanceof PySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PySet x = (PySet) a;
        PySet y = (PySet) b;
        switch (op) {
            case EQ:
                return PyBool.of(x.size() == y.size() && isSubset(x, y));
            case NE:
                return PyBool.of(!(x.size() == y.size() && isSubset(x, y)));
            case LE:
                return PyBool.of(isSubset(x, y));
            case GE:
                return PyBool.of(isSubset(y, x));
            case LT:
                return PyBool.of(x.size() < y.size() && isSubset(x, y));
            default:
                return PyBool.of(x.size() > y.size() && isSubset(y, x));
        }
    }

    /** CPython 3.11's frozenset hash: an xor of shuffled element hashes, then size and dispersion mixing. */
    static long frozenHash(PyFrozenSet s) {
        if (s.hashed) {
            return s.hash;
        }
        long h = 0;
        for (int i = 0; i < s.table.entryCount(); i++) {
            PyObj k = s.table.entryKey(i);
            if (k != null) {
                h ^= shuffle(Abstract.hash(k));
            }
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        s.hash = h;
        s.hashed = true;
        return h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** An operator: both operands must be sets. */
    private static Fn2 op(Fn2 f) {
        return (a, b) -> a instanceof PySet && b instanceof PySet ? f.apply(a, b) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- shared definitions ----------------------------------------------------------------------

    private static void defineCommon(PyType t) {
        t.slot(Slot.LEN, (SlotFns.LenFn) s -> ((PySet) s).size())
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (s, v) -> ((PySet) s).contains(key(v)))
                .slot(Slot.ITER, (Fn1) s -> new SetIter((PySet) s))
                .slot(Slot.REPR, (Fn1) s -> PyStr.of(repr((PySet) s)))
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) SetMethods::richCompare)
                .binop(BinOp.OR, op((a, b) -> union((PySet) a, new PyObj[] {b})))
                .binop(BinOp.AND, op((a, b) -> intersection((PySet) a, b, newLike(a))))
                .binop(BinOp.SUBTRACT, op((a, b) -> difference((PySet) a, new PyObj[] {b})))
                .binop(BinOp.XOR, op((a, b) -> symmetricDifference((PySet) a, b)));
        String n = t.name();
        // set.union(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "union", (self, args, kw) -> {
            PyMethodDescr.noKeywords(n + ".union", kw);
            return union((PySet) self, args);
        }));
        // set.intersection(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "intersection", (self, args, kw) -> {
            PyMethodDescr.noKeywords(n + ".intersection", kw);
            PySet r = copyOf((PySet) self, newLike(self));
            for (PyObj o : args) {
                r = intersection(r, o, newLike(self));
            }
            return r;
        }));
        // set.difference(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "difference", (self, args, kw) -> {
            PyMethodDescr.noKeywords(n + ".difference", kw);
            return difference((PySet) self, args);
        }));
        // set.symmetric_difference(self, other, /)
        t.method(PyMethodDescr.of1(t, "symmetric_difference", (self, o) -> symmetricDifference((PySet) self, o)));
        // set.issubset(self, other, /)
        t.method(PyMethodDescr.of1(t, "issubset", (self, o) -> PyBool.of(isSubset((PySet) self, asSet(o)))));
        // set.issuperset(self, other, /)
        t.method(PyMethodDescr.of1(t, "issuperset", (self, o) -> {
            if (o instanceof PySet) {
                return PyBool.of(isSubset((PySet) o, (PySet) self));
            }
            for (PyObj x : Abstract.iterate(o)) {
                if (!((PySet) self).contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        // set.isdisjoint(self, other, /)
        t.method(PyMethodDescr.of1(t, "isdisjoint", (self, o) -> {
            PySet s = (PySet) self;
            for (PyObj x : Abstract.iterate(o)) {
                if (s.contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
    }

    // ---- set -------------------------------------------------------------------------------------

    static void defineSet(PyType t) {
        defineCommon(t);
        t.slot(Slot.INIT, (SlotFns.CallFn) (s, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("set() takes no keyword arguments");
            }
            PyMethodDescr.checkRange("set", args.length, 0, 1);
            ((PySet) s).table.clear();
            if (args.length == 1) {
                addAll((PySet) s, args[0]);
            }
            return PyNone.NONE;
        });
        t.slot(Slot.inplace(BinOp.OR), (Fn2) (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            addAll((PySet) a, b);
            return a;
        });
        t.slot(Slot.inplace(BinOp.AND), (Fn2) (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            assign((PySet) a, intersection((PySet) a, b, new PySet()));
            return a;
        });
        t.slot(Slot.inplace(BinOp.SUBTRACT), (Fn2) (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            assign((PySet) a, difference((PySet) a, new PyObj[] {b}));
            return a;
        });
        t.slot(Slot.inplace(BinOp.XOR), (Fn2) (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            assign((PySet) a, symmetricDifference((PySet) a, b));
            return a;
        });
        t.attr("__hash__", PyNone.NONE);
        t.hash = null;
        SlotFns.CallFn nw = (cls, args, kw) -> cls == PySet.TYPE ? new PySet() : new PySet.Derived((PyType) cls);
        t.new_ = nw;
        t.instanceFactory = cls -> cls == PySet.TYPE ? new PySet() : new PySet.Derived(cls);
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        // set.add(self, object, /)
        t.method(PyMethodDescr.of1(t, "add", (s, v) -> {
            ((PySet) s).add(v);
            return PyNone.NONE;
        }));
        // set.discard(self, object, /)
        t.method(PyMethodDescr.of1(t, "discard", (s, v) -> {
            ((PySet) s).discard(key(v));
            return PyNone.NONE;
        }));
        // set.remove(self, object, /)
        t.method(PyMethodDescr.of1(t, "remove", (s, v) -> {
            if (!((PySet) s).discard(key(v))) {
                throw Errors.keyError(v);
            }
            return PyNone.NONE;
        }));
        // set.pop(self, /)
        t.method(PyMethodDescr.of0(t, "pop", s -> {
            PySet set = (PySet) s;
            for (int i = 0; i < set.table.entryCount(); i++) {
                PyObj k = set.table.entryKey(i);
                if (k != null) {
                    set.discard(k);
                    return k;
                }
            }
            throw Errors.keyError(PyStr.of("pop from an empty set"));
        }));
        // set.clear(self, /)
        t.method(PyMethodDescr.of0(t, "clear", s -> {
            ((PySet) s).table.clear();
            return PyNone.NONE;
        }));
        // set.copy(self, /)
        t.method(PyMethodDescr.of0(t, "copy", s -> copyOf((PySet) s, new PySet())));
        // set.update(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "update", (self, args, kw) -> {
            PyMethodDescr.noKeywords("set.update", kw);
            for (PyObj o : args) {
                addAll((PySet) self, o);
            }
            return PyNone.NONE;
        }));
        // set.intersection_update(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "intersection_update", (self, args, kw) -> {
            PyMethodDescr.noKeywords("set.intersection_update", kw);
            PySet r = copyOf((PySet) self, new PySet());
            for (PyObj o : args) {
                r = intersection(r, o, new PySet());
            }
            assign((PySet) self, r);
            return PyNone.NONE;
        }));
        // set.difference_update(self, /, *others)
        t.method(PyMethodDescr.ofKw(t, "difference_update", (self, args, kw) -> {
            PyMethodDescr.noKeywords("set.difference_update", kw);
            assign((PySet) self, difference((PySet) self, args));
            return PyNone.NONE;
        }));
        // set.symmetric_difference_update(self, other, /)
        t.method(PyMethodDescr.of1(t, "symmetric_difference_update", (self, o) -> {
            assign((PySet) self, symmetricDifference((PySet) self, o));
            return PyNone.NONE;
        }));
    }

    // ---- frozenset -------------------------------------------------------------------------------

    static void defineFrozenSet(PyType t) {
        defineCommon(t);
        t.slot(Slot.HASH, (SlotFns.HashFn) s -> frozenHash((PyFrozenSet) s));
        SlotFns.CallFn nw = (cls, args, kw) -> {
            if (cls == PyFrozenSet.TYPE && kw != null && kw.length > 0) {
                throw Errors.typeError("frozenset() takes no keyword arguments");
            }
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyMethodDescr.checkRange("frozenset", npos, 0, 1);
            if (cls == PyFrozenSet.TYPE && npos == 1 && args[0].getClass() == PyFrozenSet.class) {
                return args[0];
            }
            PyFrozenSet s = cls == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived((PyType) cls);
            if (npos == 1) {
                addAll(s, args[0]);
            }
            return s;
        };
        t.new_ = nw;
        t.instanceFactory = cls -> cls == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Derived(cls);
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));
        // frozenset.copy(self, /)
        t.method(PyMethodDescr.of0(t, "copy", s -> s.getClass() == PyFrozenSet.class ? s
                : copyOf((PySet) s, new PyFrozenSet())));
    }

    /** Iterates a set, failing as CPython does when the set changes size meanwhile. */
    static final class SetIter extends PyObj {
        private PySet set;
        private final int expected;
        private int pos;

        SetIter(PySet set) {
            this.set = set;
            this.expected = set.size();
        }

        @Override
        public PyType type() {
            return ITER;
        }

        PyObj nextItem() {
            if (set == null) {
                return null;
            }
            if (set.size() != expected) {
                set = null;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            SetTable t = set.table;
            while (pos < t.entryCount()) {
                PyObj k = t.entryKey(pos++);
                if (k != null) {
                    return k;
                }
            }
            set = null;
            return null;
        }
    }
}
