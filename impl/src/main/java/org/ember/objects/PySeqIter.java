package org.ember.objects;

/** The iterators of the builtin sequences, and the helper that makes iterator types. */
public abstract class PySeqIter extends PyObj {

    /** An iterator type whose {@code __next__} is {@code next} and whose {@code __iter__} returns itself. */
    public static PyType iterType(String name, SlotFns.NextFn next) {
        return PyType.builtin(name, PyBaseObject.TYPE, null).finalType()
                .slot(Slot.ITER, (SlotFns.Fn1) self -> self)
                .slot(Slot.NEXT, next);
    }

    static final PyType TUPLE_ITER = iterType("tuple_iterator", self -> ((ArrayIter) self).nextItem());
    static final PyType LIST_ITER = iterType("list_iterator", self -> ((ListIter) self).nextItem());
    static final PyType LIST_REVERSED = iterType("list_reverseiterator", self -> ((ReversedList) self).nextItem());
    static final PyType STR_ITER = iterType("str_ascii_iterator", self -> ((StrIter) self).nextItem());
    static final PyType SEQ_ITER = iterType("iterator", self -> ((GetItemIter) self).nextItem());
    static final PyType CALLABLE_ITER = iterType("callable_iterator", self -> ((CallableIter) self).nextItem());

    /** {@code iter(list)}: what list's {@code __iter__} returns. */
    public static PySeqIter ofList(PyList l) {
        return new ListIter(l);
    }

    /** {@code iter(tuple)}: what tuple's {@code __iter__} returns. */
    public static PySeqIter ofTuple(PyTuple t) {
        return new ArrayIter(t.items, t.items.length, TUPLE_ITER);
    }

    /** Over a fixed array (tuples). */
    public static final class ArrayIter extends PySeqIter {
        private final PyObj[] items;
        private final int size;
        private final PyType type;
        private int i;

        ArrayIter(PyObj[] items, int size, PyType type) {
            this.items = items;
            this.size = size;
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        public PyObj nextItem() {
            return i < size ? items[i++] : null;
        }
    }

    /** Over a list, seeing appends made during iteration as CPython does. */
    public static final class ListIter extends PySeqIter {
        private final PyList list;
        private int i;

        ListIter(PyList list) {
            this.list = list;
        }

        @Override
        public PyType type() {
            return LIST_ITER;
        }

        public PyObj nextItem() {
            if (i < list.size) {
                return list.items[i++];
            }
            i = Integer.MAX_VALUE;
            return null;
        }
    }

    static final class ReversedList extends PySeqIter {
        private final PyList list;
        private int i;

        ReversedList(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        @Override
        public PyType type() {
            return LIST_REVERSED;
        }

        PyObj nextItem() {
            if (i >= 0 && i < list.size) {
                return list.items[i--];
            }
            i = -1;
            return null;
        }
    }

    static final class StrIter extends PySeqIter {
        private final PyStr s;
        private int i;

        StrIter(PyStr s) {
            this.s = s;
        }

        @Override
        public PyType type() {
            return STR_ITER;
        }

        PyObj nextItem() {
            return i < s.length() ? PyStr.ofCodePoint(s.codePointAt(i++)) : null;
        }
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    static final class GetItemIter extends PySeqIter {
        private PyObj seq;
        private long i;

        GetItemIter(PyObj seq) {
            this.seq = seq;
        }

        @Override
        public PyType type() {
            return SEQ_ITER;
        }

        PyObj nextItem() {
            if (seq == null) {
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(i++));
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.IndexError)
                        || e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** {@code iter(callable, sentinel)}. */
    static final class CallableIter extends PySeqIter {
        private PyObj callable;
        private final PyObj sentinel;

        CallableIter(PyObj callable, PyObj sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITER;
        }

        PyObj nextItem() {
            if (callable == null) {
                return null;
            }
            PyObj v;
            try {
                v = Abstract.call(callable, new PyObj[0], null);
            } catch (PyRaise e) {
                if (e.exception().type().isSubtypeOf(ExceptionTypes.StopIteration)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Abstract.richCompareBool(v, sentinel, CompareOp.EQ)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    public static PyObj callableIter(PyObj callable, PyObj sentinel) {
        return new CallableIter(callable, sentinel);
    }
}
