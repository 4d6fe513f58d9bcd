package org.ember.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.ember.objects.SlotFns.CallFn;
import org.ember.objects.SlotFns.ContainsFn;
import org.ember.objects.SlotFns.Fn1;
import org.ember.objects.SlotFns.Fn2;
import org.ember.objects.SlotFns.Fn3;
import org.ember.objects.SlotFns.GetAttrFn;
import org.ember.objects.SlotFns.HashFn;
import org.ember.objects.SlotFns.LenFn;
import org.ember.objects.SlotFns.NextFn;
import org.ember.objects.SlotFns.RichCmpFn;
import org.ember.objects.SlotFns.SetAttrFn;
import org.ember.objects.SlotFns.TestFn;

/**
 * One special-method slot of {@link PyType}: which dunder names feed it, how to call a Java slot
 * implementation when Python calls the dunder ({@code int.__add__(1, 2)}), and how to fill the
 * slot of a class from whatever its MRO holds under those names. When the MRO yields the very
 * wrapper a builtin type exposed for this slot, the class gets the Java implementation itself
 * (no Python-level call); otherwise an adapter that calls the Python method.
 */
public abstract class Slot {
    private static final List<Slot> ALL = new ArrayList<>();
    private static final Slot[] FORWARD = new Slot[BinOp.COUNT];
    private static final Slot[] REFLECTED = new Slot[BinOp.COUNT];
    private static final Slot[] INPLACE = new Slot[BinOp.COUNT];

    private final String[] dunders;
    private final Function<PyType, Object> getter;
    private final BiConsumer<PyType, Object> setter;

    Slot(String[] dunders, Function<PyType, Object> getter, BiConsumer<PyType, Object> setter) {
        this.dunders = dunders;
        this.getter = getter;
        this.setter = setter;
        ALL.add(this);
    }

    public String[] dunders() {
        return dunders;
    }

    void set(PyType t, Object impl) {
        setter.accept(t, impl);
    }

    Object get(PyType t) {
        return getter.apply(t);
    }

    static List<Slot> all() {
        return ALL;
    }

    public static Slot forward(BinOp op) {
        return FORWARD[op.ordinal()];
    }

    public static Slot reflected(BinOp op) {
        return REFLECTED[op.ordinal()];
    }

    public static Slot inplace(BinOp op) {
        return INPLACE[op.ordinal()];
    }

    /** Calls the Java implementation {@code impl} of this slot for the Python-visible {@code dunder}. */
    abstract PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args);

    /** Builds the slot function for a class whose MRO resolves the dunder to {@code found} (a Python object). */
    abstract Object adapt(PyObj found);

    /** Fills this slot of class {@code t} from its MRO. Single-name slots share this; multi-name slots override. */
    void fixup(PyType t) {
        PyObj found = t.lookup(dunders[0]);
        if (found == null || found == PyNone.NONE) {
            set(t, null);
        } else if (found instanceof PySlotWrapper && ((PySlotWrapper) found).slot() == this) {
            set(t, ((PySlotWrapper) found).impl());
        } else {
            set(t, adapt(found));
        }
    }

    /** The Java implementation behind {@code found} if it is this slot's wrapper, else null. */
    final Object javaImpl(PyObj found) {
        if (found instanceof PySlotWrapper && ((PySlotWrapper) found).slot() == this) {
            return ((PySlotWrapper) found).impl();
        }
        return null;
    }

    static void checkArgs(String dunder, PyObj[] args, int n) {
        if (args.length != n) {
            throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    // ---- the slots -----------------------------------------------------------------------------

    /** One operand, one result: {@code __repr__}, {@code __neg__}, ... */
    static final class Unary extends Slot {
        Unary(String dunder, Function<PyType, Object> g, BiConsumer<PyType, Object> s) {
            super(new String[] {dunder}, g, s);
        }

        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 0);
            return ((Fn1) impl).apply(self);
        }

        @Override
        Object adapt(PyObj f) {
            return (Fn1) self -> Abstract.callMethod(f, self);
        }
    }

    /** Binary operators and {@code __getitem__}. */
    static final class Binary extends Slot {
        Binary(String dunder, Function<PyType, Object> g, BiConsumer<PyType, Object> s) {
            super(new String[] {dunder}, g, s);
        }

        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 1);
            return ((Fn2) impl).apply(self, args[0]);
        }

        @Override
        Object adapt(PyObj f) {
            return (Fn2) (self, other) -> Abstract.callMethod(f, self, other);
        }
    }

    /** A pair of dunders sharing one slot, the second called when the value is null (delete). */
    static final class SetDelete extends Slot {
        private final String what;

        SetDelete(String set, String del, String what, Function<PyType, Object> g, BiConsumer<PyType, Object> s) {
            super(new String[] {set, del}, g, s);
            this.what = what;
        }

        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            if (dunder.equals(dunders()[0])) {
                checkArgs(dunder, args, 2);
                ((Fn3) impl).apply(self, args[0], args[1]);
            } else {
                checkArgs(dunder, args, 1);
                ((Fn3) impl).apply(self, args[0], null);
            }
            return PyNone.NONE;
        }

        @Override
        Object adapt(PyObj f) {
            throw new UnsupportedOperationException();
        }

        @Override
        void fixup(PyType t) {
            PyObj setter = t.lookup(dunders()[0]);
            PyObj deleter = t.lookup(dunders()[1]);
            Object si = javaImpl(setter);
            Object di = javaImpl(deleter);
            if (setter == null && deleter == null) {
                set(t, null);
            } else if (si != null && (deleter == null || di == si)) {
                set(t, si);
            } else {
                String[] names = dunders();
                set(t, (Fn3) (self, key, value) -> {
                    if (value == null) {
                        if (deleter == null || deleter == PyNone.NONE) {
                            throw Errors.attributeError(names[1]);
                        }
                        Abstract.callMethod(deleter, self, key);
                    } else {
                        if (setter == null || setter == PyNone.NONE) {
                            throw Errors.attributeError(names[0]);
                        }
                        Abstract.callMethod(setter, self, key, value);
                    }
                    return PyNone.NONE;
                });
            }
        }
    }

    /** {@code __call__}, {@code __init__}. */
    static final class Call extends Slot {
        private final boolean isInit;

        Call(String dunder, boolean isInit, Function<PyType, Object> g, BiConsumer<PyType, Object> s) {
            super(new String[] {dunder}, g, s);
            this.isInit = isInit;
        }

        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            return ((CallFn) impl).call(self, args, null);
        }

        @Override
        Object adapt(PyObj f) {
            if (isInit) {
                return (CallFn) (self, args, kw) -> {
                    PyObj r = Abstract.callMethodArgs(f, self, args, kw);
                    if (r != PyNone.NONE) {
                        throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
                    }
                    return r;
                };
            }
            return (CallFn) (self, args, kw) -> Abstract.callMethodArgs(f, self, args, kw);
        }
    }

    /** {@code __new__}: a static method taking the class first. */
    static final class New extends Slot {
        New() {
            super(new String[] {"__new__"}, t -> t.new_, (t, f) -> t.new_ = (CallFn) f);
        }

        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            throw new UnsupportedOperationException("__new__ is exposed as a builtin function");
        }

        @Override
        Object adapt(PyObj f) {
            PyObj fn = f instanceof PyStaticMethod ? ((PyStaticMethod) f).callable() : f;
            return (CallFn) (cls, args, kw) -> {
                PyObj[] all = new PyObj[args.length + 1];
                all[0] = cls;
                System.arraycopy(args, 0, all, 1, args.length);
                return Abstract.call(fn, all, kw);
            };
        }

        @Override
        void fixup(PyType t) {
            PyObj found = t.lookup("__new__");
            if (found instanceof PyBuiltinFunction && ((PyBuiltinFunction) found).newImpl() != null) {
                set(t, ((PyBuiltinFunction) found).newImpl());
            } else if (found == null) {
                set(t, null);
            } else {
                set(t, adapt(found));
            }
        }
    }

    // ---- instances -----------------------------------------------------------------------------

    public static final Slot REPR = new Unary("__repr__", t -> t.repr, (t, f) -> t.repr = (Fn1) f);
    public static final Slot STR = new Unary("__str__", t -> t.str, (t, f) -> t.str = (Fn1) f);
    public static final Slot ITER = new Unary("__iter__", t -> t.iter, (t, f) -> t.iter = (Fn1) f);
    public static final Slot NEG = new Unary("__neg__", t -> t.neg, (t, f) -> t.neg = (Fn1) f);
    public static final Slot POS = new Unary("__pos__", t -> t.pos, (t, f) -> t.pos = (Fn1) f);
    public static final Slot INVERT = new Unary("__invert__", t -> t.invert, (t, f) -> t.invert = (Fn1) f);
    public static final Slot ABS = new Unary("__abs__", t -> t.abs, (t, f) -> t.abs = (Fn1) f);
    public static final Slot INDEX = new Unary("__index__", t -> t.index, (t, f) -> t.index = (Fn1) f);
    public static final Slot INT = new Unary("__int__", t -> t.int_, (t, f) -> t.int_ = (Fn1) f);
    public static final Slot FLOAT = new Unary("__float__", t -> t.float_, (t, f) -> t.float_ = (Fn1) f);
    public static final Slot GETITEM = new Binary("__getitem__", t -> t.getitem, (t, f) -> t.getitem = (Fn2) f);
    public static final Slot SETITEM = new SetDelete("__setitem__", "__delitem__", "item",
            t -> t.setitem, (t, f) -> t.setitem = (Fn3) f);
    public static final Slot DESCR_SET = new SetDelete("__set__", "__delete__", "descriptor",
            t -> t.descrSet, (t, f) -> t.descrSet = (Fn3) f);
    public static final Slot CALL = new Call("__call__", false, t -> t.call, (t, f) -> t.call = (CallFn) f);
    public static final Slot INIT = new Call("__init__", true, t -> t.init, (t, f) -> t.init = (CallFn) f);
    public static final Slot NEW = new New();

    public static final Slot NEXT = new Slot(new String[] {"__next__"}, t -> t.next, (t, f) -> t.next = (NextFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 0);
            PyObj r = ((NextFn) impl).next(self);
            if (r == null) {
                throw Errors.exhausted(self);
            }
            return r;
        }

        @Override
        Object adapt(PyObj f) {
            return (NextFn) self -> {
                try {
                    return Abstract.callMethod(f, self);
                } catch (PyRaise e) {
                    if (e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            };
        }
    };

    public static final Slot HASH = new Slot(new String[] {"__hash__"}, t -> t.hash, (t, f) -> t.hash = (HashFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 0);
            return PyInt.of(((HashFn) impl).hash(self));
        }

        @Override
        Object adapt(PyObj f) {
            return (HashFn) self -> {
                PyObj r = Abstract.callMethod(f, self);
                if (!(r instanceof PyInt)) {
                    throw Errors.typeError("__hash__ method should return an integer");
                }
                return Hashing.hashInt((PyInt) r);
            };
        }
    };

    public static final Slot LEN = new Slot(new String[] {"__len__"}, t -> t.len, (t, f) -> t.len = (LenFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 0);
            return PyInt.of(((LenFn) impl).len(self));
        }

        @Override
        Object adapt(PyObj f) {
            return (LenFn) self -> {
                PyObj r = Abstract.callMethod(f, self);
                if (!(r instanceof PyInt) && r.type().index == null) {
                    throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
                }
                PyInt n = Abstract.index(r);
                if (n.signum() < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                if (!n.fitsLong()) {
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                return n.longValue();
            };
        }
    };

    public static final Slot BOOL = new Slot(new String[] {"__bool__"}, t -> t.bool, (t, f) -> t.bool = (TestFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 0);
            return PyBool.of(((TestFn) impl).test(self));
        }

        @Override
        Object adapt(PyObj f) {
            return (TestFn) self -> {
                PyObj r = Abstract.callMethod(f, self);
                if (!(r instanceof PyBool)) {
                    throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
                }
                return r == PyBool.TRUE;
            };
        }
    };

    public static final Slot CONTAINS = new Slot(new String[] {"__contains__"}, t -> t.contains,
            (t, f) -> t.contains = (ContainsFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 1);
            return PyBool.of(((ContainsFn) impl).contains(self, args[0]));
        }

        @Override
        Object adapt(PyObj f) {
            return (ContainsFn) (self, item) -> Abstract.isTrue(Abstract.callMethod(f, self, item));
        }
    };

    public static final Slot DESCR_GET = new Slot(new String[] {"__get__"}, t -> t.descrGet,
            (t, f) -> t.descrGet = (Fn3) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError("expected 1 or 2 arguments, got " + args.length);
            }
            PyObj inst = args[0] == PyNone.NONE ? null : args[0];
            PyObj owner = args.length > 1 && args[1] != PyNone.NONE ? args[1] : null;
            if (inst == null && owner == null) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            return ((Fn3) impl).apply(self, inst, owner);
        }

        @Override
        Object adapt(PyObj f) {
            return (Fn3) (self, inst, owner) -> Abstract.callMethod(f, self,
                    inst == null ? PyNone.NONE : inst, owner == null ? PyNone.NONE : owner);
        }
    };

    public static final Slot GETATTRIBUTE = new Slot(new String[] {"__getattribute__", "__getattr__"},
            t -> t.getattro, (t, f) -> t.getattro = (GetAttrFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 1);
            return ((GetAttrFn) impl).get(self, Abstract.attrName(args[0]));
        }

        @Override
        Object adapt(PyObj f) {
            throw new UnsupportedOperationException();
        }

        @Override
        void fixup(PyType t) {
            PyObj ga = t.lookup("__getattribute__");
            PyObj hook = t.lookup("__getattr__");
            Object impl = javaImpl(ga);
            GetAttrFn primary = impl != null ? (GetAttrFn) impl
                    : (self, name) -> Abstract.callMethod(ga, self, PyStr.of(name));
            if (hook == null) {
                t.getattro = primary;
            } else {
                t.getattro = (self, name) -> {
                    try {
                        return primary.get(self, name);
                    } catch (PyRaise e) {
                        if (!e.exception().type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                            throw e;
                        }
                        return Abstract.callMethod(hook, self, PyStr.of(name));
                    }
                };
            }
        }
    };

    public static final Slot SETATTR = new Slot(new String[] {"__setattr__", "__delattr__"},
            t -> t.setattro, (t, f) -> t.setattro = (SetAttrFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            if (dunder.equals("__setattr__")) {
                checkArgs(dunder, args, 2);
                ((SetAttrFn) impl).set(self, Abstract.attrName(args[0]), args[1]);
            } else {
                checkArgs(dunder, args, 1);
                ((SetAttrFn) impl).set(self, Abstract.attrName(args[0]), null);
            }
            return PyNone.NONE;
        }

        @Override
        Object adapt(PyObj f) {
            throw new UnsupportedOperationException();
        }

        @Override
        void fixup(PyType t) {
            PyObj setter = t.lookup("__setattr__");
            PyObj deleter = t.lookup("__delattr__");
            Object si = javaImpl(setter);
            Object di = javaImpl(deleter);
            if (si != null && di == si) {
                t.setattro = (SetAttrFn) si;
                return;
            }
            t.setattro = (self, name, value) -> {
                if (value == null) {
                    Abstract.callMethod(deleter, self, PyStr.of(name));
                } else {
                    Abstract.callMethod(setter, self, PyStr.of(name), value);
                }
            };
        }
    };

    public static final Slot RICHCMP = new Slot(new String[] {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"},
            t -> t.richcmp, (t, f) -> t.richcmp = (RichCmpFn) f) {
        @Override
        PyObj callWrapper(String dunder, Object impl, PyObj self, PyObj[] args) {
            checkArgs(dunder, args, 1);
            CompareOp op = null;
            for (CompareOp c : CompareOp.values()) {
                if (c.dunder.equals(dunder)) {
                    op = c;
                }
            }
            return ((RichCmpFn) impl).compare(self, args[0], op);
        }

        @Override
        Object adapt(PyObj f) {
            throw new UnsupportedOperationException();
        }

        @Override
        void fixup(PyType t) {
            PyObj[] found = new PyObj[6];
            Object common = null;
            boolean allJava = true;
            for (CompareOp op : CompareOp.values()) {
                PyObj f = t.lookup(op.dunder);
                found[op.ordinal()] = f;
                Object impl = javaImpl(f);
                if (impl == null || (common != null && impl != common)) {
                    allJava = false;
                } else {
                    common = impl;
                }
            }
            if (allJava) {
                t.richcmp = (RichCmpFn) common;
                return;
            }
            t.richcmp = (self, other, op) -> {
                PyObj f = found[op.ordinal()];
                if (f == null || f == PyNone.NONE) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                Object impl = javaImpl(f);
                if (impl != null) {
                    return ((RichCmpFn) impl).compare(self, other, op);
                }
                return Abstract.callMethod(f, self, other);
            };
        }
    };

    static {
        for (BinOp op : BinOp.values()) {
            int i = op.ordinal();
            FORWARD[i] = new Binary(op.dunder, t -> t.nb[i], (t, f) -> t.nb[i] = (Fn2) f);
            REFLECTED[i] = new Binary(op.rdunder, t -> t.nbr[i], (t, f) -> t.nbr[i] = (Fn2) f);
            INPLACE[i] = new Binary(op.idunder, t -> t.nbi[i], (t, f) -> t.nbi[i] = (Fn2) f);
        }
    }
}
