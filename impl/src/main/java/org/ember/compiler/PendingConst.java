package org.ember.compiler;

import org.ember.objects.PyBaseObject;
import org.ember.objects.PyObj;
import org.ember.objects.PyType;

/**
 * TODO(objects): placeholder constant for {@code complex} and {@code bytes} literals until
 * {@code PyComplex.of(re, im)} and {@code PyBytes.of(byte[])} exist on main; then
 * {@link CodeGen#constant} should create those instead and this class be deleted.
 */
public final class PendingConst extends PyObj {
    /** "complex" or "bytes". */
    public final String kind;
    public final double real;
    public final double imag;
    public final byte[] bytes;

    PendingConst(String kind, double real, double imag, byte[] bytes) {
        this.kind = kind;
        this.real = real;
        this.imag = imag;
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return PyBaseObject.TYPE;
    }
}
