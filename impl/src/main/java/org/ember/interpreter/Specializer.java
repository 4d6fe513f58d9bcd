package org.ember.interpreter;

import org.ember.bytecode.CodeObject;
import org.ember.bytecode.Opcode;
import org.ember.objects.InstanceAttrs;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyDict;
import org.ember.objects.PyInstance;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PySet;
import org.ember.objects.PyTuple;
import org.ember.objects.PyMemberDescr;
import org.ember.objects.PyModule;
import org.ember.objects.PyProperty;
import org.ember.objects.PyStaticMethod;
import org.ember.objects.TypeType;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Shape;

/**
 * The adaptive half of the interpreter (Cinder's shadowcode, CPython's PEP 659): after a generic
 * instruction has run {@link #WARMUP} times it is rewritten in place into a specialized form with
 * an inline cache (in {@link CodeObject#caches}, indexed by instruction). A specialized form checks
 * cheap guards — a type's version tag and an instance's shape, a dict's keys version — and on a
 * failed guard runs the generic operation; after {@link #MISS_LIMIT} misses it reverts to the
 * generic instruction and waits {@link #BACKOFF} executions before trying again.
 *
 * <p>Results never depend on specialization: a guard covers everything a cached answer depends on
 * (type mutation bumps the version of the type and its subclasses; adding or deleting an instance
 * attribute changes the shape; adding or removing a global or builtin changes the keys version;
 * rebinding one re-reads the cached entry).
 */
final class Specializer {

    /**
     * The truth of None, an exact int, str, list, tuple or dict without calling anything (for the
     * eval loop's fast path): 1 or 0, or -1 for other objects, whose truth may run {@code __bool__}
     * or {@code __len__}.
     */
    static int builtinTruth(PyObj v) {
        Class<?> c = v.getClass();
        boolean t;
        if (v == PyNone.NONE) {
            t = false;
        } else if (c == PyInt.class) {
            t = !((PyInt) v).fitsLong() || ((PyInt) v).longValue() != 0;
        } else if (c == PyStr.class) {
            t = !((PyStr) v).value().isEmpty();
        } else if (c == PyList.class) {
            t = ((PyList) v).size() != 0;
        } else if (c == PyTuple.class) {
            t = ((PyTuple) v).size() != 0;
        } else if (c == PyDict.class) {
            t = ((PyDict) v).size() != 0;
        } else {
            return -1;
        }
        return t ? 1 : 0;
    }
    private Specializer() {}

    static final int WARMUP = 2;
    static final int MISS_LIMIT = 16;
    static final int BACKOFF = -64;

    /** A global or builtin: which dict holds the name, at which entry, under which keys versions. */
    static final class GlobalCache {
        final PyDict globals;
        final int globalsVersion;
        final PyDict builtins;
        final int builtinsVersion;
        final boolean inBuiltins;
        final int index;

        GlobalCache(PyDict globals, PyDict builtins, boolean inBuiltins, int index) {
            this.globals = globals;
            this.globalsVersion = globals.keysVersion();
            this.builtins = builtins;
            this.builtinsVersion = builtins.keysVersion();
            this.inBuiltins = inBuiltins;
            this.index = index;
        }
    }

    /** An attribute: the receiver's type and version, its shape (null: no instance dict), and the answer. */
    static final class AttrCache {
        final PyType type;
        final int version;
        final Shape shape;
        final int index;
        final PyObj descr;
        /** For STORE_ATTR_ADD: the shape after adding the attribute. */
        final Shape next;
        /** The class of the class attribute of the same name when it is a Python class, else null. */
        final PyType attrType;
        final int attrTypeVersion;
        /**
         * The Java class whose every instance is of {@link #type}, when that is a builtin type
         * (which Python code cannot change) with such a class: the fast path's whole guard for
         * methods of lists, dicts, strs, sets and tuples.
         */
        final Class<?> exactClass;

        AttrCache(PyType type, String name, Shape shape, int index, PyObj descr) {
            this(type, name, shape, index, descr, null);
        }

        AttrCache(PyType type, String name, Shape shape, int index, PyObj descr, Shape next) {
            this.type = type;
            this.version = type.version();
            this.shape = shape;
            this.index = index;
            this.descr = descr;
            this.next = next;
            // What the class attribute of this name does depends on its own class, which Python
            // code may change (give it __get__ or __set__): guard that class's version too.
            PyObj classAttr = type.lookup(name);
            PyType ct = classAttr == null ? null : classAttr.type();
            this.attrType = ct != null && !ct.isBuiltin() ? ct : null;
            this.attrTypeVersion = attrType == null ? 0 : attrType.version();
            this.exactClass = exactClassOf(type);
        }

        /** Whether {@code obj} still looks as it did when this cache was filled. */
        boolean matches(PyObj obj) {
            if (obj.getClass() == PyInstance.class) {
                // The common receiver: direct calls instead of virtual ones.
                return holdsFor(this, (PyInstance) obj);
            }
            if (attrType != null && attrType.version() != attrTypeVersion) {
                return false;
            }
            if (obj.type() != type || type.version() != version) {
                return false;
            }
            if (shape == null) {
                return true;
            }
            InstanceAttrs a = obj.attrs();
            return a != null && a.shape() == shape;
        }
    }

    /** For {@link AttrCache#exactClass}: the builtin types whose exact instances are one Java class (subclasses use others). */
    private static Class<?> exactClassOf(PyType t) {
        return t == PyList.TYPE ? PyList.class : t == PyDict.TYPE ? PyDict.class : t == PyStr.TYPE ? PyStr.class
                : t == PySet.TYPE ? PySet.class : t == PyTuple.TYPE ? PyTuple.class
                : t == PyGenerator.TYPE ? PyGenerator.class : null;
    }

    /**
     * Whether {@code obj}, of a cache's {@link AttrCache#exactClass}, is of the cache's type: always,
     * but for {@code PyGenerator}, whose objects are generators, coroutines or async generators.
     */
    private static boolean ofExactType(Class<?> k, PyObj obj) {
        return k != PyGenerator.class || obj.type() == PyGenerator.TYPE;
    }

    /** The instance attributes of an object that matched a cache with a shape. */
    static InstanceAttrs attrsOf(PyObj obj) {
        return obj.getClass() == PyInstance.class ? ((PyInstance) obj).attrs() : obj.attrs();
    }

    /** Counts an execution of a generic instruction; true when it is time to specialize it. */
    static boolean warm(CodeObject co, int at) {
        short[] c = co.counters;
        if (c == null) {
            c = new short[co.code.length];
            co.counters = c;
        }
        return ++c[at] >= WARMUP;
    }

    /** Rewrites the instruction at {@code at} into the specialized form {@code op} with its cache. */
    static void rewrite(CodeObject co, int at, int op, Object cache) {
        if (co.caches == null) {
            co.caches = new Object[co.code.length];
        }
        boolean fresh = Opcode.family(co.code[at] & 0xFF) == (co.code[at] & 0xFF);
        co.caches[at] = cache;
        co.counters[at] = 0;
        co.code[at] = (co.code[at] & ~0xFF) | op;
        if (fresh) {
            ThreadState.current().cacheStats.specialized(op);
        }
        if (at > 0 && (co.code[at - 1] & 0xFF) == Opcode.LOAD_FAST && (op == Opcode.LOAD_ATTR_INSTANCE_VALUE
                || op == Opcode.LOAD_ATTR_POLY || op == Opcode.LOAD_ATTR_SLOT || op == Opcode.LOAD_METHOD_CACHED
                || op == Opcode.LOAD_METHOD_POLY)) {
            // The local loaded just before is the receiver (LOAD_FAST cannot jump, so it always
            // runs into this instruction; a jump to this one still finds it whole).
            co.code[at - 1] = (co.code[at - 1] & ~0xFF) | Opcode.LOAD_FAST_ATTR;
        }
    }

    /** Nothing worth caching here ({@code reason} goes to the metrics): wait before trying again. */
    static void giveUp(CodeObject co, int at, String reason) {
        co.counters[at] = backoff(co, at);
        ThreadState.current().cacheStats.failed(co.code[at] & 0xFF, reason);
    }

    /**
     * How long a site waits before trying to specialize again: {@link #BACKOFF} executions, doubled
     * each time the site failed or de-specialized before (up to 256 times longer), so a site that
     * keeps changing its mind stops paying for it.
     */
    private static short backoff(CodeObject co, int at) {
        byte[] failures = co.failures;
        if (failures == null) {
            failures = new byte[co.code.length];
            co.failures = failures;
        }
        int n = failures[at];
        if (n < 8) {
            failures[at] = (byte) (n + 1);
        }
        return (short) (BACKOFF << n);
    }

    /** A guard failed: after enough misses, go back to the generic instruction. */
    static void miss(CodeObject co, int at) {
        short[] c = co.counters;
        int op = co.code[at] & 0xFF;
        CacheStats stats = ThreadState.current().cacheStats;
        stats.missed(op);
        if (++c[at] >= MISS_LIMIT) {
            co.code[at] = (co.code[at] & ~0xFF) | Opcode.family(op);
            co.caches[at] = null;
            c[at] = backoff(co, at);
            stats.deoptimized(op);
        }
    }

    // ---- globals ---------------------------------------------------------------------------------

    static void specializeLoadGlobal(Frame f, int at, PyStr name) {
        CodeObject co = f.code;
        if (co.cacheGlobals == null) {
            co.cacheBuiltins = f.builtins;
            co.cacheGlobals = f.globals;
        }
        if (co.cacheGlobals != f.globals || co.cacheBuiltins != f.builtins) {
            // The fast path trusts every global cache of this code to be for co.cacheGlobals.
            giveUp(co, at, "code run with other globals");
            return;
        }
        int gi = f.globals.entryIndex(name);
        if (gi >= 0) {
            rewrite(co, at, Opcode.LOAD_GLOBAL_CACHED, new GlobalCache(f.globals, f.builtins, false, gi));
            return;
        }
        int bi = f.builtins.entryIndex(name);
        if (bi >= 0) {
            rewrite(co, at, Opcode.LOAD_GLOBAL_CACHED, new GlobalCache(f.globals, f.builtins, true, bi));
        } else {
            giveUp(co, at, "not found");
        }
    }

    /** The cached global, or null after recording a miss. */
    static PyObj cachedGlobal(Frame f, int at) {
        // A specialized site always has its cache (de-specializing clears both together).
        GlobalCache c = (GlobalCache) f.code.caches[at];
        PyObj v = c.globals == f.globals && c.builtins == f.builtins ? globalHit(c) : null;
        if (v == null) {
            miss(f.code, at);
        }
        return v;
    }

    // ---- attributes ------------------------------------------------------------------------------

    private static boolean plainGetattr(PyType t) {
        return t.getattro == PyBaseObject.TYPE.getattro;
    }

    /** The largest number of receiver layouts a polymorphic attribute site remembers. */
    static final int POLY_MAX = 4;

    /** The cache entry LOAD_ATTR would use for this receiver, or null when it cannot be cached. */
    static AttrCache attrEntry(PyObj obj, String name) {
        PyType t = obj.type();
        if (!plainGetattr(t)) {
            return null;
        }
        PyObj descr = t.lookup(name);
        if (descr != null && descr.type().descrSet != null) {
            return null;
        }
        InstanceAttrs attrs = t.instancesHaveDictFlag() ? obj.attrs() : null;
        Shape shape = null;
        if (attrs != null) {
            shape = attrs.shape();
            if (shape == null) {
                return null;
            }
            int idx = shape.indexOf(name);
            if (idx >= 0) {
                return new AttrCache(t, name, shape, idx, null);
            }
        }
        return descr == null ? null : new AttrCache(t, name, shape, -1, descr);
    }

    /**
     * A monomorphic LOAD_ATTR site met another receiver layout: widen it to LOAD_ATTR_POLY when
     * the new layout is cacheable (true), else leave it to the miss counter (false).
     */
    private static boolean widen(CodeObject co, int at, PyObj obj, String name) {
        AttrCache old = (AttrCache) co.caches[at];
        if (old == null || (obj.type() == old.type && old.type.version() != old.version)) {
            return false;
        }
        AttrCache e = attrEntry(obj, name);
        if (e == null) {
            return false;
        }
        rewrite(co, at, Opcode.LOAD_ATTR_POLY, new AttrCache[] {old, e});
        return true;
    }

    /** LOAD_ATTR_POLY: the attribute from a matching entry (adding one when there is room), or null after a miss. */
    static PyObj polyAttr(CodeObject co, int at, PyObj obj, String name) {
        AttrCache[] entries = (AttrCache[]) co.caches[at];
        for (AttrCache c : entries) {
            if (c.matches(obj)) {
                if (c.index >= 0) {
                    PyObj v = attrsOf(obj).values()[c.index];
                    if (v != null) {
                        return v;
                    }
                    break;
                }
                return Ops.bindClassAttr(c.descr, obj);
            }
        }
        if (entries.length < POLY_MAX) {
            AttrCache e = attrEntry(obj, name);
            if (e != null) {
                AttrCache[] wider = java.util.Arrays.copyOf(entries, entries.length + 1);
                wider[entries.length] = e;
                co.caches[at] = wider;
                return e.index >= 0 ? attrsOf(obj).values()[e.index] : Ops.bindClassAttr(e.descr, obj);
            }
        }
        miss(co, at);
        return null;
    }

    /** The cache entry LOAD_METHOD would use (a plain method found on the class), or null. */
    static AttrCache methodEntry(PyObj obj, String name) {
        AttrCache e = attrEntry(obj, name);
        return e != null && e.index < 0 && e.descr.type().isMethodDescriptorType() ? e : null;
    }

    /** LOAD_METHOD_CACHED: the method, or null after a miss (or after widening to LOAD_METHOD_POLY). */
    static PyObj methodForLoad(CodeObject co, int at, PyObj obj, String name) {
        AttrCache c = (AttrCache) co.caches[at];
        if (c != null && c.matches(obj)) {
            return c.descr;
        }
        if (c != null && !(obj.type() == c.type && c.type.version() != c.version)) {
            AttrCache e = methodEntry(obj, name);
            if (e != null) {
                rewrite(co, at, Opcode.LOAD_METHOD_POLY, new AttrCache[] {c, e});
                return e.descr;
            }
        }
        miss(co, at);
        return null;
    }

    /** LOAD_METHOD_POLY: the method for a matching entry (adding one when there is room), or null after a miss. */
    static PyObj polyMethod(CodeObject co, int at, PyObj obj, String name) {
        AttrCache[] entries = (AttrCache[]) co.caches[at];
        for (AttrCache c : entries) {
            if (c.matches(obj)) {
                return c.descr;
            }
        }
        if (entries.length < POLY_MAX) {
            AttrCache e = methodEntry(obj, name);
            if (e != null) {
                AttrCache[] wider = java.util.Arrays.copyOf(entries, entries.length + 1);
                wider[entries.length] = e;
                co.caches[at] = wider;
                return e.descr;
            }
        }
        miss(co, at);
        return null;
    }

    /** Specializes LOAD_ATTR (or, with {@code forMethod}, LOAD_METHOD) for this receiver. */
    static void specializeAttr(CodeObject co, int at, PyObj obj, String name, boolean forMethod) {
        PyType t = obj.type();
        if (!forMethod && obj.getClass() == PyModule.class) {
            specializeModuleAttr(co, at, (PyModule) obj, name);
            return;
        }
        if (obj instanceof PyType && t == TypeType.TYPE) {
            specializeTypeAttr(co, at, (PyType) obj, name, forMethod);
            return;
        }
        if (!plainGetattr(t)) {
            giveUp(co, at, "type with its own __getattribute__");
            return;
        }
        PyObj descr = t.lookup(name);
        if (descr != null && descr.type().descrSet != null) {
            // A data descriptor on the class wins over the instance: the shape does not matter.
            if (!forMethod && descr.getClass() == PyProperty.class) {
                rewrite(co, at, Opcode.LOAD_ATTR_PROPERTY, new AttrCache(t, name, null, -1, descr));
            } else if (!forMethod && descr.getClass() == PyMemberDescr.class) {
                rewrite(co, at, Opcode.LOAD_ATTR_SLOT, new AttrCache(t, name, null, -1, descr));
            } else {
                giveUp(co, at, "data descriptor " + descr.type().name());
            }
            return;
        }
        InstanceAttrs attrs = t.instancesHaveDictFlag() ? obj.attrs() : null;
        Shape shape = null;
        if (attrs != null) {
            shape = attrs.shape();
            if (shape == null) {
                giveUp(co, at, "instance dict in dict mode");
                return;
            }
            int idx = shape.indexOf(name);
            if (idx >= 0) {
                if (forMethod) {
                    giveUp(co, at, "method shadowed by an instance attribute");
                } else {
                    rewrite(co, at, Opcode.LOAD_ATTR_INSTANCE_VALUE, new AttrCache(t, name, shape, idx, null));
                }
                return;
            }
        }
        if (descr == null) {
            giveUp(co, at, "attribute not found");
            return;
        }
        if (forMethod) {
            if (descr.type().isMethodDescriptorType()) {
                rewrite(co, at, Opcode.LOAD_METHOD_CACHED, new AttrCache(t, name, shape, -1, descr));
            } else {
                giveUp(co, at, "class attribute of type " + descr.type().name() + " is not a method");
            }
            return;
        }
        rewrite(co, at, Opcode.LOAD_ATTR_CLASS, new AttrCache(t, name, shape, -1, descr));
    }

    /** An attribute of a class object: the value, valid while the class's version holds. */
    record TypeAttrCache(PyType type, int version, PyObj value, PyType valueType, int valueTypeVersion) {
        /** {@code valueType}: the value's class when Python code could give it a {@code __get__} later. */
        TypeAttrCache(PyType type, PyObj value) {
            this(type, type.version(), value, value.type().isBuiltin() ? null : value.type(),
                    value.type().isBuiltin() ? 0 : value.type().version());
        }
    }

    /**
     * A class attribute read through the class (metaclass {@code type}): cached when the lookup
     * gives the same object every time (no descriptor, a function, a static method) and no data
     * descriptor of {@code type} (such as {@code __name__}) takes precedence.
     */
    private static void specializeTypeAttr(CodeObject co, int at, PyType t, String name, boolean forMethod) {
        PyObj meta = TypeType.TYPE.lookup(name);
        if (meta != null && meta.type().descrSet != null) {
            giveUp(co, at, "data descriptor of type");
            return;
        }
        PyObj attr = t.lookup(name);
        if (attr == null) {
            giveUp(co, at, "class attribute not found");
            return;
        }
        PyObj value;
        if (attr.type().descrGet == null) {
            value = attr;
        } else if (attr instanceof PyFunction) {
            value = attr;
        } else if (attr instanceof PyStaticMethod) {
            value = ((PyStaticMethod) attr).callable();
        } else {
            giveUp(co, at, "class attribute of type " + attr.type().name() + " binds");
            return;
        }
        rewrite(co, at, forMethod ? Opcode.LOAD_METHOD_TYPE : Opcode.LOAD_ATTR_TYPE, new TypeAttrCache(t, value));
    }

    /** LOAD_ATTR_TYPE and LOAD_METHOD_TYPE: the cached value, or null after recording a miss. */
    static PyObj typeAttr(CodeObject co, int at, PyObj obj) {
        PyObj v = typeAttrHit(co.caches[at], obj);
        if (v == null) {
            miss(co, at);
        }
        return v;
    }

    /** LOAD_ATTR_TYPE and LOAD_METHOD_TYPE while their guard holds: the cached value, else null. */
    static PyObj typeAttrHit(Object cache, PyObj obj) {
        TypeAttrCache c = (TypeAttrCache) cache;
        return obj == c.type && c.type.version() == c.version
                && (c.valueType == null || c.valueType.version() == c.valueTypeVersion) ? c.value : null;
    }

    /** A module attribute: the entry of the module's dict under its keys version. */
    record ModuleAttrCache(PyDict dict, int version, int index) {}

    private static void specializeModuleAttr(CodeObject co, int at, PyModule m, String name) {
        int i = PyModule.TYPE.lookup(name) == null ? m.dict().entryIndex(PyStr.of(name)) : -1;
        if (i < 0) {
            giveUp(co, at, "module attribute not in the module dict");
            return;
        }
        rewrite(co, at, Opcode.LOAD_ATTR_MODULE, new ModuleAttrCache(m.dict(), m.dict().keysVersion(), i));
    }

    /** LOAD_ATTR_PROPERTY, LOAD_ATTR_SLOT, LOAD_ATTR_MODULE: the value, or null after recording a miss. */
    static PyObj descriptorAttr(ThreadState ts, CodeObject co, int at, int op, PyObj obj) {
        Object cache = co.caches[at];
        if (op == Opcode.LOAD_ATTR_MODULE) {
            ModuleAttrCache c = (ModuleAttrCache) cache;
            if (obj.getClass() == PyModule.class && ((PyModule) obj).dict() == c.dict && c.dict.keysVersion() == c.version) {
                return c.dict.entryValue(c.index);
            }
        } else {
            AttrCache c = (AttrCache) cache;
            if (c.matches(obj)) {
                if (op == Opcode.LOAD_ATTR_SLOT) {
                    PyObj v = obj.attrs().getSlot(((PyMemberDescr) c.descr).index());
                    if (v != null) {
                        return v;
                    }
                    return null; // unset: the generic path raises AttributeError
                }
                PyObj getter = ((PyProperty) c.descr).getter();
                if (getter instanceof PyFunction && ((PyFunction) getter).takesExactly(1)) {
                    PyObj[] arg = {obj};
                    return ((PyFunction) getter).invokeFromStack(ts, arg, 0, 1);
                }
            }
        }
        miss(co, at);
        return null;
    }

    // ---- side-effect-free hits for the eval loop's fast path ---------------------------------------
    // The fast path handles a specialized instruction only when these say its guards hold; anything
    // else (a miss, another receiver class) goes to the general path, which counts misses.

    /** Whether {@code c} holds for {@code i}, an instance of a Python class. */
    private static boolean holdsFor(AttrCache c, PyInstance i) {
        PyType t = c.type;
        PyType at = c.attrType;
        return i.type() == t && t.version() == c.version && (c.shape == null || i.attrs().shape() == c.shape)
                && (at == null || at.version() == c.attrTypeVersion);
    }

    /**
     * LOAD_GLOBAL_CACHED when its keys versions hold: the value, else null. For a frame whose
     * globals and builtins are the cache's (the fast path runs only such frames: see
     * {@link CodeObject#cacheGlobals}).
     */
    static PyObj globalHit(Object cache) {
        GlobalCache c = (GlobalCache) cache;
        PyDict g = c.globals;
        if (c.globalsVersion != g.keysVersion()) {
            return null;
        }
        if (!c.inBuiltins) {
            return g.entryValue(c.index);
        }
        PyDict b = c.builtins;
        return c.builtinsVersion == b.keysVersion() ? b.entryValue(c.index) : null;
    }

    // Each hit below calls holdsFor from one place, for one cache entry or (polymorphic) an array
    // of them alike: C2 inlines every call site anew, and the fast path's budget for inlined
    // bytecode (DesiredMethodLimit) is spent before its last instructions. The loops are do-while
    // loops: C2 parses the head of a for loop twice (once for the entry), the call in it too.

    /**
     * The entry of {@code cache}, one {@link AttrCache} or an array of them (the polymorphic
     * forms), that holds for {@code i}, an instance of a Python class; else null.
     */
    private static AttrCache entryFor(Object cache, PyInstance i) {
        AttrCache[] entries = cache instanceof AttrCache ? null : (AttrCache[]) cache;
        int k = 0;
        AttrCache c;
        do {
            c = entries == null ? (AttrCache) cache : entries[k];
            if (holdsFor(c, i)) {
                return c;
            }
        } while (entries != null && ++k < entries.length);
        return null;
    }

    /**
     * LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_POLY or LOAD_ATTR_SLOT {@code op} with its cache on
     * {@code obj}, an instance of a Python class: the value, else null.
     */
    static PyObj attrHit(int op, Object cache, PyObj obj) {
        if (obj.getClass() != PyInstance.class) {
            return null;
        }
        PyInstance i = (PyInstance) obj;
        AttrCache c = entryFor(cache, i);
        if (c == null) {
            return null;
        }
        if (op == Opcode.LOAD_ATTR_SLOT) {
            return i.attrs().getSlot(((PyMemberDescr) c.descr).index());
        }
        // A polymorphic entry without a value index caches something else (the general path's).
        return c.index >= 0 ? i.attrs().values()[c.index] : null;
    }

    /**
     * LOAD_METHOD_CACHED or LOAD_METHOD_POLY with its cache on {@code obj}, an instance of a
     * Python class or of list, dict, str, set, tuple or generator: the method, else null.
     */
    static PyObj methodHitOf(Object cache, PyObj obj) {
        Class<?> k = obj.getClass();
        if (k == PyInstance.class) {
            AttrCache c = entryFor(cache, (PyInstance) obj);
            return c == null ? null : c.descr;
        }
        AttrCache[] entries = cache instanceof AttrCache ? null : (AttrCache[]) cache;
        int n = 0;
        do {
            AttrCache c = entries == null ? (AttrCache) cache : entries[n];
            if (k == c.exactClass && ofExactType(k, obj)) {
                return c.descr;
            }
        } while (entries != null && ++n < entries.length);
        return null;
    }

    /**
     * STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_ADD, STORE_ATTR_POLY or STORE_ATTR_SLOT {@code op}
     * with its cache on {@code obj}, an instance of a Python class: stores (into the value or
     * slot, or by the shape transition) and returns true, else false.
     */
    static boolean storeAttrHit(int op, Object cache, PyObj obj, PyObj value) {
        if (obj.getClass() != PyInstance.class) {
            return false;
        }
        PyInstance i = (PyInstance) obj;
        AttrCache c = entryFor(cache, i);
        if (c == null) {
            return false;
        }
        if (op == Opcode.STORE_ATTR_SLOT) {
            i.attrs().putSlot(((PyMemberDescr) c.descr).index(), value);
        } else {
            storeInto(c, i.attrs(), value);
        }
        return true;
    }

    /** LOAD_ATTR_INSTANCE_VALUE: the value, or null after recording a miss (or widening the site). */
    static PyObj instanceValue(CodeObject co, int at, PyObj obj, String name) {
        AttrCache c = (AttrCache) co.caches[at];
        if (c != null && c.matches(obj)) {
            PyObj v = attrsOf(obj).values()[c.index];
            if (v != null) {
                return v;
            }
        }
        if (!widen(co, at, obj, name)) {
            miss(co, at);
        }
        return null;
    }

    /** LOAD_ATTR_CLASS: the class attribute, or null after recording a miss (or widening the site). */
    static PyObj classAttrForLoad(CodeObject co, int at, PyObj obj, String name) {
        AttrCache c = (AttrCache) co.caches[at];
        if (c != null && c.matches(obj)) {
            return c.descr;
        }
        if (!widen(co, at, obj, name)) {
            miss(co, at);
        }
        return null;
    }

    /** Specializes STORE_ATTR when it updates an existing instance attribute. */
    static void specializeStoreAttr(CodeObject co, int at, PyObj obj, String name) {
        PyType t = obj.type();
        if (t.setattro == PyBaseObject.TYPE.setattro) {
            PyObj member = t.lookup(name);
            if (member != null && member.getClass() == PyMemberDescr.class) {
                rewrite(co, at, Opcode.STORE_ATTR_SLOT, new AttrCache(t, name, null, -1, member));
                return;
            }
        }
        String refusal = storeRefusal(obj, name);
        if (refusal != null) {
            giveUp(co, at, refusal);
            return;
        }
        AttrCache e = storeEntry(obj, name);
        // STORE_ATTR_ADD is typically __init__: every instance gains the attribute here, going from one shape to the next.
        rewrite(co, at, e.index >= 0 ? Opcode.STORE_ATTR_INSTANCE_VALUE : Opcode.STORE_ATTR_ADD, e);
    }

    /** Why STORE_ATTR cannot cache where this receiver keeps {@code name}, or null when it can. */
    private static String storeRefusal(PyObj obj, String name) {
        PyType t = obj.type();
        if (t.setattro != PyBaseObject.TYPE.setattro) {
            return "type with its own __setattr__";
        }
        if (!t.instancesHaveDictFlag()) {
            return "instances without a dict";
        }
        PyObj descr = t.lookup(name);
        if (descr != null && descr.type().descrSet != null) {
            return "data descriptor " + descr.type().name();
        }
        InstanceAttrs attrs = obj.attrs();
        return attrs == null || attrs.shape() == null ? "instance dict in dict mode" : null;
    }

    /** The cache entry STORE_ATTR would use for this receiver (an existing slot or a shape transition), or null. */
    static AttrCache storeEntry(PyObj obj, String name) {
        if (storeRefusal(obj, name) != null) {
            return null;
        }
        PyType t = obj.type();
        Shape shape = obj.attrs().shape();
        int idx = shape.indexOf(name);
        return idx >= 0 ? new AttrCache(t, name, shape, idx, null) : new AttrCache(t, name, shape, -1, null, shape.with(name));
    }

    /** Stores by a matching entry: into its slot, or by its shape transition. */
    private static void store(AttrCache c, PyObj obj, PyObj value) {
        storeInto(c, attrsOf(obj), value);
    }

    /** Stores into the entry's slot, or adds the attribute by its shape transition. */
    private static void storeInto(AttrCache c, InstanceAttrs attrs, PyObj value) {
        if (c.index >= 0) {
            attrs.values()[c.index] = value;
        } else {
            attrs.append(c.next, value);
        }
    }

    /** The specialized STORE_ATTR forms: stores and returns true, or returns false after recording a miss. */
    static boolean storeSpecialized(CodeObject co, int at, int op, PyObj obj, String name, PyObj value) {
        switch (op) {
            case Opcode.STORE_ATTR_SLOT:
                return storeSlot(co, at, obj, value);
            case Opcode.STORE_ATTR_POLY:
                return polyStore(co, at, obj, name, value);
            default:
                return storeAttr(co, at, obj, name, value);
        }
    }

    /**
     * STORE_ATTR_ADD and STORE_ATTR_INSTANCE_VALUE: stores and returns true, or returns false after
     * recording a miss (or after widening the site to STORE_ATTR_POLY, which stored).
     */
    private static boolean storeAttr(CodeObject co, int at, PyObj obj, String name, PyObj value) {
        AttrCache c = (AttrCache) co.caches[at];
        if (c != null && c.matches(obj)) {
            store(c, obj, value);
            return true;
        }
        if (c != null && !(obj.type() == c.type && c.type.version() != c.version)) {
            AttrCache e = storeEntry(obj, name);
            if (e != null) {
                rewrite(co, at, Opcode.STORE_ATTR_POLY, new AttrCache[] {c, e});
                store(e, obj, value);
                return true;
            }
        }
        miss(co, at);
        return false;
    }

    /** STORE_ATTR_SLOT: stores into the {@code __slots__} member and returns true, or records a miss and returns false. */
    private static boolean storeSlot(CodeObject co, int at, PyObj obj, PyObj value) {
        AttrCache c = (AttrCache) co.caches[at];
        if (c.matches(obj)) {
            attrsOf(obj).putSlot(((PyMemberDescr) c.descr).index(), value);
            return true;
        }
        miss(co, at);
        return false;
    }

    /** STORE_ATTR_POLY: stores by a matching entry (adding one when there is room) and returns true, or records a miss. */
    private static boolean polyStore(CodeObject co, int at, PyObj obj, String name, PyObj value) {
        AttrCache[] entries = (AttrCache[]) co.caches[at];
        for (AttrCache c : entries) {
            if (c.matches(obj)) {
                store(c, obj, value);
                return true;
            }
        }
        if (entries.length < POLY_MAX) {
            AttrCache e = storeEntry(obj, name);
            if (e != null) {
                AttrCache[] wider = java.util.Arrays.copyOf(entries, entries.length + 1);
                wider[entries.length] = e;
                co.caches[at] = wider;
                store(e, obj, value);
                return true;
            }
        }
        miss(co, at);
        return false;
    }
}
