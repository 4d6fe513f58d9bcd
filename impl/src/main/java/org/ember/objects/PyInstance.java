package org.ember.objects;

/** An instance of a Python class whose only builtin base is {@code object}. */
public final class PyInstance extends PyObj {
    private PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = other}; the caller checked layout compatibility. */
    public void setType(PyType t) {
        this.type = t;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }
}
