package org.ember.cli;

import java.io.PrintStream;
import org.ember.api.Interpreter;
import org.ember.api.PyException;
import org.ember.api.PyObject;

/**
 * Turns a Python exception that reached the top level into the process's exit status, printing
 * what CPython prints for it: the traceback for an error (status 1); for {@code SystemExit},
 * nothing when its {@code code} is {@code None} (status 0) or an {@code int} (that status), else
 * {@code str(code)} (status 1).
 */
final class ExitStatus {
    private ExitStatus() {}

    /** The status for {@code e}, after printing what belongs to stderr. */
    static int of(PyException e, Interpreter interp, PrintStream stderr) {
        if (!e.isSystemExit()) {
            stderr.print(e.pythonTraceback());
            stderr.flush();
            return 1;
        }
        PyObject code = e.pythonException().getAttr("code");
        if (code.isNone()) {
            return 0;
        }
        if (isInt(code, interp)) {
            long value;
            try {
                value = code.asLong();
            } catch (PyException overflow) {
                // CPython reads the code as a C long; one too big for that becomes -1.
                value = -1;
            }
            return processStatus(value);
        }
        stderr.println(code.str());
        stderr.flush();
        return 1;
    }

    /**
     * What a parent process sees: CPython hands the value to C's exit(), and the OS keeps the
     * low 8 bits (so {@code sys.exit(-1)} is 255). Applied here so that the in-process
     * {@code Main.run} reports the same status as the real process does.
     */
    static int processStatus(long value) {
        return (int) (value & 0xFF);
    }

    private static boolean isInt(PyObject code, Interpreter interp) {
        String type = code.typeName();
        if (type.equals("int") || type.equals("bool")) {
            return true;
        }
        // A subclass of int counts too (CPython checks PyLong_Check). Ask builtins directly so a
        // script's own global named isinstance cannot change the answer.
        PyObject builtins = interp.importModule("builtins");
        return builtins.getAttr("isinstance").call(code, builtins.getAttr("int")).isTrue();
    }
}
