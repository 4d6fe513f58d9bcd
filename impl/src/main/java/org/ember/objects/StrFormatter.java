package org.ember.objects;

import java.util.List;
import org.ember.objects.format.FormatException;
import org.ember.objects.format.FormatString;

/**
 * {@code str.format} and {@code str.format_map}: the syntax comes from
 * {@link FormatString} (CPython's parser and messages); this class looks fields up among the
 * arguments, applies conversions, expands nested fields in specs and calls {@code format()}.
 */
final class StrFormatter {
    private StrFormatter() {}

    /** Where field values come from. */
    private static final class Args {
        final PyObj[] args;
        final String[] kw;
        final int npos;
        final PyObj mapping;
        /** Next automatic index; -1 once manual numbering was used. */
        int auto;
        boolean manual;

        Args(PyObj[] args, String[] kw, PyObj mapping) {
            this.args = args;
            this.kw = kw;
            this.npos = args.length - (kw == null ? 0 : kw.length);
            this.mapping = mapping;
        }
    }

    static String format(String fmt, PyObj[] args, String[] kw) {
        StringBuilder out = new StringBuilder();
        render(fmt, new Args(args, kw, null), out, 2);
        return out.toString();
    }

    /** {@code str.format_map(mapping)}: named fields are looked up in {@code mapping} as given. */
    static String formatMap(String fmt, PyObj mapping) {
        StringBuilder out = new StringBuilder();
        render(fmt, new Args(new PyObj[0], null, mapping), out, 2);
        return out.toString();
    }

    private static void render(String fmt, Args a, StringBuilder out, int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        List<FormatString.Chunk> chunks;
        try {
            chunks = FormatString.parse(fmt);
        } catch (FormatException e) {
            throw Errors.fromFormat(e.pythonType(), e.getMessage());
        }
        for (FormatString.Chunk c : chunks) {
            out.append(c.literal());
            if (c.fieldName() == null) {
                continue;
            }
            PyObj value = resolve(c.fieldName(), a);
            switch (c.conversion()) {
                case -1: break;
                case 'r': value = Abstract.repr(value); break;
                case 's': value = Abstract.str(value); break;
                case 'a': value = PyStr.of(org.ember.objects.format.StrRepr.escapeNonAscii(Abstract.repr(value).value())); break;
                default: {
                    FormatException e = FormatString.unknownConversion(c.conversion());
                    throw Errors.fromFormat(e.pythonType(), e.getMessage());
                }
            }
            String spec = c.formatSpec();
            if (spec.indexOf('{') >= 0) {
                StringBuilder sb = new StringBuilder();
                render(spec, a, sb, depth - 1);
                spec = sb.toString();
            }
            out.append(Abstract.format(value, spec).value());
        }
    }

    private static PyObj resolve(String name, Args a) {
        FormatString.FieldName f;
        try {
            f = FormatString.parseFieldName(name);
        } catch (FormatException e) {
            throw Errors.fromFormat(e.pythonType(), e.getMessage());
        }
        PyObj obj;
        Object first = f.first();
        if (first instanceof String && ((String) first).isEmpty()) {
            if (a.manual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = a.auto++;
            if (a.mapping != null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (idx >= a.npos) {
                throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            obj = a.args[idx];
        } else if (first instanceof Long) {
            if (a.auto > 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            a.manual = true;
            long idx = (Long) first;
            if (a.mapping != null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (idx >= a.npos) {
                throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            obj = a.args[(int) idx];
        } else {
            String key = (String) first;
            obj = null;
            if (a.mapping != null) {
                obj = Abstract.getItem(a.mapping, PyStr.of(key));
            } else {
                for (int i = 0; a.kw != null && i < a.kw.length; i++) {
                    if (a.kw[i].equals(key)) {
                        obj = a.args[a.npos + i];
                    }
                }
                if (obj == null) {
                    throw Errors.keyError(PyStr.of(key));
                }
            }
        }
        for (FormatString.Accessor acc : f.rest()) {
            if (acc.attribute()) {
                obj = Abstract.getAttr(obj, (String) acc.key());
            } else {
                Object k = acc.key();
                obj = Abstract.getItem(obj, k instanceof Long ? PyInt.of((Long) k) : PyStr.of((String) k));
            }
        }
        return obj;
    }
}
