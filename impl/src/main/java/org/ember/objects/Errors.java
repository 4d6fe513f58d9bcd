package org.ember.objects;

/**
 * The one place that builds the Python exceptions the runtime raises, so their messages match
 * CPython 3.11's wording everywhere. Each method returns the throwable; callers write
 * {@code throw Errors.typeError(...)}.
 */
public final class Errors {
    private Errors() {}

    /** A new exception of {@code type} with a single string argument. */
    public static PyRaise of(PyType type, String message) {
        return new PyBaseException(type, PyTuple.of(PyStr.of(message))).raise();
    }

    /** A new exception of {@code type} with no arguments. */
    public static PyRaise of(PyType type) {
        return new PyBaseException(type, PyTuple.EMPTY).raise();
    }

    public static PyRaise typeError(String m) {
        return of(ExceptionTypes.TypeError, m);
    }

    public static PyRaise valueError(String m) {
        return of(ExceptionTypes.ValueError, m);
    }

    public static PyRaise attributeError(String m) {
        return of(ExceptionTypes.AttributeError, m);
    }

    /** {@code 'T' object has no attribute 'name'}, with {@code name} and {@code obj} set for "Did you mean". */
    public static PyRaise noAttribute(PyObj obj, String name) {
        String msg = obj instanceof PyType
                ? "type object '" + ((PyType) obj).name() + "' has no attribute '" + name + "'"
                : obj instanceof PyModule
                ? "module '" + ((PyModule) obj).name() + "' has no attribute '" + name + "'"
                : "'" + obj.type().name() + "' object has no attribute '" + name + "'";
        PyRaise r = of(ExceptionTypes.AttributeError, msg);
        r.exception().setExtra("name", PyStr.of(name));
        r.exception().setExtra("obj", obj);
        return r;
    }

    public static PyRaise indexError(String m) {
        return of(ExceptionTypes.IndexError, m);
    }

    public static PyRaise keyError(PyObj key) {
        return new PyBaseException(ExceptionTypes.KeyError, PyTuple.of(key)).raise();
    }

    public static PyRaise nameError(String name) {
        PyRaise r = of(ExceptionTypes.NameError, "name '" + name + "' is not defined");
        r.exception().setExtra("name", PyStr.of(name));
        return r;
    }

    public static PyRaise unboundLocal(String name) {
        return of(ExceptionTypes.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyRaise zeroDivision(String m) {
        return of(ExceptionTypes.ZeroDivisionError, m);
    }

    public static PyRaise overflowError(String m) {
        return of(ExceptionTypes.OverflowError, m);
    }

    public static PyRaise runtimeError(String m) {
        return of(ExceptionTypes.RuntimeError, m);
    }

    public static PyRaise recursionError(String m) {
        return of(ExceptionTypes.RecursionError, m);
    }

    public static PyRaise systemError(String m) {
        return of(ExceptionTypes.SystemError, m);
    }

    public static PyRaise notImplementedError(String m) {
        return of(ExceptionTypes.NotImplementedError, m);
    }

    public static PyRaise memoryError(String m) {
        return of(ExceptionTypes.MemoryError, m);
    }

    public static PyRaise importError(String m) {
        return of(ExceptionTypes.ImportError, m);
    }

    /** {@code StopIteration(value)}; {@code value} null means no argument. */
    public static PyRaise stopIteration(PyObj value) {
        PyBaseException e = new PyBaseException(ExceptionTypes.StopIteration,
                value == null ? PyTuple.EMPTY : PyTuple.of(value));
        e.setExtra("value", value == null ? PyNone.NONE : value);
        return e.raise();
    }

    /** The StopIteration that ends iteration over {@code it} (carrying a generator's return value). */
    public static PyRaise exhausted(PyObj it) {
        PyObj v = it instanceof ReturnsValue ? ((ReturnsValue) it).finalValue() : null;
        return stopIteration(v == PyNone.NONE ? null : v);
    }

    /** {@code unsupported operand type(s) for +: 'int' and 'str'}. */
    public static PyRaise unsupportedOperands(String op, PyObj a, PyObj b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    /** {@code 'int' object is not iterable}. */
    public static PyRaise notIterable(PyObj o) {
        return typeError("'" + o.type().name() + "' object is not iterable");
    }

    /** {@code 'int' object is not callable}. */
    public static PyRaise notCallable(PyObj o) {
        return typeError("'" + o.type().name() + "' object is not callable");
    }

    /** Converts a format-library failure into the Python exception it names. */
    public static PyRaise fromFormat(String pythonType, String message) {
        PyType t;
        switch (pythonType) {
            case "OverflowError": t = ExceptionTypes.OverflowError; break;
            case "TypeError": t = ExceptionTypes.TypeError; break;
            case "ZeroDivisionError": t = ExceptionTypes.ZeroDivisionError; break;
            default: t = ExceptionTypes.ValueError; break;
        }
        return of(t, message);
    }
}
