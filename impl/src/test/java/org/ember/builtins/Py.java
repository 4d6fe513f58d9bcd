package org.ember.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Supplier;
import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/** Small helpers for calling builtins on Java-built values and checking results against python3's. */
final class Py {
    private Py() {}

    static final PyDict BUILTINS = new PyDict();

    static {
        PureBuiltins.install(BUILTINS);
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
