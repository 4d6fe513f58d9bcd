package org.ember.objects;

import org.ember.api.PyException;
import org.ember.api.PyObject;

/**
 * The Java throwable that carries a raised Python exception through Java frames. It records no
 * Java stack trace (Python code raises often; the Python traceback is what matters), except when
 * created for a host-facing error. It is also what hosts catch, as {@link PyException}.
 */
public final class PyRaise extends PyException {
    private static final long serialVersionUID = 1L;

    /** Formats tracebacks; installed by the runtime (objects cannot see frames or source files). */
    public interface TracebackFormatter {
        String format(PyBaseException exc);
    }

    private static volatile TracebackFormatter formatter = exc -> exc.type().displayName() + ": " + exc.strValue() + "\n";

    private final transient PyBaseException exception;

    PyRaise(PyBaseException exception) {
        super(null, false);
        this.exception = exception;
    }

    public static void setFormatter(TracebackFormatter f) {
        formatter = f;
    }

    /** The Python exception object. */
    public PyBaseException exception() {
        return exception;
    }

    @Override
    public String pythonType() {
        return exception.type().displayName();
    }

    @Override
    public String pythonMessage() {
        try {
            return exception.strValue();
        } catch (RuntimeException e) {
            return "<exception str() failed>";
        }
    }

    @Override
    public PyObject pythonException() {
        return exception;
    }

    @Override
    public String pythonTraceback() {
        return formatter.format(exception);
    }
}
