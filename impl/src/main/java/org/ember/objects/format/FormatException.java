package org.ember.objects.format;

/**
 * An error raised by the formatting and parsing routines of this package.
 *
 * <p>The package is independent of the object model, so it cannot raise Python exceptions
 * itself. Instead it names the Python exception type (for example {@code "ValueError"},
 * {@code "OverflowError"}, {@code "TypeError"} or {@code "MemoryError"}) and carries the exact
 * message CPython 3.11 would produce; the object model converts it to the real exception.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the Python exception class name */
    private final String pythonType;

    /**
     * Creates an exception.
     *
     * @param pythonType the name of the Python exception class, e.g. {@code "ValueError"}
     * @param message the message, exactly as CPython words it
     */
    public FormatException(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    /** @return the Python exception class name, e.g. {@code "ValueError"} */
    public String pythonType() {
        return pythonType;
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }

    static FormatException valueError(String message) {
        return new FormatException("ValueError", message);
    }

    static FormatException typeError(String message) {
        return new FormatException("TypeError", message);
    }

    static FormatException overflowError(String message) {
        return new FormatException("OverflowError", message);
    }
}
