package org.ember.objects;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable byte string. The read-only methods are shared with {@code bytes}
 * ({@link BytesMethods}); the mutators live in {@link ByteArrayMethods}.
 *
 * <p>Unlike CPython, resizing is not forbidden while a {@link PyMemoryView} exports the array:
 * without reference counting an unreleased view would lock the array forever. Views read the
 * current storage on every access instead (see {@link PyMemoryView}).
 */
public class PyByteArray extends PyObj {
    public static final PyType TYPE = PyType.builtin("bytearray", PyBaseObject.TYPE, null);

    byte[] buf;
    int size;

    public PyByteArray() {
        this.buf = new byte[0];
    }

    /** Wraps {@code b} (all of it used) without copying. */
    public PyByteArray(byte[] b) {
        this.buf = b;
        this.size = b.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final int size() {
        return size;
    }

    /** A copy of the contents. */
    public final byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Called before every resize: the place to forbid resizing while exported, should Ember track exports. */
    final void checkResizable() {
    }

    /** Replaces the contents (a resize). */
    final void setContents(byte[] b) {
        checkResizable();
        buf = b;
        size = b.length;
    }

    final void append(byte b) {
        checkResizable();
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, Math.max(8, size + (size >> 1) + 1));
        }
        buf[size++] = b;
    }

    final void appendAll(byte[] b) {
        checkResizable();
        if (size + b.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(size + b.length, size + (size >> 1) + 1));
        }
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    static {
        BytesMethods.define(TYPE);
        ByteArrayMethods.define(TYPE);
    }

    /** An instance of a Python subclass of {@code bytearray}. */
    static final class Derived extends PyByteArray {
        private final PyType type;
        private final InstanceAttrs attrs = new InstanceAttrs();

        Derived(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public InstanceAttrs attrs() {
            return attrs;
        }
    }
}
