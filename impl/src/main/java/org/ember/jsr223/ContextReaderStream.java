package org.ember.jsr223;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The byte stream {@code sys.stdin} reads: the current {@code ScriptContext}'s {@link Reader},
 * encoded as UTF-8 a line (or a buffer) at a time. Like {@link ContextWriterStream}, it looks the
 * reader up on each read because each {@code eval} may bring its own context.
 */
final class ContextReaderStream extends InputStream {
    private final Supplier<Reader> source;
    private final char[] chunk = new char[1024];
    private byte[] bytes = new byte[0];
    private int pos;

    ContextReaderStream(Supplier<Reader> source) {
        this.source = source;
    }

    @Override
    public synchronized int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return bytes[pos++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (pos < bytes.length) {
            return true;
        }
        Reader reader = source.get();
        if (reader == null) {
            return false;
        }
        int n = reader.read(chunk, 0, chunk.length);
        if (n <= 0) {
            return false;
        }
        // Keep a surrogate pair whole: a lone high surrogate would encode as '?'.
        if (Character.isHighSurrogate(chunk[n - 1])) {
            int next = reader.read();
            if (next >= 0) {
                bytes = (new String(chunk, 0, n) + (char) next).getBytes(StandardCharsets.UTF_8);
                pos = 0;
                return true;
            }
        }
        bytes = new String(chunk, 0, n).getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }
}
