package org.ember.objects;

import java.util.ArrayList;
import java.util.List;
import org.ember.objects.SlotFns.Fn1;

/** The slots and methods of {@code str}. Compare CPython {@code Objects/unicodeobject.c}. */
final class StrMethods {
    private StrMethods() {}

    static String v(PyObj s) {
        return ((PyStr) s).value();
    }

    /** A str argument; {@code what} names it in the message, or null for CPython's bare "must be str, not X". */
    static PyStr arg(PyObj o, String what) {
        if (!(o instanceof PyStr)) {
            throw Errors.typeError((what == null ? "" : what + " ") + "must be str, not " + o.type().name());
        }
        return (PyStr) o;
    }

    static void define(PyType t) {
        t.slot(Slot.REPR, (Fn1) self -> PyStr.of(Formatting.strRepr(v(self))))
                .slot(Slot.STR, (Fn1) self -> self.getClass() == PyStr.class ? self : PyStr.of(v(self)))
                .slot(Slot.HASH, (SlotFns.HashFn) self -> ((PyStr) self).pyHash())
                .slot(Slot.LEN, (SlotFns.LenFn) self -> ((PyStr) self).length())
                .slot(Slot.RICHCMP, (SlotFns.RichCmpFn) (a, b, op) -> {
                    if (!(b instanceof PyStr)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return PyBool.of(op.test(compare(v(a), v(b))));
                })
                .slot(Slot.CONTAINS, (SlotFns.ContainsFn) (self, item) -> {
                    if (!(item instanceof PyStr)) {
                        throw Errors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
                    }
                    return contains(v(self), v(item));
                })
                .slot(Slot.GETITEM, (SlotFns.Fn2) StrMethods::getItem)
                .slot(Slot.ITER, (Fn1) self -> new PySeqIter.StrIter((PyStr) self))
                .binop(BinOp.ADD, (a, b) -> {
                    if (!(a instanceof PyStr)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    if (!(b instanceof PyStr)) {
                        if (a == b) {
                            return PyNotImplemented.NOT_IMPLEMENTED;
                        }
                        throw Errors.typeError("can only concatenate str (not \"" + b.type().name() + "\") to str");
                    }
                    return PyStr.of(v(a).concat(v(b)));
                })
                .binop(BinOp.MULTIPLY, (a, b) -> {
                    PyObj s = a instanceof PyStr ? a : b;
                    PyObj n = a instanceof PyStr ? b : a;
                    if (!(s instanceof PyStr) || !(n instanceof PyInt) && n.type().index == null) {
                        if (s instanceof PyStr) {
                            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
                        }
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyInt index = Abstract.index(n);
                    if (!index.fitsLong()) {
                        throw Errors.overflowError("cannot fit '" + n.type().name() + "' into an index-sized integer");
                    }
                    long count = index.longValue();
                    String sv = v(s);
                    if (count <= 0 || sv.isEmpty()) {
                        return PyStr.EMPTY;
                    }
                    if (count > (Integer.MAX_VALUE - 16) / sv.length()) {
                        throw Errors.overflowError("repeated string is too long");
                    }
                    return PyStr.of(sv.repeat((int) count));
                })
                .binop(BinOp.REMAINDER, (a, b) -> a instanceof PyStr ? Formatting.percent((PyStr) a, b)
                        : PyNotImplemented.NOT_IMPLEMENTED);
        // `str` has no __radd__/__rmul__ in CPython; mul is commutative through int's NotImplemented though.
        t.dict().remove("__radd__");
        t.dict().remove("__rmod__");
        t.nbr[BinOp.ADD.ordinal()] = null;
        t.nbr[BinOp.REMAINDER.ordinal()] = null;
        SlotFns.CallFn nw = (cls, args, kw) -> {
            PyObj r = newStr(args, kw);
            return cls == PyStr.TYPE ? r : new PyStr.Derived((PyType) cls, v(r));
        };
        t.new_ = nw;
        t.attr("__new__", PyBuiltinFunction.forNew(t, nw));

        t.method(PyMethodDescr.of1(t, "join", StrMethods::join));
        // str.split(self, /, sep=None, maxsplit=-1), str.rsplit likewise
        t.method(PyMethodDescr.ofParsed(t, "split", new ArgParser("split", 0, 2, 0, "sep", "maxsplit"),
                (self, a) -> split(self, a, false)));
        t.method(PyMethodDescr.ofParsed(t, "rsplit", new ArgParser("rsplit", 0, 2, 0, "sep", "maxsplit"),
                (self, a) -> split(self, a, true)));
        t.method(PyMethodDescr.ofRange(t, "strip", 0, 1, (self, a) -> strip(self, a[0], true, true)));
        t.method(PyMethodDescr.ofRange(t, "lstrip", 0, 1, (self, a) -> strip(self, a[0], true, false)));
        t.method(PyMethodDescr.ofRange(t, "rstrip", 0, 1, (self, a) -> strip(self, a[0], false, true)));
        t.method(PyMethodDescr.ofRange(t, "startswith", 1, 3, (self, a) -> affix(self, a, true)));
        t.method(PyMethodDescr.ofRange(t, "endswith", 1, 3, (self, a) -> affix(self, a, false)));
        t.method(PyMethodDescr.ofRange(t, "find", 1, 3, (self, a) -> PyInt.of(find(self, a, false))));
        t.method(PyMethodDescr.ofRange(t, "rfind", 1, 3, (self, a) -> PyInt.of(find(self, a, true))));
        t.method(PyMethodDescr.ofRange(t, "index", 1, 3, (self, a) -> index(self, a, false)));
        t.method(PyMethodDescr.ofRange(t, "rindex", 1, 3, (self, a) -> index(self, a, true)));
        t.method(PyMethodDescr.ofRange(t, "count", 1, 3, StrMethods::count));
        t.method(PyMethodDescr.ofRange(t, "replace", 2, 3, StrMethods::replace));
        t.method(PyMethodDescr.of0(t, "upper", self -> PyStr.of(UnicodeData.upper(v(self)))));
        t.method(PyMethodDescr.of0(t, "lower", self -> PyStr.of(UnicodeData.lower(v(self)))));
        t.method(PyMethodDescr.of0(t, "casefold", self -> PyStr.of(UnicodeData.casefold(v(self)))));
        t.method(PyMethodDescr.of0(t, "swapcase", self -> PyStr.of(UnicodeData.swapcase(v(self)))));
        t.method(PyMethodDescr.of0(t, "capitalize", self -> PyStr.of(UnicodeData.capitalize(v(self)))));
        t.method(PyMethodDescr.of0(t, "title", self -> PyStr.of(UnicodeData.title(v(self)))));
        t.method(PyMethodDescr.of0(t, "isdigit", self -> flagTest(self, UnicodeData.DIGIT)));
        t.method(PyMethodDescr.of0(t, "isdecimal", self -> flagTest(self, UnicodeData.DECIMAL)));
        t.method(PyMethodDescr.of0(t, "isnumeric", self -> flagTest(self, UnicodeData.NUMERIC)));
        t.method(PyMethodDescr.of0(t, "isalpha", self -> flagTest(self, UnicodeData.ALPHA)));
        t.method(PyMethodDescr.of0(t, "isalnum", self -> flagTest(self,
                UnicodeData.ALPHA | UnicodeData.DECIMAL | UnicodeData.DIGIT | UnicodeData.NUMERIC)));
        t.method(PyMethodDescr.of0(t, "isspace", self -> flagTest(self, UnicodeData.SPACE)));
        t.method(PyMethodDescr.of0(t, "isascii", self -> PyBool.of(v(self).chars().allMatch(c -> c < 128))));
        t.method(PyMethodDescr.of0(t, "isupper", self -> PyBool.of(UnicodeData.isUpperOrLower(v(self), true))));
        t.method(PyMethodDescr.of0(t, "islower", self -> PyBool.of(UnicodeData.isUpperOrLower(v(self), false))));
        t.method(PyMethodDescr.of0(t, "isidentifier", self -> PyBool.of(isIdentifier(v(self)))));
        t.method(PyMethodDescr.of0(t, "isprintable", self -> PyBool.of(UnicodeData.all(v(self), UnicodeData.PRINTABLE, true))));
        t.method(PyMethodDescr.ofRange(t, "center", 1, 2, (self, a) -> pad(self, a, 'c')));
        t.method(PyMethodDescr.ofRange(t, "ljust", 1, 2, (self, a) -> pad(self, a, 'l')));
        t.method(PyMethodDescr.ofRange(t, "rjust", 1, 2, (self, a) -> pad(self, a, 'r')));
        t.method(PyMethodDescr.of1(t, "zfill", StrMethods::zfill));
        t.method(PyMethodDescr.of1(t, "partition", (self, sep) -> partition(self, sep, false)));
        t.method(PyMethodDescr.of1(t, "rpartition", (self, sep) -> partition(self, sep, true)));
        t.method(PyMethodDescr.of1(t, "removeprefix", (self, p) -> {
            String s = v(self);
            String pre = arg(p, "removeprefix() argument").value();
            return s.startsWith(pre) ? PyStr.of(s.substring(pre.length())) : PyStr.of(s);
        }));
        t.method(PyMethodDescr.of1(t, "removesuffix", (self, p) -> {
            String s = v(self);
            String suf = arg(p, "removesuffix() argument").value();
            return s.endsWith(suf) && !suf.isEmpty() ? PyStr.of(s.substring(0, s.length() - suf.length())) : PyStr.of(s);
        }));
        // str.splitlines(self, /, keepends=False); str.expandtabs(self, /, tabsize=8)
        t.method(PyMethodDescr.ofParsed(t, "splitlines", new ArgParser("splitlines", 0, 1, 0, "keepends"),
                StrMethods::splitlines));
        t.method(PyMethodDescr.ofParsed(t, "expandtabs", new ArgParser("expandtabs", 0, 1, 0, "tabsize"),
                StrMethods::expandtabs));
        t.method(PyMethodDescr.ofKw(t, "format", (self, args, kw) -> Formatting.strFormat(v(self), args, kw)));
        t.method(PyMethodDescr.of1(t, "__format__", (self, spec) -> {
            String sp = arg(spec, "format() argument 2").value();
            return sp.isEmpty() && self.getClass() != PyStr.class ? Abstract.str(self) : Formatting.formatStr(v(self), sp);
        }));
        t.method(PyMethodDescr.of0(t, "__getnewargs__", self -> PyTuple.of(PyStr.of(v(self)))));
    }

    /**
     * {@code needle in hay} by code points: a match must not start or end inside a surrogate
     * pair ({@code '\ud83d' in '\U0001F600'} is False, as in CPython).
     */
    static boolean contains(String hay, String needle) {
        int from = 0;
        int i;
        while ((i = hay.indexOf(needle, from)) >= 0) {
            if (!splitsPair(hay, i) && !splitsPair(hay, i + needle.length())) {
                return true;
            }
            from = i + 1;
        }
        return false;
    }

    private static boolean splitsPair(String s, int k) {
        return k > 0 && k < s.length() && Character.isHighSurrogate(s.charAt(k - 1)) && Character.isLowSurrogate(s.charAt(k));
    }

    static int compare(String a, String b) {
        // Code point order, not UTF-16 order (they differ for surrogates vs U+E000..U+FFFF).
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static PyObj newStr(PyObj[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObj obj = npos > 0 ? args[0] : null;
        PyObj encoding = npos > 1 ? args[1] : null;
        PyObj errors = npos > 2 ? args[2] : null;
        if (npos > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (" + npos + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "object": obj = args[npos + i]; break;
                case "encoding": encoding = args[npos + i]; break;
                case "errors": errors = args[npos + i]; break;
                default: throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for str()");
            }
        }
        if (obj == null) {
            return PyStr.EMPTY;
        }
        if (encoding == null && errors == null) {
            return Abstract.str(obj);
        }
        return Abstract.decode(obj, encoding, errors);
    }

    static PyObj getItem(PyObj self, PyObj key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice) {
            int len = s.length();
            long[] r = ((PySlice) key).indices(len);
            int start = (int) r[0];
            int stop = (int) r[1];
            int step = (int) r[2];
            if (step == 1) {
                return stop <= start ? PyStr.EMPTY : PyStr.of(s.substring(start, stop));
            }
            StringBuilder sb = new StringBuilder();
            int n = (int) r[3];
            for (int i = 0, j = start; i < n; i++, j += step) {
                sb.appendCodePoint(s.codePointAt(j));
            }
            return PyStr.of(sb.toString());
        }
        if (!(key instanceof PyInt) && key.type().index == null) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        PyInt index = Abstract.index(key);
        if (!index.fitsLong()) {
            throw Errors.indexError("cannot fit '" + key.type().name() + "' into an index-sized integer");
        }
        long i = index.longValue();
        int len = s.length();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError("string index out of range");
        }
        return PyStr.ofCodePoint(s.codePointAt((int) i));
    }

    static PyObj join(PyObj self, PyObj iterable) {
        StringBuilder sb = new StringBuilder();
        String sep = v(self);
        int i = 0;
        if (iterable.type().iter == null && iterable.type().getitem == null) {
            throw Errors.typeError("can only join an iterable");
        }
        for (PyObj item : Abstract.iterate(iterable)) {
            if (!(item instanceof PyStr)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + item.type().name() + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(v(item));
            i++;
        }
        return PyStr.of(sb.toString());
    }

    /** Python's {@code isdigit} of one character (Numeric_Type Decimal or Digit). */
    static boolean isDigit(int cp) {
        return UnicodeData.isDigit(cp);
    }

    /** Python's {@code isspace} of one character. */
    static boolean isSpace(int cp) {
        return UnicodeData.isSpace(cp);
    }

    private static PyObj split(PyObj self, PyObj[] a, boolean right) {
        String s = v(self);
        PyObj sepObj = a[0] == null ? PyNone.NONE : a[0];
        long max = a[1] == null ? -1 : Abstract.index(a[1]).longValueExact();
        List<PyObj> out = new ArrayList<>();
        if (sepObj == PyNone.NONE) {
            int[] cps = s.codePoints().toArray();
            if (!right) {
                int i = 0;
                int n = cps.length;
                while (true) {
                    while (i < n && isSpace(cps[i])) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        out.add(PyStr.of(new String(cps, i, n - i)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(cps[j])) {
                        j++;
                    }
                    out.add(PyStr.of(new String(cps, i, j - i)));
                    i = j;
                }
            } else {
                int i = cps.length - 1;
                while (true) {
                    while (i >= 0 && isSpace(cps[i])) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        out.add(0, PyStr.of(new String(cps, 0, i + 1)));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !isSpace(cps[j])) {
                        j--;
                    }
                    out.add(0, PyStr.of(new String(cps, j + 1, i - j)));
                    i = j;
                }
            }
            return PyList.ofList(out);
        }
        if (!(sepObj instanceof PyStr)) {
            throw Errors.typeError("must be str or None, not " + sepObj.type().name());
        }
        String sep = ((PyStr) sepObj).value();
        if (sepObj instanceof PyStr && sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        if (!right) {
            int start = 0;
            while (max < 0 || out.size() < max) {
                int idx = s.indexOf(sep, start);
                if (idx < 0) {
                    break;
                }
                out.add(PyStr.of(s.substring(start, idx)));
                start = idx + sep.length();
            }
            out.add(PyStr.of(s.substring(start)));
        } else {
            int end = s.length();
            while (max < 0 || out.size() < max) {
                int idx = s.lastIndexOf(sep, end - sep.length());
                if (idx < 0) {
                    break;
                }
                out.add(0, PyStr.of(s.substring(idx + sep.length(), end)));
                end = idx;
            }
            out.add(0, PyStr.of(s.substring(0, end)));
        }
        return PyList.ofList(out);
    }

    private static PyObj strip(PyObj self, PyObj chars, boolean left, boolean right) {
        String s = v(self);
        int[] cps = s.codePoints().toArray();
        int i = 0;
        int j = cps.length;
        java.util.function.IntPredicate strip;
        if (chars == null || chars == PyNone.NONE) {
            strip = StrMethods::isSpace;
        } else {
            if (!(chars instanceof PyStr)) {
                throw Errors.typeError("strip arg must be None or str");
            }
            String cs = ((PyStr) chars).value();
            strip = cp -> cs.indexOf(new String(Character.toChars(cp))) >= 0;
        }
        if (left) {
            while (i < j && strip.test(cps[i])) {
                i++;
            }
        }
        if (right) {
            while (j > i && strip.test(cps[j - 1])) {
                j--;
            }
        }
        return PyStr.of(new String(cps, i, j - i));
    }

    /** Resolves optional start/end arguments to code point bounds, as CPython's slice-like adjust. */
    static int[] bounds(PyStr s, PyObj start, PyObj end) {
        int len = s.length();
        long st = start == null || start == PyNone.NONE ? 0 : Abstract.index(start).longValueExact();
        long en = end == null || end == PyNone.NONE ? len : Abstract.index(end).longValueExact();
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        }
        en = Math.min(en, len);
        return new int[] {(int) Math.min(st, Integer.MAX_VALUE), (int) en};
    }

    private static PyObj affix(PyObj self, PyObj[] a, boolean prefix) {
        PyStr s = (PyStr) self;
        int[] b = bounds(s, a[1], a[2]);
        if (b[0] > s.length()) {
            return PyBool.FALSE;
        }
        String sub = b[1] < b[0] ? "" : s.substring(b[0], b[1]);
        if (a[0] instanceof PyTuple) {
            for (PyObj p : ((PyTuple) a[0]).items()) {
                String ps = arg(p, "tuple for " + (prefix ? "startswith" : "endswith") + " must only contain str, not").value();
                if (b[1] >= b[0] && (prefix ? sub.startsWith(ps) : sub.endsWith(ps))) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError((prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + a[0].type().name());
        }
        if (b[1] < b[0]) {
            return PyBool.FALSE;
        }
        String p = v(a[0]);
        return PyBool.of(prefix ? sub.startsWith(p) : sub.endsWith(p));
    }

    private static int find(PyObj self, PyObj[] a, boolean reverse) {
        PyStr s = (PyStr) self;
        String sub = arg(a[0], null).value();
        int[] b = bounds(s, a[1], a[2]);
        if (b[1] < b[0] || b[0] > s.length()) {
            return -1;
        }
        String hay = s.substring(b[0], b[1]);
        int idx = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
        if (idx < 0) {
            return -1;
        }
        return b[0] + new PyStr(hay).cpIndex(idx);
    }

    private static PyObj index(PyObj self, PyObj[] a, boolean reverse) {
        int r = find(self, a, reverse);
        if (r < 0) {
            throw Errors.valueError("substring not found");
        }
        return PyInt.of(r);
    }

    private static PyObj count(PyObj self, PyObj[] a) {
        PyStr s = (PyStr) self;
        String sub = arg(a[0], null).value();
        int[] b = bounds(s, a[1], a[2]);
        if (b[1] < b[0] || b[0] > s.length()) {
            return PyInt.of(0);
        }
        String hay = s.substring(b[0], b[1]);
        if (sub.isEmpty()) {
            return PyInt.of(new PyStr(hay).length() + 1);
        }
        int n = 0;
        int i = 0;
        while ((i = hay.indexOf(sub, i)) >= 0) {
            n++;
            i += sub.length();
        }
        return PyInt.of(n);
    }

    private static PyObj replace(PyObj self, PyObj[] a) {
        String s = v(self);
        String old = arg(a[0], "replace() argument 1").value();
        String nw = arg(a[1], "replace() argument 2").value();
        long max = a[2] == null ? -1 : Abstract.index(a[2]).longValueExact();
        if (max < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(nw));
                return PyStr.of(sb.toString());
            }
            return PyStr.of(s.replace(old, nw));
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = 0;
        if (old.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int k = 0; k <= cps.length; k++) {
                if (n < max) {
                    sb.append(nw);
                    n++;
                }
                if (k < cps.length) {
                    sb.appendCodePoint(cps[k]);
                }
            }
            return PyStr.of(sb.toString());
        }
        while (n < max) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            n++;
        }
        sb.append(s.substring(i));
        return PyStr.of(sb.toString());
    }

    private static PyObj flagTest(PyObj self, int mask) {
        return PyBool.of(UnicodeData.all(v(self), mask, false));
    }

    static boolean isIdentifier(String s) {
        return UnicodeData.isIdentifier(s);
    }

    private static PyObj pad(PyObj self, PyObj[] a, char how) {
        PyStr s = (PyStr) self;
        long width = Abstract.index(a[0]).longValueExact();
        int fill = ' ';
        if (a[1] != null) {
            PyStr f = arg(a[1], "The fill character");
            if (f.length() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.codePointAt(0);
        }
        int len = s.length();
        if (width <= len) {
            return PyStr.of(s.value());
        }
        int total = (int) width - len;
        int left;
        switch (how) {
            case 'l': left = 0; break;
            case 'r': left = total; break;
            default: left = total / 2 + (int) (total & width & 1); break;
        }
        String f = new String(Character.toChars(fill));
        return PyStr.of(f.repeat(left) + s.value() + f.repeat(total - left));
    }

    private static PyObj zfill(PyObj self, PyObj w) {
        String s = v(self);
        long width = Abstract.index(w).longValueExact();
        int len = ((PyStr) self).length();
        if (width <= len) {
            return PyStr.of(s);
        }
        String zeros = "0".repeat((int) width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return PyStr.of(s.charAt(0) + zeros + s.substring(1));
        }
        return PyStr.of(zeros + s);
    }

    private static PyObj partition(PyObj self, PyObj sepObj, boolean right) {
        String s = v(self);
        String sep = arg(sepObj, null).value();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s)) : PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep), PyStr.of(s.substring(i + sep.length())));
    }

    private static PyObj splitlines(PyObj self, PyObj[] a) {
        boolean keep = a[0] != null && Abstract.isTrue(a[0]);
        String s = v(self);
        List<PyObj> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(PyStr.of(s.substring(i, keep ? j : eol)));
            i = j;
        }
        return PyList.ofList(out);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static PyObj expandtabs(PyObj self, PyObj[] a) {
        long tab = a[0] == null ? 8 : Abstract.index(a[0]).longValueExact();
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int cp : v(self).codePoints().toArray()) {
            if (cp == '\t') {
                if (tab > 0) {
                    int spaces = (int) (tab - col % tab);
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return PyStr.of(sb.toString());
    }
}
