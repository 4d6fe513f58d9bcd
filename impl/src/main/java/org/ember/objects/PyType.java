package org.ember.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A Python type ({@code type}). Holds the class dict, the MRO, a version tag that changes whenever
 * this type or a base is mutated (inline caches guard on it), and the special-method slots that
 * the abstract operations dispatch through. Builtin types are created once per JVM and shared by
 * all interpreters (they are immutable from Python); classes are per interpreter.
 *
 * <p>Slots of a class are recomputed from its MRO by {@link #fixupSlots()} when it is created and
 * whenever a special method is assigned on it or on a base; see {@link Slot}.
 */
public final class PyType extends PyObj {
    /** Version tags are unique across all interpreters and threads (inline caches compare them). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_VERSION = new java.util.concurrent.atomic.AtomicInteger(1);
    /** Builtin types created while {@code object} itself was being set up; see {@link #completeBootstrap()}. */
    private static final List<PyType> BOOTSTRAP = new ArrayList<>();
    private static boolean bootstrapDone;

    private String name;
    private String qualname;
    private PyType metatype;
    PyType[] bases;
    PyType base;
    PyType[] mro;
    final Map<String, PyObj> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private int version;
    /** Whether instances carry a {@code __dict__} ({@link InstanceAttrs}). */
    boolean instancesHaveDict;
    /** Whether Python code may subclass this type. */
    boolean acceptsSubclasses = true;
    private boolean methodDescriptor;
    /** The names in {@code __slots__}, for classes that declare it, else null. */
    String[] slotNames;
    /** How many {@code __slots__} members instances of this class have, its bases' included. */
    int slotCount;

    /** The number of {@code __slots__} members an instance of this class holds (inherited ones included). */
    public int slotCount() {
        return slotCount;
    }

    /** The most derived class in the MRO that added {@code __slots__} members (this one, or an ancestor), or null. */
    PyType slotLayoutOwner() {
        for (PyType c : mro) {
            if (c.slotNames != null && c.slotNames.length > 0) {
                return c;
            }
        }
        return null;
    }
    /**
     * Makes the instances created by {@code object.__new__(cls)} (and the builtin constructors)
     * for this type: the nearest builtin base's layout, holding {@code cls}.
     */
    Function<PyType, PyObj> instanceFactory;

    // ---- slots ---------------------------------------------------------------------------------
    public Fn1 repr;
    public Fn1 str;
    public HashFn hash;
    public CallFn call;
    public GetAttrFn getattro;
    public SetAttrFn setattro;
    public Fn1 iter;
    public NextFn next;
    public LenFn len;
    public TestFn bool;
    public ContainsFn contains;
    public Fn2 getitem;
    /** {@code __setitem__}, or {@code __delitem__} when the value is null. */
    public Fn3 setitem;
    public RichCmpFn richcmp;
    /** {@code __get__(self, instance or null, owner)}. */
    public Fn3 descrGet;
    /** {@code __set__(self, instance, value)}, or {@code __delete__} when the value is null. */
    public Fn3 descrSet;
    public CallFn init;
    /** {@code __new__}: {@code self} is the class being instantiated. */
    public CallFn new_;
    public Fn1 neg;
    public Fn1 pos;
    public Fn1 invert;
    public Fn1 abs;
    public Fn1 index;
    public Fn1 int_;
    public Fn1 float_;
    public final Fn2[] nb = new Fn2[BinOp.COUNT];
    public final Fn2[] nbr = new Fn2[BinOp.COUNT];
    public final Fn2[] nbi = new Fn2[BinOp.COUNT];

    private PyType(String name, PyType metatype, PyType[] bases, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
        this.bases = bases;
        this.builtin = builtin;
        this.version = NEXT_VERSION.getAndIncrement();
    }

    // ---- creation ------------------------------------------------------------------------------

    /**
     * A builtin type with one base (null only for {@code object}); its slots and methods are then
     * defined through {@link #slot} and {@link #method} and it inherits the rest from the base.
     */
    public static PyType builtin(String name, PyType base, Function<PyType, PyObj> instanceFactory) {
        PyType t = new PyType(name, null, base == null ? new PyType[0] : new PyType[] {base}, true);
        if (!bootstrapDone) {
            BOOTSTRAP.add(t);
        }
        t.base = base;
        t.mro = base == null ? new PyType[] {t} : prepend(t, base.mro);
        t.instanceFactory = instanceFactory != null ? instanceFactory : base != null ? base.instanceFactory : null;
        if (base != null) {
            t.inheritSlots(base);
            t.instancesHaveDict = base.instancesHaveDict;
            base.subclasses.add(new WeakReference<>(t));
        }
        return t;
    }

    /**
     * A builtin type with several bases (only {@code ExceptionGroup} needs one); the first base
     * gives the layout and the inherited slots, the MRO is the C3 linearization.
     */
    public static PyType builtinMulti(String name, PyType[] bases, Function<PyType, PyObj> instanceFactory) {
        PyType t = builtin(name, bases[0], instanceFactory);
        t.bases = bases.clone();
        PyType[] mro = TypeType.c3(name, bases);
        mro[0] = t;
        t.mro = mro;
        for (int i = 1; i < bases.length; i++) {
            bases[i].subclasses.add(new WeakReference<>(t));
        }
        return t;
    }

    /** A class created by Python code, with an already computed MRO; slots still need {@link #fixupSlots()}. */
    static PyType newClass(String name, PyType metatype, PyType[] bases, PyType solidBase, PyType[] mro) {
        PyType t = new PyType(name, metatype == TypeType.TYPE ? null : metatype, bases, false);
        t.base = solidBase;
        mro[0] = t;
        t.mro = mro;
        for (PyType b : bases) {
            b.subclasses.add(new WeakReference<>(t));
        }
        return t;
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = t;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private void inheritSlots(PyType b) {
        repr = b.repr; str = b.str; hash = b.hash; call = b.call; getattro = b.getattro;
        setattro = b.setattro; iter = b.iter; next = b.next; len = b.len; bool = b.bool;
        contains = b.contains; getitem = b.getitem; setitem = b.setitem; richcmp = b.richcmp;
        descrGet = b.descrGet; descrSet = b.descrSet; init = b.init; new_ = b.new_; neg = b.neg;
        pos = b.pos; invert = b.invert; abs = b.abs; index = b.index; int_ = b.int_; float_ = b.float_;
        System.arraycopy(b.nb, 0, nb, 0, nb.length);
        System.arraycopy(b.nbr, 0, nbr, 0, nbr.length);
        System.arraycopy(b.nbi, 0, nbi, 0, nbi.length);
    }

    /**
     * Types created while {@code object}'s own slots were being defined (descriptor types, str)
     * copied object's slots before they existed; once object is complete, they inherit the slots
     * they still lack. Called at the end of {@link PyBaseObject}'s initialization.
     */
    static void completeBootstrap() {
        bootstrapDone = true;
        for (PyType t : BOOTSTRAP) {
            if (t.base == null) {
                continue;
            }
            for (Slot s : Slot.all()) {
                boolean ownDunder = false;
                for (String d : s.dunders()) {
                    ownDunder |= t.dict.containsKey(d);
                }
                // A dunder in the type's own dict (even None, as list.__hash__) was decided on purpose.
                if (!ownDunder && s.get(t) == null && s.get(t.base) != null) {
                    s.set(t, s.get(t.base));
                }
            }
        }
        BOOTSTRAP.clear();
    }

    // ---- definition of builtin types -----------------------------------------------------------

    /** Defines a special method of a builtin type: sets the slot and exposes it in the dict. */
    public PyType slot(Slot s, Object impl) {
        s.set(this, impl);
        for (String dunder : s.dunders()) {
            dict.put(dunder, new PySlotWrapper(this, dunder, s, impl));
        }
        return this;
    }

    /** Defines a binary operator (forward and reflected, e.g. {@code __add__}/{@code __radd__}) of a builtin type. */
    public PyType binop(BinOp op, Fn2 impl) {
        slot(Slot.forward(op), impl);
        Fn2 reflected = (self, other) -> impl.apply(other, self);
        slot(Slot.reflected(op), reflected);
        return this;
    }

    /** Defines a method of a builtin type. */
    public PyType method(PyMethodDescr m) {
        dict.put(m.name(), m);
        return this;
    }

    /** Defines a class attribute of a builtin type (a constant, a property, a classmethod, ...). */
    public PyType attr(String name, PyObj value) {
        dict.put(name, value);
        return this;
    }

    /**
     * Marks a type whose instances bind as methods when found on a class (functions, method
     * descriptors): the method-call path may then skip creating a bound method.
     */
    public PyType methodDescriptor() {
        methodDescriptor = true;
        return this;
    }

    /** Whether instances carry a {@code __dict__} (their attributes live in {@link InstanceAttrs}). */
    public boolean instancesHaveDictFlag() {
        return instancesHaveDict;
    }

    public boolean isMethodDescriptorType() {
        return methodDescriptor;
    }

    /** Gives instances of a builtin type a {@code __dict__} (functions, modules). */
    public PyType withInstanceDict() {
        instancesHaveDict = true;
        return this;
    }

    /** Forbids Python subclasses (e.g. {@code bool}, {@code NoneType}). */
    public PyType finalType() {
        acceptsSubclasses = false;
        return this;
    }

    // ---- queries -------------------------------------------------------------------------------

    @Override
    public PyType type() {
        return metatype != null ? metatype : TypeType.TYPE;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /** {@code C.__name__ = ...} (heap types only; the caller checks). */
    public void setName(String n) {
        this.name = n;
    }

    public void setQualname(String q) {
        this.qualname = q;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType base() {
        return base;
    }

    public int version() {
        return version;
    }

    public Map<String, PyObj> dict() {
        return dict;
    }

    /** The module name for reprs and tracebacks: {@code __module__} or "builtins". */
    public String moduleName() {
        PyObj m = dict.get("__module__");
        if (m instanceof PyStr) {
            return ((PyStr) m).value();
        }
        return "builtins";
    }

    /** The name a traceback prints for an exception of this type: bare for builtins and {@code __main__}, else module.qualname. */
    public String displayName() {
        String mod = moduleName();
        return mod.equals("builtins") || mod.equals("__main__") ? qualname : mod + "." + qualname;
    }

    /** Looks {@code name} up along the MRO, without descriptors; null when absent. */
    public PyObj lookup(String name) {
        for (PyType t : mro) {
            PyObj v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whether this type is {@code other} or a subclass of it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Creates a bare instance of this type, as {@code object.__new__(cls)} does. */
    public PyObj newInstance() {
        if (instanceFactory == null) {
            throw Errors.typeError("cannot create '" + name + "' instances");
        }
        PyObj obj = instanceFactory.apply(this);
        if (!builtin && hasDel() && obj instanceof PyInstance) {
            Finalization.Queue q = Finalization.current();
            if (q != null) {
                // __del__ gets a new instance sharing the attributes: the original is gone by then.
                PyType t = this;
                InstanceAttrs attrs = obj.attrs();
                q.register(obj, () -> Finalizers.callDel(new PyInstance(t, attrs)));
            }
        }
        return obj;
    }

    private int delVersion = -1;
    private boolean hasDel;

    /** Whether instances have a {@code __del__} (cached per version tag). */
    private boolean hasDel() {
        if (delVersion != version) {
            hasDel = lookup("__del__") != null;
            delVersion = version;
        }
        return hasDel;
    }

    // ---- mutation ------------------------------------------------------------------------------

    /** Sets or (value null) deletes a class attribute, as {@code type.__setattr__} does. */
    public void setClassAttr(String attr, PyObj value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(attr) == null) {
                throw Errors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else {
            dict.put(attr, value);
        }
        modified(attr.startsWith("__") && attr.endsWith("__"));
    }

    /** Invalidates this type's and its subclasses' version tags; recomputes slots when a dunder changed. */
    void modified(boolean dunderChanged) {
        version = NEXT_VERSION.getAndIncrement();
        if (dunderChanged && !builtin) {
            fixupSlots();
        }
        for (WeakReference<PyType> ref : subclasses) {
            PyType sub = ref.get();
            if (sub != null) {
                sub.modified(dunderChanged);
            }
        }
    }

    /** Changes the bases ({@code __bases__} assignment); the caller has validated layout compatibility. */
    void setBases(PyType[] newBases, PyType[] newMro) {
        this.bases = newBases;
        this.mro = newMro;
        modified(true);
    }

    /** Recomputes every special-method slot of a class from its MRO. */
    void fixupSlots() {
        for (Slot s : Slot.all()) {
            s.fixup(this);
        }
    }

    // ---- repr ----------------------------------------------------------------------------------

    String typeRepr() {
        String mod = moduleName();
        return mod.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + mod + "." + qualname + "'>";
    }

    /** All live direct subclasses, for {@code __subclasses__()}. */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> ref : subclasses) {
            PyType t = ref.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    void setMetatype(PyType meta) {
        this.metatype = meta == TypeType.TYPE ? null : meta;
    }
}
