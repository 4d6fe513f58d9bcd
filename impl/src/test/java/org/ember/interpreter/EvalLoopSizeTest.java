package org.ember.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * HotSpot does not JIT-compile a method larger than 8,000 bytes of bytecode
 * ({@code DontCompileHugeMethods}); an eval loop past that would run interpreted forever. Keep
 * {@code Interpreter.loop} well below, with slow paths in {@link Ops}. {@code FastPathLoop.run}
 * and {@code FastPathLoop.runSimple} must stay compilable too, and must not be inlined into their
 * callers ({@code loop}, {@code run}): each is a method of its own so that HotSpot compiles it
 * alone, and C2 inlines a hot callee of up to {@code FreqInlineSize} (325) bytes.
 */
class EvalLoopSizeTest {
    private static final int LIMIT = 6000;
    private static final int FREQ_INLINE_SIZE = 325;

    private static byte[] interpreterClass() throws IOException {
        try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void evalLoopStaysCompilableByHotSpot() throws IOException {
        int size = codeLength(interpreterClass(), "loop");
        assertThat(size).as("bytecode size of Interpreter.loop").isPositive().isLessThan(LIMIT);
    }

    @Test
    void fastPathIsCompiledOnItsOwn() throws IOException {
        for (String method : new String[] {"run", "runSimple"}) {
            int size = codeLength(classBytes("org/ember/interpreter/FastPathLoop"), method);
            assertThat(size).as("bytecode size of FastPathLoop." + method).isGreaterThan(FREQ_INLINE_SIZE).isLessThan(LIMIT);
        }
    }

    /**
     * C2 stops inlining into one compilation once the bytecode inlined so far, the root method's
     * own included, would pass {@code DesiredMethodLimit} (8,000 bytes): what a loop of the fast
     * path takes itself, its hot helpers cannot have, and they become real calls. Session 13 cut
     * the one loop from 3,954 bytes to 3,238 (one exit, opcodes numbered so that its switch table
     * is short); session 15 split it in two, each compiled with a budget of its own (see
     * docs/internals/interpreter.md).
     */
    @Test
    void fastPathLeavesC2ItsBudgetForInlining() throws IOException {
        for (String method : new String[] {"run", "runSimple"}) {
            int size = codeLength(classBytes("org/ember/interpreter/FastPathLoop"), method);
            assertThat(size).as("bytecode size of FastPathLoop." + method).isLessThanOrEqualTo(2_400);
        }
    }

    /**
     * Everything the fast path calls must be inlined into it (a call that is not clobbers every
     * register, which is what the fast path exists to avoid): C2 inlines a hot callee of up to
     * {@code FreqInlineSize} bytes. Checked for every method of Ember's classes it reaches
     * through calls, but {@code runSimple}, which {@code run} calls on purpose.
     */
    @Test
    void fastPathCalleesAreSmallEnoughToInline() throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(callees("org/ember/interpreter/FastPathLoop", "run"));
        while (!work.isEmpty()) {
            String callee = work.pop();
            if (seen.add(callee)) {
                String[] c = callee.split("\\.");
                work.addAll(callees(c[0], c[1]));
            }
        }
        seen.remove("org/ember/interpreter/FastPathLoop.runSimple");
        assertThat(seen).isNotEmpty();
        for (String callee : seen) {
            String[] c = callee.split("\\.");
            assertThat(codeLength(classBytes(c[0]), c[1])).as("bytecode size of " + callee)
                    .isLessThanOrEqualTo(FREQ_INLINE_SIZE);
        }
    }

    private static byte[] classBytes(String internalName) throws IOException {
        try (InputStream in = EvalLoopSizeTest.class.getResourceAsStream("/" + internalName + ".class")) {
            return in.readAllBytes();
        }
    }

    /** The methods of Ember's own classes that {@code owner.method} invokes, as "owner.name". */
    private static Set<String> callees(String owner, String method) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        new ClassReader(classBytes(owner)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                if (!name.equals(method)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int op, String o, String n, String d, boolean itf) {
                        if (o.startsWith("org/ember/") && !n.equals("<init>")) {
                            out.add(o + "." + n);
                        }
                    }
                };
            }
        }, 0);
        return out;
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
