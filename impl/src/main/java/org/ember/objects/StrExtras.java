package org.ember.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/**
 * The {@code str} methods beyond {@link StrMethods}: {@code encode}, {@code translate},
 * {@code maketrans}, {@code format_map}, {@code istitle}. Compare CPython {@code unicodeobject.c}.
 */
final class StrExtras {
    private StrExtras() {}

    private static final ArgParser ENCODE = new ArgParser("encode", 0, 2, 0, "encoding", "errors");

    static void define(PyType t) {
        // str.encode(self, /, encoding='utf-8', errors='strict')
        t.method(PyMethodDescr.ofKw(t, "encode", (self, args, kw) -> {
            PyObj[] p = ENCODE.parse(args, kw);
            String enc = p[0] == null ? "utf-8" : Abstract.strArg(p[0], "encode() argument 'encoding'").value();
            String errors = p[1] == null ? "strict" : Abstract.strArg(p[1], "encode() argument 'errors'").value();
            return PyBytes.of(encode((PyStr) self, enc, errors));
        }));
        // str.format_map(self, mapping, /)
        t.method(PyMethodDescr.of1(t, "format_map", (self, mapping) ->
                PyStr.of(StrFormatter.formatMap(((PyStr) self).value(), mapping))));
        // str.istitle(self, /)
        t.method(PyMethodDescr.of0(t, "istitle", self -> PyBool.of(isTitle((PyStr) self))));
        // str.translate(self, table, /)
        t.method(PyMethodDescr.of1(t, "translate", (self, table) -> PyStr.of(translate((PyStr) self, table))));
        // str.maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)
        t.attr("maketrans", new PyStaticMethod(PyBuiltinFunction.of("maketrans", (s, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("str.maketrans() takes no keyword arguments");
            }
            PyMethodDescr.checkRange("maketrans", args.length, 1, 3);
            return maketrans(args);
        })));
    }

    // ---- istitle -------------------------------------------------------------------------------

    static boolean isTitle(PyStr s) {
        return UnicodeData.isTitle(s.value());
    }

    // ---- translate / maketrans -----------------------------------------------------------------

    static String translate(PyStr s, PyObj table) {
        StringBuilder sb = new StringBuilder(s.value().length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            PyObj r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.LookupError)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (r instanceof PyInt) {
                PyInt n = (PyInt) r;
                if (!n.fitsLong() || n.longValue() < 0 || n.longValue() > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) n.longValue());
            } else if (r instanceof PyStr) {
                sb.append(((PyStr) r).value());
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    static PyObj maketrans(PyObj[] args) {
        PyDict out = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            PyDict d = (PyDict) args[0];
            for (int i = 0; i < d.entryCount(); i++) {
                PyObj k = d.entryKey(i);
                if (k == null) {
                    continue;
                }
                PyObj v = d.entryValue(i);
                if (k instanceof PyStr) {
                    PyStr ks = (PyStr) k;
                    if (ks.length() != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem(PyInt.of(ks.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    out.setItem(k, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        PyStr x = (PyStr) args[0];
        PyStr y = Abstract.strArg(args[1], "maketrans() argument 2");
        if (x.length() != y.length()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            out.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (args.length == 3) {
            PyStr z = Abstract.strArg(args[2], "maketrans() argument 3");
            for (int i = 0; i < z.length(); i++) {
                out.setItem(PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return out;
    }

    // ---- encode --------------------------------------------------------------------------------

    /** Python's codec name normalization: lower case, spaces and hyphens as underscores. */
    static String normalize(String enc) {
        return enc.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    static byte[] encode(PyStr s, String encoding, String errors) {
        String n = normalize(encoding);
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
                return encodeUtf8(s, errors);
            case "ascii": case "us_ascii": case "646":
                return encodeLimited(s, errors, 128, "ascii", "ordinal not in range(128)");
            case "latin_1": case "latin1": case "iso8859_1": case "iso_8859_1": case "l1": case "8859":
            case "cp819": case "latin":
                return encodeLimited(s, errors, 256, "latin-1", "ordinal not in range(256)");
            case "utf_16": case "utf16": return withCharset(s, errors, "UTF-16LE", "utf-16", new byte[] {(byte) 0xFF, (byte) 0xFE});
            case "utf_16_le": case "utf_16le": return withCharset(s, errors, "UTF-16LE", "utf-16-le", null);
            case "utf_16_be": case "utf_16be": return withCharset(s, errors, "UTF-16BE", "utf-16-be", null);
            case "utf_32": case "utf32":
                return withCharset(s, errors, "UTF-32LE", "utf-32", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
            case "utf_32_le": case "utf_32le": return withCharset(s, errors, "UTF-32LE", "utf-32-le", null);
            case "utf_32_be": case "utf_32be": return withCharset(s, errors, "UTF-32BE", "utf-32-be", null);
            default:
                Charset cs;
                try {
                    cs = Charset.forName(encoding);
                } catch (RuntimeException e) {
                    throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
                }
                return withCharset(s, errors, cs.name(), "charmap", null);
        }
    }

    private static PyRaise encodeError(String codec, PyStr s, int pos, String reason) {
        int c = s.codePointAt(pos);
        String ch = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
        PyRaise r = Errors.of(ExceptionTypes.UnicodeEncodeError,
                "'" + codec + "' codec can't encode character '" + ch + "' in position " + pos + ": " + reason);
        PyBaseException e = r.exception();
        e.setExtra("encoding", PyStr.of(codec));
        e.setExtra("object", s);
        e.setExtra("start", PyInt.of(pos));
        e.setExtra("end", PyInt.of(pos + 1));
        e.setExtra("reason", PyStr.of(reason));
        return r;
    }

    /** Applies a replacing error handler to the unencodable code point at {@code pos}; false for strict. */
    private static boolean replace(ByteArrayOutputStream out, String errors, int c, boolean utf8Capable) {
        String rep;
        switch (errors) {
            case "ignore":
                return true;
            case "replace":
                rep = "?";
                break;
            case "backslashreplace":
                rep = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c);
                break;
            case "xmlcharrefreplace":
                rep = "&#" + c + ";";
                break;
            case "namereplace": {
                String name = Character.getName(c);
                rep = name == null ? String.format(c < 0x10000 ? "\\u%04x" : "\\U%08x", c) : "\\N{" + name + "}";
                break;
            }
            default:
                return false;
        }
        for (int i = 0; i < rep.length(); i++) {
            out.write(rep.charAt(i));
        }
        return true;
    }

    private static byte[] encodeLimited(PyStr s, String errors, int limit, String codec, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c < limit) {
                out.write(c);
            } else if (errors.equals("surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
                out.write(c - 0xDC00);
            } else if (!replace(out, errors, c, false)) {
                throw encodeError(codec, s, i, reason);
            }
        }
        return out.toByteArray();
    }

    private static byte[] encodeUtf8(PyStr s, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.value().length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                if (errors.equals("surrogateescape") && c >= 0xDC80) {
                    out.write(c - 0xDC00);
                    continue;
                }
                if (!errors.equals("surrogatepass")) {
                    if (!replace(out, errors, c, true)) {
                        throw encodeError("utf-8", s, i, "surrogates not allowed");
                    }
                    continue;
                }
            }
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.write(0xF0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3F));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    private static byte[] withCharset(PyStr s, String errors, String charset, String codec, byte[] bom) {
        CharsetEncoder enc = Charset.forName(charset).newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom != null) {
            out.writeBytes(bom);
        }
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            String ch = new String(Character.toChars(c));
            if (enc.canEncode(ch)) {
                out.writeBytes(ch.getBytes(enc.charset()));
            } else if (!replace(out, errors, c, false)) {
                throw encodeError(codec, s, i, codec.equals("charmap") ? "character maps to <undefined>"
                        : "surrogates not allowed");
            }
        }
        return out.toByteArray();
    }
}
