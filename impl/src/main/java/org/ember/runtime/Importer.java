package org.ember.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ember.bytecode.CodeObject;
import org.ember.interpreter.Interpreter;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyDict;

import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;

import org.ember.parser.Parser;

/**
 * The import system behind {@code __import__}: {@code sys.modules} first, then Java modules
 * registered with the interpreter, then {@code sys.path} directories (or a package's
 * {@code __path__}) for {@code name.py} and {@code name/__init__.py}. Modules are entered in
 * {@code sys.modules} before their code runs, so circular imports see the partial module as in
 * CPython.
 */
final class Importer {
    private final InterpreterState state;

    Importer(InterpreterState state) {
        this.state = state;
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    PyObj importModule(String name, PyObj globals, PyObj fromlist, int level) {
        String absName = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absName.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyObj module = importDotted(absName);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            if (level > 0 && name.isEmpty()) {
                return module;
            }
            String first = name.isEmpty() ? absName : absName.substring(0, absName.length() - name.length())
                    + name.split("\\.")[0];
            if (level == 0) {
                first = absName.split("\\.")[0];
            }
            return state.modules.getStr(first);
        }
        if (module instanceof PyModule && ((PyModule) module).dict().getStr("__path__") != null) {
            for (PyObj item : Abstract.iterate(fromlist)) {
                String attr = Abstract.strArg(item, "Item in from list").value();
                if (attr.equals("*")) {
                    continue;
                }
                if (Abstract.lookupAttr(module, attr) == null) {
                    try {
                        importDotted(absName + "." + attr);
                    } catch (PyRaise e) {
                        if (!e.exception().type().isSubtypeOf(ExceptionTypes.ModuleNotFoundError)) {
                            throw e;
                        }
                    }
                }
            }
        }
        return module;
    }

    private String resolveRelative(String name, PyObj globals, int level) {
        String pkg = null;
        if (globals instanceof PyDict) {
            PyDict g = (PyDict) globals;
            PyObj p = g.getStr("__package__");
            if (p instanceof PyStr) {
                pkg = ((PyStr) p).value();
            } else {
                PyObj n = g.getStr("__name__");
                if (n instanceof PyStr) {
                    pkg = ((PyStr) n).value();
                    if (g.getStr("__path__") == null) {
                        int dot = pkg.lastIndexOf('.');
                        pkg = dot < 0 ? "" : pkg.substring(0, dot);
                    }
                }
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.importError("attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    PyObj importDotted(String absName) {
        PyObj cached = state.modules.getStr(absName);
        if (cached != null) {
            if (cached == PyNone.NONE) {
                throw notFound(absName, "import of " + absName + " halted; None in sys.modules");
            }
            return cached;
        }
        int dot = absName.lastIndexOf('.');
        PyObj parent = null;
        PyObj searchPath;
        if (dot >= 0) {
            parent = importDotted(absName.substring(0, dot));
            cached = state.modules.getStr(absName);
            if (cached != null) {
                return cached;
            }
            searchPath = parent instanceof PyModule ? ((PyModule) parent).dict().getStr("__path__") : null;
            if (searchPath == null) {
                throw notFound(absName, "No module named '" + absName + "'; '" + absName.substring(0, dot)
                        + "' is not a package");
            }
        } else {
            PyModule javaModule = state.javaModule(absName);
            if (javaModule != null) {
                state.modules.setStr(absName, javaModule);
                return javaModule;
            }
            searchPath = state.sysDict().getStr("path");
        }
        String shortName = dot >= 0 ? absName.substring(dot + 1) : absName;
        PyModule m = findAndLoad(absName, shortName, searchPath);
        if (m == null) {
            throw notFound(absName, "No module named '" + absName + "'");
        }
        if (parent != null) {
            Abstract.setAttr(parent, shortName, state.modules.getStr(absName));
        }
        return state.modules.getStr(absName);
    }

    private static PyRaise notFound(String name, String msg) {
        PyRaise e = Errors.of(ExceptionTypes.ModuleNotFoundError, msg);
        e.exception().setExtra("name", PyStr.of(name));
        return e;
    }

    /** Finds {@code shortName} in the directories of {@code path}; loads and returns it, or null. */
    private PyModule findAndLoad(String absName, String shortName, PyObj path) {
        if (path == null) {
            return null;
        }
        for (PyObj entry : Abstract.toArray(path)) {
            if (!(entry instanceof PyStr)) {
                continue;
            }
            String dir = ((PyStr) entry).value();
            Path base = dir.isEmpty() ? Path.of("") : Path.of(dir);
            Path pkgInit = base.resolve(shortName).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return load(absName, pkgInit, base.resolve(shortName));
            }
            Path file = base.resolve(shortName + ".py");
            if (Files.isRegularFile(file)) {
                return load(absName, file, null);
            }
        }
        return null;
    }

    /** Creates, registers and runs a module from a file; {@code pkgDir} non-null for packages. */
    PyModule load(String absName, Path file, Path pkgDir) {
        PyModule m = PyModule.create(absName);
        PyDict d = m.dict();
        String fileName = file.toString();
        d.setStr("__file__", PyStr.of(fileName));
        d.setStr("__builtins__", state.builtinsModule);
        if (pkgDir != null) {
            d.setStr("__path__", PyList.of(PyStr.of(pkgDir.toString())));
            d.setStr("__package__", PyStr.of(absName));
        } else {
            int dot = absName.lastIndexOf('.');
            d.setStr("__package__", PyStr.of(dot < 0 ? "" : absName.substring(0, dot)));
        }
        ModuleSpec spec = new ModuleSpec(absName, fileName, pkgDir != null);
        d.setStr("__spec__", spec);
        state.modules.setStr(absName, m);
        spec.initializing = true;
        try {
            String source = Parser.decodeSource(Files.readAllBytes(file));
            CodeObject code = CompilerBridge.compile(source, fileName, "exec");
            Interpreter.runCode(ThreadState.current(), code, d, state.builtins, d, null);
        } catch (IOException e) {
            state.modules.delItemIfPresent(PyStr.of(absName));
            throw Errors.importError("cannot read " + fileName + ": " + e.getMessage());
        } catch (RuntimeException e) {
            state.modules.delItemIfPresent(PyStr.of(absName));
            throw e;
        } finally {
            spec.initializing = false;
        }
        return m;
    }

    /** The file of a module for {@code -m}, without importing it: {path, isPackage}. */
    Path locate(String absName) {
        PyObj path = state.sysDict().getStr("path");
        String[] parts = absName.split("\\.");
        if (parts.length > 1) {
            PyObj parent = importDotted(absName.substring(0, absName.lastIndexOf('.')));
            path = parent instanceof PyModule ? ((PyModule) parent).dict().getStr("__path__") : null;
        }
        if (path == null) {
            return null;
        }
        String shortName = parts[parts.length - 1];
        for (PyObj entry : Abstract.toArray(path)) {
            if (!(entry instanceof PyStr)) {
                continue;
            }
            Path base = ((PyStr) entry).value().isEmpty() ? Path.of("") : Path.of(((PyStr) entry).value());
            Path file = base.resolve(shortName + ".py");
            if (Files.isRegularFile(file)) {
                return file;
            }
            Path main = base.resolve(shortName).resolve("__main__.py");
            if (Files.isRegularFile(main)) {
                return main;
            }
        }
        return null;
    }

}
