package org.ember.interpreter;

import org.ember.bytecode.CodeObject;
import org.ember.objects.Errors;
import org.ember.objects.PyDict;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/**
 * Binds call arguments to a Python function's parameters in its frame, with CPython 3.11's
 * TypeError messages for every binding error. Compare CPython {@code initialize_locals}.
 */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, PyObj[] regs, PyObj[] args, String[] kwnames) {
        CodeObject co = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean hasVarargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        boolean hasVarkw = (co.flags & CodeObject.CO_VARKEYWORDS) != 0;
        // Fast path: exact positional match, no keywords, no defaults needed.
        if (nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && co.kwonlyargcount == 0) {
            System.arraycopy(args, 0, regs, 0, npos);
            return;
        }
        PyDict kwdict = null;
        if (hasVarkw) {
            kwdict = new PyDict();
            regs[total + (hasVarargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, regs, 0, n);
        if (hasVarargs) {
            PyObj[] extra = new PyObj[Math.max(0, npos - argcount)];
            if (extra.length > 0) {
                System.arraycopy(args, argcount, extra, 0, extra.length);
            }
            regs[total] = PyTuple.of(extra);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, nkw, args, kwnames, regs);
        }
        String[] varnames = co.varnames;
        java.util.List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObj value = args[npos + k];
            int idx = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (varnames[j].equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(name), value);
                    continue;
                }
                boolean posOnly = false;
                for (int j = 0; j < co.posonlyargcount; j++) {
                    if (varnames[j].equals(name)) {
                        posOnly = true;
                    }
                }
                if (posOnly) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new java.util.ArrayList<>();
                    }
                    posOnlyAsKw.add(name);
                    continue;
                }
                throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (regs[idx] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            }
            regs[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        // Defaults for missing positional parameters.
        PyObj[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        if (npos < argcount) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int j = npos; j < argcount; j++) {
                if (regs[j] == null) {
                    int d = j - (argcount - ndef);
                    if (d >= 0) {
                        regs[j] = defaults[d];
                    } else {
                        missing.add(varnames[j]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(fn, missing, "positional");
            }
        }
        if (co.kwonlyargcount > 0) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int j = argcount; j < total; j++) {
                if (regs[j] == null) {
                    PyObj d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(varnames[j]);
                    if (d != null) {
                        regs[j] = d;
                    } else {
                        missing.add(varnames[j]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(fn, missing, "keyword-only");
            }
        }
    }

    private static RuntimeException missingArgs(PyFunction fn, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int npos, int nkw, PyObj[] args, String[] kwnames,
                                                      PyObj[] regs) {
        CodeObject co = fn.code;
        int argcount = co.argcount;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int j = argcount; j < argcount + co.kwonlyargcount; j++) {
                if (co.varnames[j].equals(kwnames[k])) {
                    kwonlyGiven++;
                }
            }
        }
        String takes;
        if (ndef > 0) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        String given = String.valueOf(npos);
        if (kwonlyGiven > 0) {
            given += " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ")";
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + " "
                + (npos == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }
}
