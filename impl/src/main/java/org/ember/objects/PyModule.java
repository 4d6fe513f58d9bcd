package org.ember.objects;

/** A module: a name and a namespace dict ({@code __dict__} is the module's globals). */
public class PyModule extends PyObj {
    public static final PyType TYPE = PyType.builtin("module", PyBaseObject.TYPE,
            t -> t == PyModule.TYPE ? new PyModule("?", new PyDict()) : new Derived(t));

    static {
        TYPE.slot(Slot.GETATTRIBUTE, (SlotFns.GetAttrFn) (self, name) -> {
            // The module dict is the instance dict: it wins over the class's non-data attributes
            // (ModuleType(name, doc).__doc__ is the doc, not the class's docstring).
            PyModule m = (PyModule) self;
            PyObj classAttr = self.type().lookup(name);
            if (classAttr == null || classAttr.type().descrSet == null) {
                PyObj v = m.dict.getStr(name);
                if (v != null) {
                    return v;
                }
            }
            PyObj r = PyBaseObject.genericGetAttrOrNull(self, name);
            if (r != null) {
                return r;
            }
            PyObj getattr = m.dict.getStr("__getattr__");
            if (getattr != null) {
                return Abstract.call(getattr, new PyObj[] {PyStr.of(name)}, null);
            }
            throw Errors.noAttribute(self, name);
        }).slot(Slot.SETATTR, (SlotFns.SetAttrFn) (self, name, value) -> {
            PyModule m = (PyModule) self;
            if (value == null) {
                if (!m.dict.delItemIfPresent(PyStr.of(name))) {
                    throw Errors.noAttribute(self, name);
                }
            } else {
                m.dict.setStr(name, value);
            }
        }).slot(Slot.REPR, (SlotFns.Fn1) self -> {
            PyModule m = (PyModule) self;
            PyObj file = m.dict.getStr("__file__");
            if (file instanceof PyStr) {
                return PyStr.of("<module '" + m.name() + "' from '" + ((PyStr) file).value() + "'>");
            }
            return PyStr.of("<module '" + m.name() + "' (built-in)>");
        }).slot(Slot.INIT, (SlotFns.CallFn) (self, args, kw) -> {
            PyMethodDescr.checkRange("module", args.length, 1, 2);
            PyModule m = (PyModule) self;
            m.dict.setStr("__name__", args[0]);
            m.dict.setStr("__doc__", args.length > 1 ? args[1] : PyNone.NONE);
            return PyNone.NONE;
        });
        TYPE.dict().remove("__getattr__");
        TYPE.attr("__dict__", new PyGetSet("__dict__", self -> ((PyModule) self).dict, null));
        // module.__dir__(): a module-level __dir__ function wins (PEP 562), else the namespace's keys.
        TYPE.method(PyMethodDescr.of0(TYPE, "__dir__", self -> {
            PyObj custom = ((PyModule) self).dict.getStr("__dir__");
            if (custom != null) {
                return Abstract.call(custom, new PyObj[0], null);
            }
            return Abstract.defaultDir(self);
        }));
        TYPE.new_ = (cls, args, kw) -> cls == TYPE ? new PyModule("?", new PyDict()) : new Derived((PyType) cls);
        TYPE.attr("__new__", PyBuiltinFunction.forNew(TYPE, TYPE.new_));
    }

    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.setStr("__name__", PyStr.of(name));
        }
    }

    /** A new empty module with the standard attributes. */
    public static PyModule create(String name) {
        PyDict d = new PyDict();
        d.setStr("__name__", PyStr.of(name));
        d.setStr("__doc__", PyNone.NONE);
        d.setStr("__package__", PyNone.NONE);
        d.setStr("__loader__", PyNone.NONE);
        d.setStr("__spec__", PyNone.NONE);
        return new PyModule(name, d);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final PyDict dict() {
        return dict;
    }

    public final String name() {
        PyObj n = dict.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value() : "?";
    }

    /** An instance of a Python subclass of {@code module}: its dict is the module dict. */
    static final class Derived extends PyModule {
        private final PyType type;

        Derived(PyType type) {
            super("?", new PyDict());
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
