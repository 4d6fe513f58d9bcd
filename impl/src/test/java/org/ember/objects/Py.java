package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Supplier;

/** Small helpers for calling builtins on Java-built values and checking results against python3's. */
public final class Py {
    private Py() {}

    public static final PyDict BUILTINS = new PyDict();

    static {
        org.ember.builtins.PureBuiltins.install(BUILTINS);
    }

    public static PyObj b(String name) {
        PyObj f = BUILTINS.getStr(name);
        assertThat(f).as("builtin " + name).isNotNull();
        return f;
    }

    public static PyObj call(String name, PyObj... args) {
        return Abstract.call(b(name), args, null);
    }

    /** Calls with keyword arguments: {@code kw} names the trailing values of {@code args}. */
    public static PyObj callKw(String name, String[] kw, PyObj... args) {
        return Abstract.call(b(name), args, kw);
    }

    public static String[] kw(String... names) {
        return names;
    }

    public static PyInt i(long v) {
        return PyInt.of(v);
    }

    public static PyFloat f(double v) {
        return new PyFloat(v);
    }

    public static PyStr s(String v) {
        return PyStr.of(v);
    }

    public static PyList list(PyObj... items) {
        return PyList.of(items);
    }

    public static PyTuple tup(PyObj... items) {
        return PyTuple.of(items);
    }

    public static PySet set(PyObj... items) {
        PySet r = new PySet();
        for (PyObj x : items) {
            r.add(x);
        }
        return r;
    }

    public static PyFrozenSet fset(PyObj... items) {
        return PyFrozenSet.of(items);
    }

    /** {@code obj.name(*args)}. */
    public static PyObj m(PyObj obj, String name, PyObj... args) {
        return Abstract.call(Abstract.getAttr(obj, name), args, null);
    }

    public static PyList ints(long... vs) {
        return PyList.of(Arrays.stream(vs).mapToObj(PyInt::of).toArray(PyObj[]::new));
    }

    public static String repr(PyObj o) {
        return Abstract.repr(o).value();
    }

    /** Asserts the Python repr of the result. */
    public static void eq(String expectedRepr, PyObj actual) {
        assertThat(repr(actual)).isEqualTo(expectedRepr);
    }

    /** Asserts that the call raises {@code "Type: message"} exactly. */
    public static void raises(String expected, Supplier<?> body) {
        try {
            body.get();
        } catch (PyRaise e) {
            assertThat(e.pythonType() + ": " + e.pythonMessage()).isEqualTo(expected);
            return;
        }
        fail("expected " + expected);
    }
}
