package org.ember.api;

/**
 * A Python exception that escaped to Java. Unchecked: any call into Python may throw it.
 * {@link #getMessage()} is the last line of the Python traceback, e.g.
 * {@code "ZeroDivisionError: division by zero"}.
 *
 * <p>The runtime creates subclasses of this class; hosts only catch it.
 */
public abstract class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * For the runtime.
     *
     * @param writableStackTrace whether to record the Java stack trace (the runtime skips it for
     *     exceptions that stay inside Python code, where it would only cost time)
     */
    protected PyException(Throwable cause, boolean writableStackTrace) {
        super(null, cause, false, writableStackTrace);
    }

    /**
     * The Python exception type's name as a traceback prints it: the bare name for builtins
     * ({@code "ValueError"}), {@code module.QualName} for others ({@code "app.errors.Bad"}).
     */
    public abstract String pythonType();

    /** {@code str(exception)}, e.g. {@code "division by zero"}; may be empty. */
    public abstract String pythonMessage();

    /** The Python exception object itself. */
    public abstract PyObject pythonException();

    /**
     * The traceback exactly as CPython 3.11 prints it for an uncaught exception, chained
     * exceptions ({@code __cause__}/{@code __context__}) included, ending with a newline.
     */
    public abstract String pythonTraceback();

    /** Whether this is a {@code SystemExit}, i.e. the script asked to exit. */
    public boolean isSystemExit() {
        return "SystemExit".equals(pythonType());
    }

    @Override
    public String getMessage() {
        String msg = pythonMessage();
        return msg.isEmpty() ? pythonType() : pythonType() + ": " + msg;
    }
}
