package org.ember.objects;

/**
 * Binds the vectorcall arguments of a builtin to its parameters with the messages of CPython's
 * argument clinic ({@code takes at most 2 arguments (3 given)}, {@code missing required argument
 * 'exp' (pos 2)}, {@code 'x' is an invalid keyword argument for f()}, ...). Builtins whose
 * CPython version reports differently check their arguments by hand.
 */
public final class ArgParser {
    private final String fname;
    private final String[] names;
    private final int posOnly;
    private final int maxPos;
    private final int required;

    /**
     * @param fname the function name as messages show it, without "()"
     * @param posOnly how many leading parameters are positional-only
     * @param maxPos how many leading parameters may be given by position (the rest are keyword-only)
     * @param required how many leading parameters are required
     * @param names every parameter name, in order
     */
    public ArgParser(String fname, int posOnly, int maxPos, int required, String... names) {
        this.fname = fname;
        this.names = names;
        this.posOnly = posOnly;
        this.maxPos = maxPos;
        this.required = required;
    }

    /** The argument of each parameter, null where not given. */
    public PyObj[] parse(PyObj[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        int maxArgs = names.length;
        int minPos = Math.min(posOnly, required);
        if (nargs + nkw > maxArgs) {
            throw Errors.typeError(fname + "() takes at most " + maxArgs + " " + (nargs == 0 ? "keyword " : "")
                    + "argument" + (maxArgs == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxPos) {
            if (maxPos == 0) {
                throw Errors.typeError(fname + "() takes no positional arguments");
            }
            throw Errors.typeError(fname + "() takes " + (minPos < maxPos ? "at most" : "exactly") + " " + maxPos
                    + " positional argument" + (maxPos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        if (nargs < minPos) {
            throw Errors.typeError(fname + "() takes " + (minPos < maxPos ? "at least" : "exactly") + " " + minPos
                    + " positional argument" + (minPos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        PyObj[] out = new PyObj[maxArgs];
        System.arraycopy(args, 0, out, 0, nargs);
        int used = 0;
        for (int i = nargs; i < maxArgs; i++) {
            if (i >= posOnly && nkw > 0) {
                for (int k = 0; k < nkw; k++) {
                    if (kwnames[k].equals(names[i])) {
                        out[i] = args[nargs + k];
                        used++;
                        break;
                    }
                }
            }
            if (out[i] == null && i < required) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (used < nkw) {
            for (int k = 0; k < nkw; k++) {
                String kn = kwnames[k];
                for (int i = posOnly; i < nargs; i++) {
                    if (names[i].equals(kn)) {
                        throw Errors.typeError("argument for " + fname + "() given by name ('" + kn + "') and position ("
                                + (i + 1) + ")");
                    }
                }
                boolean known = false;
                for (int i = Math.max(posOnly, nargs); i < maxArgs; i++) {
                    known |= names[i].equals(kn);
                }
                if (!known) {
                    throw Errors.typeError("'" + kn + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
        return out;
    }

    /** Rejects keyword arguments: {@code len() takes no keyword arguments}. */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** The count check of positional-only builtins: {@code getattr expected at least 2 arguments, got 1}. */
    public static void checkRange(String fname, int n, int min, int max) {
        PyMethodDescr.checkRange(fname, n, min, max);
    }

    /** {@code abs() takes exactly one argument (0 given)}, for METH_O builtins. */
    public static void exactlyOne(String fname, PyObj[] args, String[] kwnames) {
        noKeywords(fname, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    /** The number of positional arguments in a vectorcall. */
    public static int npos(PyObj[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }
}
