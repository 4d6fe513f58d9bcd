package org.ember.objects;

/** An instance of a Python class whose only builtin base is {@code object}. */
public final class PyInstance extends PyObj {
    private PyType type;
    private final InstanceAttrs attrs;

    public PyInstance(PyType type) {
        this.type = type;
        this.attrs = new InstanceAttrs(type.slotCount());
    }

    /** An instance sharing existing attributes (for a finalizer, after the original is collected). */
    PyInstance(PyType type, InstanceAttrs attrs) {
        this.type = type;
        this.attrs = attrs;
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
