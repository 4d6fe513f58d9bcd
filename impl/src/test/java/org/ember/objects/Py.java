package org.ember.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Supplier;

/** Small helpers for calling builtins on Java-built values and checking results against python3's. */
final class Py {
    private Py() {}

    static final PyDict BUILTINS = new PyDict();

    static {
        org.ember.builtins.PureBuiltins.install(BUILTINS);
    }

    static PyObj b(String name) {
        PyObj f = BUILTINS.getStr(name);
        assertThat(f).as("builtin " + name).isNotNull();
        return f;
    }

    static PyObj call(String name, PyObj... args) {
        return Abstract.call(b(name), args, null);
    }

    /** Calls with keyword arguments: {@code kw} names the trailing values of {@code args}. */
    static PyObj callKw(String name, String[] kw, PyObj... args) {
        return Abstract.call(b(name), args, kw);
    }

    static String[] kw(String... names) {
        return names;
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyList list(PyObj... items) {
        return PyList.of(items);
    }

    static PyTuple tup(PyObj... items) {
        return PyTuple.of(items);
    }

    static PySet set(PyObj... items) {
        PySet r = new PySet();
        for (PyObj x : items) {
            r.add(x);
        }
        return r;
    }

    static PyFrozenSet fset(PyObj... items) {
        return PyFrozenSet.of(items);
    }

    /** {@code obj.name(*args)}. */
    static PyObj m(PyObj obj, String name, PyObj... args) {
        return Abstract.call(Abstract.getAttr(obj, name), args, null);
    }

    static PyList ints(long... vs) {
        return PyList.of(Arrays.stream(vs).mapToObj(PyInt::of).toArray(PyObj[]::new));
    }

    static String repr(PyObj o) {
        return Abstract.repr(o).value();
    }

    /** Asserts the Python repr of the result. */
    static void eq(String expectedRepr, PyObj actual) {
        assertThat(repr(actual)).isEqualTo(expectedRepr);
    }

    /** Asserts that the call raises {@code "Type: message"} exactly. */
    static void raises(String expected, Supplier<?> body) {
        try {
            body.get();
        } catch (PyRaise e) {
            assertThat(e.pythonType() + ": " + e.pythonMessage()).isEqualTo(expected);
            return;
        }
        fail("expected " + expected);
    }
}
