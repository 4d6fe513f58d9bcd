package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import org.ember.interpreter.Frame;
import org.ember.interpreter.Interpreter;
import org.ember.interpreter.PyTraceback;
import org.ember.objects.Abstract;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;

/**
 * The "Did you mean: 'x'?" hint that CPython 3.11 adds when it prints a NameError or an
 * AttributeError: the closest known name by a weighted edit distance (case changes cost less
 * than other substitutions), within a bound that grows with the names' lengths.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_NAME = 40;

    /** The suggestion for this exception, or null. */
    static String forException(PyBaseException exc) {
        try {
            PyObj nameObj = exc.getExtra("name");
            if (!(nameObj instanceof PyStr)) {
                return null;
            }
            String name = ((PyStr) nameObj).value();
            List<String> candidates = new ArrayList<>();
            if (exc.type().isSubtypeOf(ExceptionTypes.AttributeError)) {
                PyObj obj = exc.getExtra("obj");
                if (obj == null) {
                    return null;
                }
                PyObj dirMethod = Abstract.lookupSpecial(obj, "__dir__");
                PyObj dir = dirMethod != null ? Abstract.call(dirMethod, new PyObj[0], null) : Abstract.defaultDir(obj);
                for (PyObj n : Abstract.toArray(dir)) {
                    if (n instanceof PyStr) {
                        candidates.add(((PyStr) n).value());
                    }
                }
            } else if (exc.type().isSubtypeOf(ExceptionTypes.NameError)) {
                PyTraceback tb = (PyTraceback) exc.traceback;
                if (tb == null) {
                    return null;
                }
                while (tb.next != null) {
                    tb = tb.next;
                }
                Frame f = tb.frame;
                addKeys(candidates, Interpreter.localsOf(f));
                addKeys(candidates, f.globals);
                addKeys(candidates, f.builtins);
            } else {
                return null;
            }
            return best(name, candidates);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void addKeys(List<String> out, PyObj mapping) {
        if (mapping instanceof PyDict) {
            PyDict d = (PyDict) mapping;
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj k = d.entryKey(i);
                if (k instanceof PyStr) {
                    out.add(((PyStr) k).value());
                }
            }
        }
    }

    static String best(String wrong, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATES || wrong.length() > MAX_NAME) {
            return null;
        }
        String suggestion = null;
        int bestDistance = wrong.length();
        for (String c : candidates) {
            if (c.equals(wrong)) {
                continue;
            }
            int max = (c.length() + wrong.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(wrong, c, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < bestDistance) {
                suggestion = c;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    /** Weighted Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        // Common prefixes and suffixes cost nothing.
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int suf = 0;
        while (suf < a.length() && suf < b.length()
                && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        a = a.substring(0, a.length() - suf);
        b = b.substring(0, b.length() - suf);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (Math.abs(a.length() - b.length()) * MOVE_COST > max) {
            return max + 1;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j * MOVE_COST;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diag = row[0];
            row[0] = i * MOVE_COST;
            int rowMin = row[0];
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                int sub = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? CASE_COST : MOVE_COST;
                int v = Math.min(Math.min(row[j] + MOVE_COST, row[j - 1] + MOVE_COST), diag + sub);
                diag = row[j];
                row[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return row[b.length()];
    }
}
