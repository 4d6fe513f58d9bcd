package org.ember.objects;

/**
 * An instance of {@code BaseException} or a subclass. Holds the standard exception state
 * ({@code args}, {@code __traceback__}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}); other attributes (including {@code __notes__} and the
 * per-class ones such as {@code StopIteration.value}) live in its instance attributes.
 */
public class PyBaseException extends PyObj {
    private final PyType type;
    private final InstanceAttrs attrs = new InstanceAttrs();
    public PyTuple args = PyTuple.EMPTY;
    /** The traceback ({@code types.TracebackType} chain), or null. */
    public PyObj traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    private PyRaise carrier;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public InstanceAttrs attrs() {
        return attrs;
    }

    /** The throwable that raises this exception (one per exception object, reused on re-raise). */
    public PyRaise raise() {
        if (carrier == null) {
            carrier = new PyRaise(this);
        }
        return carrier;
    }

    /** {@code str(self)}, through the type's {@code __str__}. */
    public String strValue() {
        return Abstract.str(this).value();
    }

    /** An attribute from the instance attributes, or null. */
    public PyObj getExtra(String name) {
        return attrs.get(name);
    }

    public void setExtra(String name, PyObj value) {
        attrs.put(name, value);
    }
}
