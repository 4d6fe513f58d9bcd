package org.ember.objects;

/**
 * An iterator that finishes with a value, as generators do with {@code return x}: when its
 * {@code next} slot reports exhaustion (null), {@code StopIteration} must carry that value.
 */
public interface ReturnsValue {
    /** The value of the finishing {@code return}, or null for none. */
    PyObj finalValue();
}
