package org.ember.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines from a stream one byte at a time. Deliberately unbuffered: the REPL shares
 * its standard input with the program's {@code sys.stdin}, so reading ahead here would steal the
 * input that {@code input()} is meant to see.
 */
final class LineReader {
    private final InputStream in;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at end of input. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            line.write(b);
        }
        if (!any) {
            return null;
        }
        String s = line.toString(StandardCharsets.UTF_8);
        // A line typed on Windows, or piped from a CRLF file, ends "\r\n"; the parser wants "\n".
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
