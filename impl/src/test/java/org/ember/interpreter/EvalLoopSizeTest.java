package org.ember.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * HotSpot does not JIT-compile a method larger than 8,000 bytes of bytecode
 * ({@code DontCompileHugeMethods}); an eval loop past that would run interpreted forever. Keep
 * {@code Interpreter.loop} well below, with slow paths in {@link Ops}.
 */
class EvalLoopSizeTest {
    private static final int LIMIT = 6000;

    @Test
    void evalLoopStaysCompilableByHotSpot() throws IOException {
        byte[] bytes;
        try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
            bytes = in.readAllBytes();
        }
        int size = codeLength(bytes, "loop");
        assertThat(size).as("bytecode size of Interpreter.loop").isPositive().isLessThan(LIMIT);
    }

    /** The {@code code_length} of the Code attribute of method {@code method}, read from the class file. */
    static int codeLength(byte[] b, String method) {
        ClassReader cr = new ClassReader(b);
        char[] buf = new char[cr.getMaxStringLength()];
        int p = cr.header + 6;
        p += 2 + cr.readUnsignedShort(p) * 2;
        int fields = cr.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) {
            p += 6;
            int attrs = cr.readUnsignedShort(p);
            p += 2;
            for (int a = 0; a < attrs; a++) {
                p += 6 + cr.readInt(p + 2);
            }
        }
        int methods = cr.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < methods; i++) {
            String name = cr.readUTF8(p + 2, buf);
            p += 6;
            int attrs = cr.readUnsignedShort(p);
            p += 2;
            for (int a = 0; a < attrs; a++) {
                String attr = cr.readUTF8(p, buf);
                int alen = cr.readInt(p + 2);
                if (name.equals(method) && "Code".equals(attr)) {
                    return cr.readInt(p + 6 + 4);
                }
                p += 6 + alen;
            }
        }
        return -1;
    }
}
