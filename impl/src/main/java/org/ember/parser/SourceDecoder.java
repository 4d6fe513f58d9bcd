package org.ember.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes source bytes as CPython does: UTF-8 BOM, PEP 263 coding cookie, UTF-8 otherwise. */
final class SourceDecoder {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    static String decode(byte[] bytes, String filename) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        String cookie = null;
        int lineno = 0;
        int pos = start;
        for (int line = 1; line <= 2 && pos < bytes.length; line++) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String text = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                cookie = m.group(1);
                lineno = line;
                break;
            }
            String stripped = text.strip();
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
                break;
            }
            pos = end;
            if (pos < bytes.length && bytes[pos] == '\r') {
                pos++;
            }
            if (pos < bytes.length && bytes[pos] == '\n') {
                pos++;
            }
        }
        Charset cs = StandardCharsets.UTF_8;
        if (cookie != null) {
            String norm = normalize(cookie);
            if (bom && !norm.equals("utf-8")) {
                throw new PySyntaxError("SyntaxError", "encoding problem: " + cookie + " with BOM", filename,
                        lineno, 0, null, lineno, 0);
            }
            cs = lookup(norm);
            if (cs == null) {
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + cookie, filename, lineno, 0, null,
                        lineno, 0);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String what = e instanceof MalformedInputException ? "invalid start byte" : "invalid character";
            String enc = cs == StandardCharsets.UTF_8 ? "utf-8" : cs.name().toLowerCase(Locale.ROOT);
            throw new PySyntaxError("SyntaxError", String.format("(unicode error) '%s' codec can't decode byte "
                    + "0x%02x in position %d: %s", enc, bad < bytes.length ? bytes[bad] & 0xff : 0, bad - start,
                    what), filename, line, 0, null, line, 0);
        }
    }

    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.equals("latin1")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
