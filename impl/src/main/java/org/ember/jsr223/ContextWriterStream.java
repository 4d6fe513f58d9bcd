package org.ember.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The byte stream an interpreter writes {@code sys.stdout} (or {@code sys.stderr}) to, decoded
 * from UTF-8 and passed on to whichever {@link Writer} the supplier names <em>at the time of the
 * write</em>. The engine's interpreter is created once, but JSR-223 lets every {@code eval} bring
 * its own {@code ScriptContext} with its own writers, so the target cannot be fixed up front.
 *
 * <p>A multi-byte character split across two writes is kept until its last byte arrives.
 */
final class ContextWriterStream extends OutputStream {
    private final Supplier<Writer> target;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Bytes not yet decoded: at most the start of one UTF-8 sequence between writes. */
    private final ByteBuffer pending = ByteBuffer.allocate(4096);
    private final CharBuffer chars = CharBuffer.allocate(4096);

    ContextWriterStream(Supplier<Writer> target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Writer out = target.get();
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            pending.flip();
            CoderResult result;
            do {
                result = decoder.decode(pending, chars, false);
                drain(out);
            } while (result.isOverflow());
            pending.compact();
        }
    }

    private void drain(Writer out) throws IOException {
        chars.flip();
        if (chars.hasRemaining()) {
            out.write(chars.array(), chars.position(), chars.remaining());
        }
        chars.clear();
    }

    @Override
    public synchronized void flush() throws IOException {
        target.get().flush();
    }
}
