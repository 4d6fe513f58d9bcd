package org.ember.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ember.api.PyObject;

/** Conversions between Java values and Python values for the host API. */
public final class JavaValues {
    private JavaValues() {}

    /** A Java value as a Python value (see {@link PyObject} for the table). */
    public static PyObj toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObj) {
            return (PyObj) v;
        }
        if (v instanceof String) {
            return PyStr.of((String) v);
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double || v instanceof Float) {
            return new PyFloat(((Number) v).doubleValue());
        }
        if (v instanceof Character) {
            return PyStr.of(String.valueOf(v));
        }
        if (v instanceof byte[]) {
            return new PyBytes(((byte[]) v).clone());
        }
        if (v instanceof List) {
            PyList l = new PyList();
            for (Object o : (List<?>) v) {
                l.append(toPython(o));
            }
            return l;
        }
        if (v instanceof Map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                d.setItem(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        throw Errors.typeError("cannot convert Java " + v.getClass().getName() + " to a Python value");
    }

    /** The natural Java value of a Python value. */
    public static Object toJava(PyObj o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyBool) {
            return o == PyBool.TRUE;
        }
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value().clone();
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            List<Object> out = new ArrayList<>();
            for (PyObj x : Abstract.toArray(o)) {
                out.add(toJava(x));
            }
            return out;
        }
        if (o instanceof PyDict) {
            Map<Object, Object> out = new LinkedHashMap<>();
            PyDict d = (PyDict) o;
            for (int i = 0; i < d.entryCount(); i++) {
                if (d.entryKey(i) != null) {
                    out.put(toJava(d.entryKey(i)), toJava(d.entryValue(i)));
                }
            }
            return out;
        }
        return o;
    }

    static List<PyObject> asList(PyObj o) {
        List<PyObject> out = new ArrayList<>();
        for (PyObj x : Abstract.toArray(o)) {
            out.add(x);
        }
        return out;
    }

    static Map<PyObject, PyObject> asMap(PyObj o) {
        Map<PyObject, PyObject> out = new LinkedHashMap<>();
        PyObj keys = Abstract.call(Abstract.getAttr(o, "keys"), new PyObj[0], null);
        for (PyObj k : Abstract.iterate(keys)) {
            out.put(k, Abstract.getItem(o, k));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static <T> T as(PyObj o, Class<T> cls) {
        if (cls == Object.class) {
            return (T) toJava(o);
        }
        if (cls.isInstance(o) && (cls == PyObject.class || cls == PyObj.class || PyObj.class.isAssignableFrom(cls))) {
            return (T) o;
        }
        if (cls == Long.class || cls == long.class) {
            return (T) Long.valueOf(o.asLong());
        }
        if (cls == Integer.class || cls == int.class) {
            long v = o.asLong();
            if (v != (int) v) {
                throw Errors.overflowError("Python int too large to convert to Java int");
            }
            return (T) Integer.valueOf((int) v);
        }
        if (cls == Double.class || cls == double.class) {
            return (T) Double.valueOf(o.asDouble());
        }
        if (cls == BigInteger.class) {
            return (T) Abstract.index(o).bigValue();
        }
        if (cls == String.class) {
            return (T) o.asString();
        }
        if (cls == Boolean.class || cls == boolean.class) {
            return (T) Boolean.valueOf(o.asBoolean());
        }
        if (cls == byte[].class) {
            if (!(o instanceof PyBytes)) {
                throw Errors.typeError("expected bytes, got " + o.type().name());
            }
            return (T) ((PyBytes) o).value().clone();
        }
        if (cls == List.class) {
            return (T) toJava(new PyList(Abstract.toArray(o)));
        }
        if (cls == Map.class) {
            if (!(o instanceof PyDict)) {
                throw Errors.typeError("expected dict, got " + o.type().name());
            }
            return (T) toJava(o);
        }
        throw Errors.typeError("cannot convert '" + o.type().name() + "' to Java " + cls.getName());
    }
}
