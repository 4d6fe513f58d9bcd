package org.ember.objects;

/**
 * The shapes of special-method slots. A slot holds either the Java implementation of a builtin
 * type or a small adapter that calls the Python method a class defines (see {@link Slot}).
 * Absent means {@code null}: "this type does not support the operation".
 */
public final class SlotFns {
    private SlotFns() {}

    /** {@code __repr__}, {@code __iter__}, {@code __neg__}, ...: one operand, a result. */
    @FunctionalInterface
    public interface Fn1 {
        PyObj apply(PyObj self);
    }

    /** Binary operators and {@code __getitem__}: may return {@code NotImplemented}. */
    @FunctionalInterface
    public interface Fn2 {
        PyObj apply(PyObj self, PyObj other);
    }

    /** {@code __get__(self, instance, owner)}; {@code __set__}/{@code __setitem__} with a null value meaning delete. */
    @FunctionalInterface
    public interface Fn3 {
        PyObj apply(PyObj self, PyObj a, PyObj b);
    }

    /** {@code __next__}: returns {@code null} when exhausted instead of raising StopIteration. */
    @FunctionalInterface
    public interface NextFn {
        PyObj next(PyObj self);
    }

    /** {@code __hash__}. */
    @FunctionalInterface
    public interface HashFn {
        long hash(PyObj self);
    }

    /** {@code __len__}. */
    @FunctionalInterface
    public interface LenFn {
        long len(PyObj self);
    }

    /** {@code __bool__}, and {@code __contains__} with an item. */
    @FunctionalInterface
    public interface TestFn {
        boolean test(PyObj self);
    }

    /** {@code __contains__}. */
    @FunctionalInterface
    public interface ContainsFn {
        boolean contains(PyObj self, PyObj item);
    }

    /** {@code __call__}, {@code __init__}, {@code __new__} (self is the class): vectorcall convention. */
    @FunctionalInterface
    public interface CallFn {
        /**
         * @param args positional arguments followed by keyword argument values
         * @param kwnames names of the trailing keyword arguments, or null when there are none
         */
        PyObj call(PyObj self, PyObj[] args, String[] kwnames);
    }

    /** {@code __getattribute__}: raises AttributeError when missing. */
    @FunctionalInterface
    public interface GetAttrFn {
        PyObj get(PyObj self, String name);
    }

    /** {@code __setattr__}/{@code __delattr__}: a null value deletes. */
    @FunctionalInterface
    public interface SetAttrFn {
        void set(PyObj self, String name, PyObj value);
    }

    /** {@code __eq__}, {@code __lt__}, ...: one slot for all six, as CPython's tp_richcompare. */
    @FunctionalInterface
    public interface RichCmpFn {
        PyObj compare(PyObj self, PyObj other, CompareOp op);
    }
}
