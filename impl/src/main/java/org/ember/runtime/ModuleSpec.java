package org.ember.runtime;

import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/** A module's {@code __spec__} ({@code ModuleSpec}): name, origin, and whether it is a package. */
final class ModuleSpec extends PyObj {
    static final PyType TYPE = PyType.builtin("ModuleSpec", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.attr("name", new PyGetSet("name", s -> PyStr.of(((ModuleSpec) s).name), null));
        TYPE.attr("origin", new PyGetSet("origin", s -> PyStr.of(((ModuleSpec) s).origin), null));
        TYPE.attr("has_location", new PyGetSet("has_location", s -> PyBool.TRUE, null));
        TYPE.attr("parent", new PyGetSet("parent", s -> {
            ModuleSpec m = (ModuleSpec) s;
            if (m.isPackage) {
                return PyStr.of(m.name);
            }
            int dot = m.name.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : m.name.substring(0, dot));
        }, null));
        TYPE.attr("_initializing", new PyGetSet("_initializing", s -> PyBool.of(((ModuleSpec) s).initializing), null));
        TYPE.attr("submodule_search_locations", new PyGetSet("submodule_search_locations", s -> PyNone.NONE, null));
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) s -> PyStr.of("ModuleSpec(name='" + ((ModuleSpec) s).name
                + "', loader=None, origin='" + ((ModuleSpec) s).origin + "')"));
    }

    final String name;
    final String origin;
    final boolean isPackage;
    /** True while the module's code runs (for the circular-import error message). */
    boolean initializing;

    ModuleSpec(String name, String origin, boolean isPackage) {
        this.name = name;
        this.origin = origin;
        this.isPackage = isPackage;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
