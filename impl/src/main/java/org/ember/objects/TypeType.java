package org.ember.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ember.objects.SlotFns.CallFn;

/**
 * The type {@code type}: calling a class, attribute access on classes, and class creation
 * ({@code type(name, bases, ns)}: metaclass calculation, C3 MRO, layout, slots,
 * {@code __set_name__}, {@code __init_subclass__}).
 */
public final class TypeType {
    private TypeType() {}

    public static final PyType TYPE = PyType.builtin("type", PyBaseObject.TYPE, null);

    static final CallFn TYPE_NEW = (meta, args, kw) -> {
        PyType metatype = (PyType) meta;
        if (metatype == TYPE && args.length == 1 && (kw == null || kw.length == 0)) {
            return args[0].type();
        }
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        Map<String, PyObj> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < nkw; i++) {
            kwargs.put(kw[i], args[npos + i]);
        }
        String name = Abstract.strArg(args[0], "type.__new__() argument 1").value();
        if (!(args[1] instanceof PyTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + args[1].type().name());
        }
        if (!(args[2] instanceof PyDict)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + args[2].type().name());
        }
        return newClass(metatype, name, (PyTuple) args[1], (PyDict) args[2], kwargs);
    };

    static {
        TYPE.slot(Slot.CALL, (CallFn) TypeType::callType)
                .slot(Slot.REPR, (SlotFns.Fn1) t -> PyStr.of(((PyType) t).typeRepr()))
                .slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) TypeType::typeGetAttr)
                .slot(Slot.SETATTR, (SlotFns.SetAttrFn) (t, name, value) -> typeSetAttr((PyType) t, name, value))
                .slot(Slot.INIT, (CallFn) (self, args, kw) -> PyNone.NONE);
        TYPE.dict().remove("__getattr__");
        TYPE.new_ = TYPE_NEW;
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, TYPE_NEW));
        TYPE.attr("__name__", new PyGetSet("__name__", t -> PyStr.of(((PyType) t).name()), (t, v) -> {
            PyType type = (PyType) t;
            if (type.isBuiltin() || v == null) {
                throw Errors.typeError("cannot " + (v == null ? "delete" : "set") + " '__name__' attribute of immutable type '"
                        + type.name() + "'");
            }
            if (!(v instanceof PyStr)) {
                throw Errors.typeError("can only assign string to " + type.name() + ".__name__, not '"
                        + v.type().name() + "'");
            }
            type.setName(((PyStr) v).value());
        }));
        TYPE.attr("__qualname__", new PyGetSet("__qualname__", t -> PyStr.of(((PyType) t).qualname()),
                (t, v) -> ((PyType) t).setQualname(Abstract.strArg(v, "__qualname__").value())));
        TYPE.attr("__module__", new PyGetSet("__module__", t -> {
            PyObj m = ((PyType) t).dict().get("__module__");
            return m != null ? m : PyStr.of("builtins");
        }, (t, v) -> ((PyType) t).setClassAttr("__module__", v)));
        TYPE.attr("__bases__", new PyGetSet("__bases__", t -> PyTuple.of((PyObj[]) ((PyType) t).bases()), null));
        TYPE.attr("__base__", new PyGetSet("__base__", t -> {
            PyType[] b = ((PyType) t).bases();
            return b.length == 0 ? PyNone.NONE : b[0];
        }, null));
        TYPE.attr("__mro__", new PyGetSet("__mro__", t -> PyTuple.of((PyObj[]) ((PyType) t).mro()), null));
        TYPE.attr("__dict__", new PyGetSet("__dict__", t -> new PyMappingProxy(((PyType) t).dict()), null));
        TYPE.attr("__doc__", new PyGetSet("__doc__", t -> {
            PyObj d = ((PyType) t).dict().get("__doc__");
            return d != null ? d : PyNone.NONE;
        }, null));
        TYPE.method(PyMethodDescr.of0(TYPE, "mro", t -> PyList.of((PyObj[]) ((PyType) t).mro())));
        TYPE.method(PyMethodDescr.of0(TYPE, "__subclasses__", t -> {
            List<PyType> subs = ((PyType) t).subclasses();
            return PyList.of(subs.toArray(new PyObj[0]));
        }));
        TYPE.method(PyMethodDescr.of1(TYPE, "__instancecheck__",
                (t, inst) -> PyBool.of(inst.type().isSubtypeOf((PyType) t))));
        TYPE.method(PyMethodDescr.of1(TYPE, "__subclasscheck__", (t, sub) -> {
            if (!(sub instanceof PyType)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(((PyType) sub).isSubtypeOf((PyType) t));
        }));
        TYPE.attr("__prepare__", new PyClassMethod(PyBuiltinFunction.of("__prepare__", (s, args, kw) -> new PyDict())));
    }

    static PyObj callType(PyObj self, PyObj[] args, String[] kw) {
        PyType cls = (PyType) self;
        if (cls == TYPE && args.length == 1 && (kw == null || kw.length == 0)) {
            return args[0].type();
        }
        if (cls.new_ == null) {
            throw Errors.typeError("cannot create '" + cls.name() + "' instances");
        }
        PyObj obj = cls.new_.call(cls, args, kw);
        if (!obj.type().isSubtypeOf(cls)) {
            return obj;
        }
        CallFn init = obj.type().init;
        if (init != null) {
            init.call(obj, args, kw);
        }
        return obj;
    }

    /** {@code type.__getattribute__}: meta data descriptors, the class MRO (binding with a null instance), meta attributes. */
    static PyObj typeGetAttr(PyObj self, String name) {
        PyObj r = typeGetAttrOrNull((PyType) self, name);
        if (r == null) {
            throw Errors.noAttribute(self, name);
        }
        return r;
    }

    static PyObj typeGetAttrOrNull(PyType type, String name) {
        PyType meta = type.type();
        PyObj metaAttr = meta.lookup(name);
        SlotFns.Fn3 metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().descrGet;
            if (metaGet != null && metaAttr.type().descrSet != null) {
                return metaGet.apply(metaAttr, type, meta);
            }
        }
        PyObj attr = type.lookup(name);
        if (attr != null) {
            SlotFns.Fn3 get = attr.type().descrGet;
            if (get != null) {
                return get.apply(attr, null, type);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.apply(metaAttr, type, meta);
        }
        return metaAttr;
    }

    static void typeSetAttr(PyType t, String name, PyObj value) {
        PyObj metaAttr = t.type().lookup(name);
        if (metaAttr != null && metaAttr.type().descrSet != null) {
            metaAttr.type().descrSet.apply(metaAttr, t, value);
            return;
        }
        t.setClassAttr(name, value);
    }

    // ---- class creation ------------------------------------------------------------------------

    /** Runs {@code type.__new__(metatype, name, bases, ns, **kwargs)}. */
    public static PyType newClass(PyType metatype, String name, PyTuple basesTuple, PyDict ns,
                                  Map<String, PyObj> kwargs) {
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObj b = basesTuple.get(i);
            if (!(b instanceof PyType)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = (PyType) b;
        }
        PyType winner = calculateMetaclass(metatype, bases);
        if (winner != metatype && winner.new_ != TYPE_NEW) {
            return (PyType) winner.new_.call(winner, new PyObj[] {PyStr.of(name), basesTuple, ns}, null);
        }
        metatype = winner;
        if (bases.length == 0) {
            bases = new PyType[] {PyBaseObject.TYPE};
        }
        for (PyType b : bases) {
            if (!b.acceptsSubclasses) {
                throw Errors.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
        }
        PyType solid = solidBase(bases);
        PyType[] mro = c3(name, bases);
        PyType t = PyType.newClass(name, metatype, bases, solid, mro);
        t.instanceFactory = solid.instanceFactory;
        PyType slotBase = slotLayoutBase(bases);
        int inheritedSlots = slotBase == null ? 0 : slotBase.slotCount;
        t.slotCount = inheritedSlots;
        boolean dictFromBase = false;
        for (PyType b : bases) {
            dictFromBase |= b.instancesHaveDict;
        }
        for (int i = 0; i < ns.size(); i++) {
            PyObj k = ns.keyAt(i);
            if (!(k instanceof PyStr)) {
                continue;
            }
            t.dict.put(((PyStr) k).value(), ns.valueAt(i));
        }
        PyObj qn = t.dict.remove("__qualname__");
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + qn.type().name());
            }
            t.setQualname(((PyStr) qn).value());
        }
        PyObj cell = t.dict.remove("__classcell__");
        PyObj slots = t.dict.get("__slots__");
        if (slots != null) {
            List<String> names = new ArrayList<>();
            boolean wantsDict = false;
            Iterable<PyObj> items = slots instanceof PyStr ? List.of(slots) : Abstract.iterate(slots);
            for (PyObj s : items) {
                String sn = Abstract.strArg(s, "__slots__ items").value();
                if (sn.equals("__dict__")) {
                    wantsDict = true;
                } else if (!sn.equals("__weakref__")) {
                    names.add(sn);
                    if (t.dict.containsKey(sn)) {
                        throw Errors.valueError("'" + sn + "' in __slots__ conflicts with class variable");
                    }
                }
            }
            t.slotNames = names.toArray(new String[0]);
            // A subclass's members come after those of its bases (slotLayoutBase checked that the
            // bases' layouts nest), so one index per member serves every subclass.
            int index = inheritedSlots;
            for (String sn : t.slotNames) {
                t.dict.put(sn, new PyMemberDescr(t, sn, index++));
            }
            t.slotCount = index;
            t.instancesHaveDict = dictFromBase || wantsDict;
        } else {
            t.instancesHaveDict = true;
        }
        if (t.instancesHaveDict && !dictFromBase && !t.dict.containsKey("__dict__")) {
            t.dict.put("__dict__", new PyGetSet("__dict__", PyBaseObject_dict::get, PyBaseObject_dict::set));
            // Weak references are not implemented yet; the attribute exists and reads None, as for an unreferenced object.
            t.dict.put("__weakref__", new PyGetSet("__weakref__", self -> PyNone.NONE, null));
        }
        if (!t.dict.containsKey("__module__")) {
            t.dict.put("__module__", PyStr.of("builtins"));
        }
        if (!t.dict.containsKey("__doc__")) {
            t.dict.put("__doc__", PyNone.NONE);
        }
        wrapImplicit(t, "__new__", false);
        wrapImplicit(t, "__init_subclass__", true);
        wrapImplicit(t, "__class_getitem__", true);
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
            t.dict.put("__hash__", PyNone.NONE);
        }
        t.fixupSlots();
        if (cell != null) {
            if (!(cell instanceof PyCell)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type().name());
            }
            ((PyCell) cell).set(t);
        }
        for (Map.Entry<String, PyObj> e : new ArrayList<>(t.dict.entrySet())) {
            PyObj setName = Abstract.lookupSpecial(e.getValue(), "__set_name__");
            if (setName != null) {
                Abstract.call(setName, new PyObj[] {t, PyStr.of(e.getKey())}, null);
            }
        }
        // super(t, t).__init_subclass__(**kwargs)
        PyObj init = null;
        for (int i = 1; i < mro.length && init == null; i++) {
            init = mro[i].dict.get("__init_subclass__");
        }
        if (init != null) {
            PyObj bound = Abstract.bindDescriptor(init, null, t);
            PyObj[] kvals = kwargs.values().toArray(new PyObj[0]);
            Abstract.call(bound, kvals, kwargs.isEmpty() ? null : kwargs.keySet().toArray(new String[0]));
        }
        return t;
    }

    private static void wrapImplicit(PyType t, String name, boolean classmethod) {
        PyObj f = t.dict.get(name);
        if (f != null && f.type().isMethodDescriptorType()) {
            t.dict.put(name, classmethod ? new PyClassMethod(f) : new PyStaticMethod(f));
        }
    }

    /** The most derived metaclass among the given one and the bases' types. */
    public static PyType calculateMetaclass(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * The base whose {@code __slots__} members instances inherit (the most derived class among
     * the bases' layouts), or null when no base has any; TypeError when two bases lay out members
     * independently of each other, as CPython.
     */
    private static PyType slotLayoutBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType owner = b.slotCount == 0 ? null : b.slotLayoutOwner();
            if (owner == null) {
                continue;
            }
            if (winner == null || owner.isSubtypeOf(winner)) {
                winner = owner;
            } else if (!winner.isSubtypeOf(owner)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    private static PyType solidBase(PyType[] bases) {
        PyType solid = null;
        for (PyType b : bases) {
            PyType s = b;
            while (!s.isBuiltin()) {
                s = s.base();
            }
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s) && s.instanceFactory != solid.instanceFactory) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return solid;
    }

    /** C3 linearization, with CPython's error for an inconsistent hierarchy. */
    static PyType[] c3(String name, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class " + bases[i].name());
                }
            }
        }
        List<PyType> result = new ArrayList<>();
        result.add(null); // the new class itself, filled in by the caller's constructor
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                break;
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!seen.contains(s.get(0))) {
                        seen.add(s.get(0));
                    }
                }
                for (int i = 0; i < seen.size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(seen.get(i).name());
                }
                throw Errors.typeError(sb.toString());
            }
            result.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
        return result.toArray(new PyType[0]);
    }

    /** The {@code __dict__} attribute of instances of classes. */
    static final class PyBaseObject_dict {
        private PyBaseObject_dict() {}

        static PyObj get(PyObj self) {
            InstanceAttrs a = self.attrs();
            if (a == null) {
                throw Errors.noAttribute(self, "__dict__");
            }
            return a.asDict();
        }

        static void set(PyObj self, PyObj value) {
            if (!(value instanceof PyDict)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
            }
            self.attrs().setDict((PyDict) value);
        }
    }
}
