package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeObject;
import org.ember.objects.Abstract;
import org.ember.objects.DictIter;
import org.ember.objects.PyEnumerate;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRange;
import org.ember.objects.PySeqIter;
import org.ember.objects.PyTuple;

/**
 * Specialized forms of {@code FOR_ITER} (the iterator's exact class: range, list, tuple, dict
 * views, generators) and {@code UNPACK_SEQUENCE} (an exact tuple or list of the right length).
 * Like the operator forms they guard on exact classes and need no cache object.
 */
final class SequenceSpecializer {

    /** GET_ITER of an exact list, tuple or range, or of a generator, for the eval loop's fast path; null for the general path. */
    static PyObj iterHit(PyObj o) {
        Class<?> c = o.getClass();
        return c == PyList.class ? PySeqIter.ofList((PyList) o) : c == PyTuple.class ? PySeqIter.ofTuple((PyTuple) o)
                : c == PyRange.class ? ((PyRange) o).longIterOrNull()
                : isPlainGenerator(o) || c == PyEnumerate.class && ((PyEnumerate) o).isExact() ? o : null;
    }
    private SequenceSpecializer() {}

    static void specializeForIter(CodeObject co, int at, PyObj it) {
        Class<?> c = it.getClass();
        if (c == PyRange.RangeIter.class) {
            Specializer.rewrite(co, at, FOR_ITER_RANGE, null);
        } else if (c == PySeqIter.ListIter.class) {
            Specializer.rewrite(co, at, FOR_ITER_LIST, null);
        } else if (c == PySeqIter.ArrayIter.class) {
            Specializer.rewrite(co, at, FOR_ITER_TUPLE, null);
        } else if (c == DictIter.class) {
            Specializer.rewrite(co, at, FOR_ITER_DICT, null);
        } else if (isPlainGenerator(it)) {
            Specializer.rewrite(co, at, FOR_ITER_GEN, null);
        } else if (c == PyEnumerate.class && ((PyEnumerate) it).isExact()) {
            Specializer.rewrite(co, at, FOR_ITER_ENUMERATE, null);
        } else {
            Specializer.giveUp(co, at, "iterator " + it.type().name());
        }
    }

    private static boolean isPlainGenerator(PyObj it) {
        return it.getClass() == PyGenerator.class && it.type() == PyGenerator.TYPE;
    }

    /**
     * The next item, or null at the end, for FOR_ITER (counting towards specialization) and its
     * forms other than the range and list fast paths the loop inlines (and their misses).
     */
    static PyObj next(ThreadState ts, CodeObject co, int at, int op, PyObj it) {
        Class<?> c = it.getClass();
        switch (op) {
            case FOR_ITER:
                if (ts.specialize && Specializer.warm(co, at)) {
                    specializeForIter(co, at, it);
                }
                return Abstract.next(it);
            case FOR_ITER_TUPLE:
                if (c == PySeqIter.ArrayIter.class) {
                    return ((PySeqIter.ArrayIter) it).nextItem();
                }
                break;
            case FOR_ITER_DICT:
                if (c == DictIter.class) {
                    return ((DictIter) it).nextItem();
                }
                break;
            case FOR_ITER_GEN:
                if (isPlainGenerator(it)) {
                    return ((PyGenerator) it).resume(ts, PyNone.NONE, null);
                }
                break;
            case FOR_ITER_ENUMERATE:
                if (c == PyEnumerate.class && ((PyEnumerate) it).isExact()) {
                    return Abstract.next(it);
                }
                break;
            default: // FOR_ITER_RANGE, FOR_ITER_LIST met another iterator
                break;
        }
        Specializer.miss(co, at);
        return Abstract.next(it);
    }

    static void specializeUnpack(CodeObject co, int at, PyObj seq, int n) {
        if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == n) {
            Specializer.rewrite(co, at, n == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE, null);
        } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == n) {
            Specializer.rewrite(co, at, UNPACK_SEQUENCE_LIST, null);
        } else {
            Specializer.giveUp(co, at, "unpacking " + seq.type().name());
        }
    }

    /** UNPACK_SEQUENCE_TUPLE and _LIST: pushes the items last first (so the first is on top); returns the new sp. */
    static int unpack(CodeObject co, int at, int op, PyObj[] r, int sp, int n) {
        int to = unpackHit(op, r, sp, n);
        if (to < 0) {
            Specializer.miss(co, at);
            return Ops.unpackSequence(r, sp, n);
        }
        return to;
    }

    /**
     * UNPACK_SEQUENCE_TUPLE/LIST of an exact tuple or list of {@code n} items: pushes them (the
     * first on top) and returns the new sp, or -1 when the guard fails (for the eval loop's fast
     * path too, so nothing here calls what HotSpot would not inline).
     */
    static int unpackHit(int op, PyObj[] r, int sp, int n) {
        PyObj seq = r[sp - 1];
        Class<?> c = seq.getClass();
        boolean tuple = op == UNPACK_SEQUENCE_TUPLE;
        if (tuple ? c != PyTuple.class || ((PyTuple) seq).size() != n : c != PyList.class || ((PyList) seq).size() != n) {
            return -1;
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            r[sp++] = tuple ? ((PyTuple) seq).get(i) : ((PyList) seq).get(i);
        }
        return sp;
    }
}
