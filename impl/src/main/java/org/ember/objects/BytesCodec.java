package org.ember.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decoding bytes to str ({@code bytes.decode}, {@code str(b, encoding)}): UTF-8, ASCII and
 * Latin-1 by hand with CPython's error reasons and the standard error handlers; other codecs
 * through Java charsets (strict, ignore and replace). Encoding is {@link StrExtras#encode}.
 */
final class BytesCodec {
    private BytesCodec() {}

    static String decode(byte[] b, String encoding, String errors) {
        switch (StrExtras.normalize(encoding)) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
                return decodeUtf8(b, errors);
            case "ascii": case "us_ascii": case "646":
                return decodeLimited(b, errors, 128, "ascii");
            case "latin_1": case "latin1": case "iso8859_1": case "iso_8859_1": case "l1": case "8859":
            case "cp819": case "latin":
                return decodeLimited(b, errors, 256, "latin-1");
            case "utf_16": case "utf16": return withCharset(b, errors, "UTF-16", "utf-16");
            case "utf_16_le": case "utf_16le": return withCharset(b, errors, "UTF-16LE", "utf-16-le");
            case "utf_16_be": case "utf_16be": return withCharset(b, errors, "UTF-16BE", "utf-16-be");
            case "utf_32": case "utf32": return withCharset(b, errors, "UTF-32", "utf-32");
            case "utf_32_le": case "utf_32le": return withCharset(b, errors, "UTF-32LE", "utf-32-le");
            case "utf_32_be": case "utf_32be": return withCharset(b, errors, "UTF-32BE", "utf-32-be");
            default:
                Charset cs;
                try {
                    cs = Charset.forName(encoding);
                } catch (RuntimeException e) {
                    throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: " + encoding);
                }
                return withCharset(b, errors, cs.name(), "charmap");
        }
    }

    static PyRaise decodeError(String codec, byte[] b, int start, int end, String reason) {
        String what = end - start == 1
                ? String.format("byte 0x%02x in position %d", b[start] & 0xFF, start)
                : "bytes in position " + start + "-" + (end - 1);
        PyRaise r = Errors.of(ExceptionTypes.UnicodeDecodeError,
                "'" + codec + "' codec can't decode " + what + ": " + reason);
        PyBaseException e = r.exception();
        e.setExtra("encoding", PyStr.of(codec));
        e.setExtra("object", new PyBytes(b));
        e.setExtra("start", PyInt.of(start));
        e.setExtra("end", PyInt.of(end));
        e.setExtra("reason", PyStr.of(reason));
        return r;
    }

    /** Applies the error handler to the bad bytes {@code b[start:end]}, or raises for strict. */
    private static void handle(StringBuilder sb, String errors, String codec, byte[] b, int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw decodeError(codec, b, start, end, reason);
            case "ignore":
                return;
            case "replace":
                sb.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int i = start; i < end; i++) {
                    sb.append(String.format("\\x%02x", b[i] & 0xFF));
                }
                return;
            case "surrogateescape":
                for (int i = start; i < end; i++) {
                    int c = b[i] & 0xFF;
                    if (c < 128) {
                        throw decodeError(codec, b, start, end, reason);
                    }
                    sb.append((char) (0xDC00 + c));
                }
                return;
            case "surrogatepass": case "xmlcharrefreplace": case "namereplace":
                throw decodeError(codec, b, start, end, reason);
            default:
                throw Errors.of(ExceptionTypes.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    private static String decodeLimited(byte[] b, String errors, int limit, String codec) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < limit) {
                sb.append((char) c);
            } else {
                handle(sb, errors, codec, b, i, i + 1, "ordinal not in range(" + limit + ")");
            }
        }
        return sb.toString();
    }

    private static boolean cont(byte[] b, int i) {
        return i < b.length && (b[i] & 0xC0) == 0x80;
    }

    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED && !errors.equals("surrogatepass")) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                handle(sb, errors, "utf-8", b, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            int j = i + 1;
            boolean bad = false;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    handle(sb, errors, "utf-8", b, i, n, "unexpected end of data");
                    i = n;
                    bad = true;
                    break;
                }
                int d = b[j] & 0xFF;
                int l = k == 0 ? lo : 0x80;
                int h = k == 0 ? hi : 0xBF;
                if (d < l || d > h) {
                    handle(sb, errors, "utf-8", b, i, j, "invalid continuation byte");
                    i = j;
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (!bad) {
                sb.appendCodePoint(cp);
                i = j;
            }
        }
        return sb.toString();
    }

    private static String withCharset(byte[] b, String errors, String charset, String codec) {
        int unit = charset.startsWith("UTF-16") ? 2 : charset.startsWith("UTF-32") ? 4 : 1;
        if (unit > 1 && b.length % unit != 0 && !errors.equals("strict")) {
            // A truncated final code unit goes to the error handler; the rest decodes normally.
            int whole = b.length - b.length % unit;
            StringBuilder sb = new StringBuilder(withCharset(java.util.Arrays.copyOf(b, whole), errors, charset, codec));
            handle(sb, errors, codec, b, whole, b.length, "truncated data");
            return sb.toString();
        }
        CharsetDecoder dec = Charset.forName(charset).newDecoder();
        CodingErrorAction action;
        switch (errors) {
            case "ignore": action = CodingErrorAction.IGNORE; break;
            case "replace": action = CodingErrorAction.REPLACE; break;
            default: action = CodingErrorAction.REPORT; break;
        }
        dec.onMalformedInput(action).onUnmappableCharacter(action);
        ByteBuffer in = ByteBuffer.wrap(b);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int pos = in.position();
            int end = Math.min(b.length, pos + 1);
            String reason = codec.equals("charmap") ? "character maps to <undefined>"
                    : pos + 1 >= b.length ? "truncated data" : "illegal encoding";
            throw decodeError(codec, b, Math.min(pos, b.length - 1), end, reason);
        }
    }
}
