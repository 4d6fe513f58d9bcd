package org.ember.api;

import java.util.List;
import java.util.Map;

/**
 * A Python value, as a Java host sees it. Every value the runtime hands out implements this
 * interface; Java values passed to its methods ({@code String}, boxed numbers, {@code BigInteger},
 * {@code Boolean}, {@code null}, {@code List}, {@code Map}, {@code byte[]}, or another
 * {@code PyObject}) are converted to the matching Python values ({@code str}, {@code int}/
 * {@code float}, {@code int}, {@code bool}, {@code None}, {@code list}, {@code dict},
 * {@code bytes}).
 *
 * <p>Every method that runs Python code may throw {@link PyException}, carrying the Python
 * exception that it raised.
 */
public interface PyObject {
    /** The name of this value's Python type, e.g. {@code "int"} or {@code "MyClass"}. */
    String typeName();

    /** {@code repr(self)}. */
    String repr();

    /** {@code str(self)}. */
    String str();

    /** {@code getattr(self, name)}; raises {@code AttributeError} as a {@link PyException}. */
    PyObject getAttr(String name);

    /** {@code hasattr(self, name)}. */
    boolean hasAttr(String name);

    /** {@code setattr(self, name, value)}. */
    void setAttr(String name, Object value);

    /** {@code self(*args)}. */
    PyObject call(Object... args);

    /** {@code self(*args, **kwargs)}; {@code kwargs} keeps its iteration order. */
    PyObject call(List<?> args, Map<String, ?> kwargs);

    /** {@code self[key]}. */
    PyObject getItem(Object key);

    /** {@code self[key] = value}. */
    void setItem(Object key, Object value);

    /** {@code self is None}. */
    boolean isNone();

    /** {@code bool(self)}: Python truthiness ({@code __bool__}, then {@code __len__}). */
    boolean isTrue();

    /** The value of an {@code int} (or of an object with {@code __index__}); {@code OverflowError} if it does not fit. */
    long asLong();

    /** {@code float(self)} for an {@code int}, {@code float} or an object with {@code __float__}. */
    double asDouble();

    /** The text of a {@code str}; {@code TypeError} for any other type (use {@link #str()} to convert). */
    String asString();

    /** The value of a {@code bool}; {@code TypeError} for any other type (use {@link #isTrue()} for truthiness). */
    boolean asBoolean();

    /** The items of any iterable, in iteration order. */
    List<PyObject> asList();

    /** The items of a mapping ({@code keys()} and {@code self[key]}), in iteration order. */
    Map<PyObject, PyObject> asMap();

    /**
     * Converts to a Java value of the given class: {@code Long}/{@code Integer}/{@code Double}/
     * {@code BigInteger}/{@code String}/{@code Boolean}/{@code byte[]}/{@code List}/{@code Map},
     * {@code PyObject} (returns this), or {@code Object}, which means {@link #toJava()}.
     * Throws a {@code TypeError} {@link PyException} when the value does not convert.
     */
    <T> T as(Class<T> type);

    /**
     * The natural Java value: {@code None} → {@code null}, {@code bool} → {@code Boolean},
     * {@code int} → {@code Long} (or {@code BigInteger} beyond 64 bits), {@code float} →
     * {@code Double}, {@code str} → {@code String}, {@code bytes} → {@code byte[]},
     * {@code list}/{@code tuple} → {@code List<Object>}, {@code dict} → {@code Map<Object, Object>}
     * (converted deeply); anything else → this {@code PyObject}.
     */
    Object toJava();
}
