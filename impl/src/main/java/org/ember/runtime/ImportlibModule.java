package org.ember.runtime;

import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;

/**
 * The part of {@code importlib} that programs use directly: {@code import_module} and
 * {@code invalidate_caches}, backed by this interpreter's {@link Importer}. (CPython's
 * {@code importlib} package is pure Python; it will be loaded from the standard library once the
 * stdlib loader exists, and this module then steps aside.)
 */
final class ImportlibModule {
    private ImportlibModule() {}

    static PyModule create(InterpreterState st) {
        PyModule m = PyModule.create("importlib");
        PyDict d = m.dict();
        // import_module(name, package=None)
        d.setStr("import_module", new PyBuiltinFunction("import_module", "importlib", null, (s, args, kw) -> {
            java.util.Map<String, PyObj> a = RuntimeBuiltins.bind("import_module", args, kw, "name", "package");
            String name = Abstract.strArg(a.get("name"), "import_module() argument 'name'").value();
            int level = 0;
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
            PyObj pkg = a.get("package");
            if (level > 0) {
                if (pkg == null || pkg == PyNone.NONE) {
                    throw Errors.typeError("the 'package' argument is required to perform a relative import for "
                            + Abstract.repr(PyStr.of(name)).value());
                }
                PyDict g = new PyDict();
                g.setStr("__package__", pkg);
                st.importer.importModule(name.substring(level), g, PyNone.NONE, level);
                String base = ((PyStr) pkg).value();
                for (int i = 1; i < level; i++) {
                    base = base.substring(0, Math.max(0, base.lastIndexOf('.')));
                }
                String full = name.length() > level ? base + "." + name.substring(level) : base;
                return st.modules.getStr(full);
            }
            return st.importer.importDotted(name);
        }));
        d.setStr("invalidate_caches", new PyBuiltinFunction("invalidate_caches", "importlib", null,
                (s, args, kw) -> PyNone.NONE));
        return m;
    }
}
