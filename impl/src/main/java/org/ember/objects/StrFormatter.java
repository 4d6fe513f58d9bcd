package org.ember.objects;

/**
 * {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}} with automatic or
 * manual numbering, nested fields inside the spec, and {@code {{ }}} escapes.
 */
final class StrFormatter {
    private StrFormatter() {}

    static String format(String fmt, PyObj[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        int[] auto = {0};
        StringBuilder out = new StringBuilder();
        render(fmt, args, kw, npos, auto, null, out, 2);
        return out.toString();
    }

    /** {@code str.format_map(mapping)}: named fields are looked up in {@code mapping} as given. */
    static String formatMap(String fmt, PyObj mapping) {
        int[] auto = {0};
        StringBuilder out = new StringBuilder();
        render(fmt, new PyObj[0], null, 0, auto, mapping, out, 2);
        return out.toString();
    }

    private static void render(String fmt, PyObj[] args, String[] kw, int npos, int[] auto, PyObj mapping, StringBuilder out, int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int level = 1;
                int j = i + 1;
                while (j < n && level > 0) {
                    char d = fmt.charAt(j);
                    if (d == '{') {
                        level++;
                    } else if (d == '}') {
                        level--;
                    } else if (d == '[') {
                        int close = fmt.indexOf(']', j);
                        if (close > 0) {
                            j = close;
                        }
                    }
                    j++;
                }
                if (level > 0) {
                    throw Errors.valueError("expected '}' before end of string");
                }
                field(fmt.substring(i + 1, j - 1), args, kw, npos, auto, mapping, out, depth);
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static void field(String body, PyObj[] args, String[] kw, int npos, int[] auto, PyObj mapping, StringBuilder out, int depth) {
        // Split "name!conv:spec" (the name part may contain [..] with any characters).
        int k = 0;
        while (k < body.length() && body.charAt(k) != '!' && body.charAt(k) != ':') {
            if (body.charAt(k) == '[') {
                int close = body.indexOf(']', k);
                k = close < 0 ? body.length() : close;
            }
            k++;
        }
        String name = body.substring(0, Math.min(k, body.length()));
        char conv = 0;
        String spec = "";
        if (k < body.length() && body.charAt(k) == '!') {
            if (k + 1 >= body.length()) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conv = body.charAt(k + 1);
            k += 2;
            if (k < body.length() && body.charAt(k) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < body.length() && body.charAt(k) == ':') {
            spec = body.substring(k + 1);
        }
        PyObj value = resolve(name, args, kw, npos, auto, mapping);
        switch (conv) {
            case 0: break;
            case 'r': value = Abstract.repr(value); break;
            case 's': value = Abstract.str(value); break;
            case 'a': value = PyStr.of(org.ember.objects.format.StrRepr.escapeNonAscii(Abstract.repr(value).value())); break;
            default: throw Errors.valueError("Unknown conversion specifier " + conv);
        }
        if (spec.indexOf('{') >= 0) {
            StringBuilder sb = new StringBuilder();
            render(spec, args, kw, npos, auto, mapping, sb, depth - 1);
            spec = sb.toString();
        }
        out.append(Abstract.format(value, spec).value());
    }

    private static PyObj resolve(String name, PyObj[] args, String[] kw, int npos, int[] auto, PyObj mapping) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        PyObj obj;
        if (mapping != null && first.chars().allMatch(Character::isDigit)) {
            throw Errors.valueError("Format string contains positional fields");
        }
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = auto[0]++;
            if (idx >= npos) {
                throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            obj = args[idx];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            int idx = Integer.parseInt(first);
            if (idx >= npos) {
                throw Errors.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            obj = args[idx];
        } else if (mapping != null) {
            obj = Abstract.getItem(mapping, PyStr.of(first));
        } else {
            obj = null;
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (kw[i].equals(first)) {
                    obj = args[npos + i];
                }
            }
            if (obj == null) {
                throw Errors.keyError(PyStr.of(first));
            }
        }
        int i = end;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                obj = Abstract.getAttr(obj, name.substring(i + 1, j));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                PyObj k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                obj = Abstract.getItem(obj, k);
                i = j + 1;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }
}
