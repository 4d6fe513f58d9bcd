package org.ember.objects;

import java.util.List;
import java.util.Map;
import org.ember.api.PyObject;

/**
 * The root of every Python value. A value's behaviour comes from its {@link #type()}'s slots, never
 * from Java overriding of operations here, so that a Python subclass of a builtin type can
 * override any special method. The {@link PyObject} methods are the host's view and go through
 * the same abstract operations ({@link Abstract}) as the interpreter.
 */
public abstract class PyObj implements PyObject {

    /** The Python type of this value. */
    public abstract PyType type();

    /**
     * The instance attribute storage, or null for objects without a {@code __dict__}. Objects of
     * Python classes and of subclasses of builtins return their own.
     */
    public InstanceAttrs attrs() {
        return null;
    }

    // ---- host API ------------------------------------------------------------------------------

    @Override
    public String typeName() {
        return type().name();
    }

    @Override
    public String repr() {
        return Abstract.repr(this).value();
    }

    @Override
    public String str() {
        return Abstract.str(this).value();
    }

    @Override
    public PyObject getAttr(String name) {
        return Abstract.getAttr(this, name);
    }

    @Override
    public boolean hasAttr(String name) {
        return Abstract.lookupAttr(this, name) != null;
    }

    @Override
    public void setAttr(String name, Object value) {
        Abstract.setAttr(this, name, JavaValues.toPython(value));
    }

    @Override
    public PyObject call(Object... args) {
        PyObj[] pyArgs = new PyObj[args.length];
        for (int i = 0; i < args.length; i++) {
            pyArgs[i] = JavaValues.toPython(args[i]);
        }
        return Abstract.call(this, pyArgs, null);
    }

    @Override
    public PyObject call(List<?> args, Map<String, ?> kwargs) {
        PyObj[] all = new PyObj[args.size() + kwargs.size()];
        String[] names = kwargs.isEmpty() ? null : new String[kwargs.size()];
        int i = 0;
        for (Object a : args) {
            all[i++] = JavaValues.toPython(a);
        }
        int k = 0;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            names[k++] = e.getKey();
            all[i++] = JavaValues.toPython(e.getValue());
        }
        return Abstract.call(this, all, names);
    }

    @Override
    public PyObject getItem(Object key) {
        return Abstract.getItem(this, JavaValues.toPython(key));
    }

    @Override
    public void setItem(Object key, Object value) {
        Abstract.setItem(this, JavaValues.toPython(key), JavaValues.toPython(value));
    }

    @Override
    public boolean isNone() {
        return this == PyNone.NONE;
    }

    @Override
    public boolean isTrue() {
        return Abstract.isTrue(this);
    }

    @Override
    public long asLong() {
        return Abstract.index(this).longValueExact();
    }

    @Override
    public double asDouble() {
        return Abstract.toDouble(this);
    }

    @Override
    public String asString() {
        if (this instanceof PyStr) {
            return ((PyStr) this).value();
        }
        throw Errors.typeError("expected str, got " + type().name());
    }

    @Override
    public boolean asBoolean() {
        if (this instanceof PyBool) {
            return this == PyBool.TRUE;
        }
        throw Errors.typeError("expected bool, got " + type().name());
    }

    @Override
    public List<PyObject> asList() {
        return JavaValues.asList(this);
    }

    @Override
    public Map<PyObject, PyObject> asMap() {
        return JavaValues.asMap(this);
    }

    @Override
    public <T> T as(Class<T> cls) {
        return JavaValues.as(this, cls);
    }

    @Override
    public Object toJava() {
        return JavaValues.toJava(this);
    }

    /** Java's {@code toString} is Python's {@code repr}, for debuggers and logs. */
    @Override
    public String toString() {
        try {
            return repr();
        } catch (RuntimeException e) {
            return "<" + type().name() + " object>";
        }
    }
}
