package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeObject;
import org.ember.objects.Abstract;
import org.ember.objects.BinOp;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyFrozenSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PySet;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/**
 * Specialized forms of the operator instructions: {@code BINARY_OP}, {@code BINARY_SUBSCR},
 * {@code STORE_SUBSCR}, {@code COMPARE_OP} and {@code CONTAINS_OP}. Each guards on the exact
 * classes of its operands (a subclass may override any operator), so these forms need no cache
 * object: the opcode is the cache. A guard miss runs the generic operation and counts towards
 * de-specialization.
 */
final class OperatorSpecializer {
    private OperatorSpecializer() {}

    private static boolean isInt(PyObj o) {
        return o.getClass() == PyInt.class;
    }

    private static boolean isFloat(PyObj o) {
        return o.getClass() == PyFloat.class;
    }

    private static boolean isStr(PyObj o) {
        return o.getClass() == PyStr.class;
    }

    // ---- BINARY_OP ------------------------------------------------------------------------------

    /** Int, float and str operands are immutable, so an in-place operator is the plain one. */
    private static int plain(int arg) {
        return arg >= BinOp.INPLACE ? arg - BinOp.INPLACE : arg;
    }

    private static boolean intOperator(int op) {
        switch (op) {
            case 0: case 1: case 2: case 3: case 5: case 6: case 7: case 9: case 12:
                return true; // + & // << * % | >> ^
            default:
                return false;
        }
    }

    private static boolean floatOperator(int op) {
        return op == 0 || op == 10 || op == 5 || op == 11 || op == 8; // + - * / **
    }

    static void specializeBinary(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        int op = plain(arg);
        if (isInt(a) && isInt(b)) {
            if (op == BinOp.ADD.ordinal()) {
                Specializer.rewrite(co, at, BINARY_OP_ADD_INT, null);
            } else if (op == BinOp.SUBTRACT.ordinal()) {
                Specializer.rewrite(co, at, BINARY_OP_SUBTRACT_INT, null);
            } else if (intOperator(op)) {
                Specializer.rewrite(co, at, BINARY_OP_INT, null);
            } else {
                Specializer.giveUp(co, at, "int operator " + BinOp.of(op).symbol);
            }
        } else if (isFloat(a) && isFloat(b)) {
            if (floatOperator(op)) {
                Specializer.rewrite(co, at, BINARY_OP_FLOAT, null);
            } else {
                Specializer.giveUp(co, at, "float operator " + BinOp.of(op).symbol);
            }
        } else if ((isFloat(a) && isInt(b)) || (isInt(a) && isFloat(b))) {
            if (floatOperator(op)) {
                Specializer.rewrite(co, at, BINARY_OP_MIXED_FLOAT, null);
            } else {
                Specializer.giveUp(co, at, "int/float operator " + BinOp.of(op).symbol);
            }
        } else if (isStr(a) && isStr(b) && op == BinOp.ADD.ordinal()) {
            Specializer.rewrite(co, at, BINARY_OP_ADD_UNICODE, null);
        } else if (arg < BinOp.INPLACE && !a.type().isBuiltin()) {
            specializePyOperator(co, at, a, b, op);
        } else {
            Specializer.giveUp(co, at, "operands " + a.type().name() + " " + BinOp.of(op).symbol + " " + b.type().name());
        }
    }

    /** BINARY_OP_PY's cache: both operand types with their versions, and the left type's method. */
    record PyOperatorCache(PyType left, int leftVersion, PyType right, int rightVersion, PyFunction method) {
        /** Whether the operands are still of the cached types, unchanged since. */
        boolean holdsFor(PyObj a, PyObj b) {
            return a.type() == left && left.version() == leftVersion && b.type() == right && right.version() == rightVersion;
        }
    }

    private static void specializePyOperator(CodeObject co, int at, PyObj a, PyObj b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        BinOp binop = BinOp.of(op);
        PyObj m = ta.lookup(binop.dunder);
        if (!(m instanceof PyFunction) || !((PyFunction) m).bindsPositionally(2)) {
            Specializer.giveUp(co, at, "operator method of " + ta.name() + " is not a Python function");
            return;
        }
        if (ta != tb && tb.isSubtypeOf(ta) && tb.nbr[op] != null && tb.nbr[op] != ta.nbr[op]) {
            Specializer.giveUp(co, at, "right operand's subclass overrides the reflected method");
            return;
        }
        Specializer.rewrite(co, at, BINARY_OP_PY, new PyOperatorCache(ta, ta.version(), tb, tb.version(), (PyFunction) m));
    }

    /** BINARY_OP_PY: calls the cached method with the operands on the stack ({@code r[sp-2]}, {@code r[sp-1]}). */
    static PyObj pyOperator(ThreadState ts, CodeObject co, int at, PyObj[] r, int sp, int arg) {
        PyObj a = r[sp - 2];
        PyObj b = r[sp - 1];
        PyOperatorCache c = (PyOperatorCache) co.caches[at];
        if (!c.holdsFor(a, b) || !c.method.bindsPositionally(2)) {
            return binaryMiss(co, at, a, b, arg);
        }
        PyObj result = c.method.invokeFromStack(ts, r, sp - 2, 2);
        if (result != org.ember.objects.PyNotImplemented.NOT_IMPLEMENTED) {
            return result;
        }
        return Abstract.binaryOpReflected(a, b, BinOp.of(arg));
    }

    /**
     * BINARY_OP_PY's guards, for the eval loop's fast path ({@link CallSpecializer#calleeHit}):
     * while the operands' types are the cached ones and the method takes the two operands as its
     * parameters (and is no generator), the method; else null.
     */
    static PyFunction operatorMethodHit(Object cache, PyObj a, PyObj b) {
        PyOperatorCache c = (PyOperatorCache) cache;
        PyFunction m = c.method;
        if (!c.holdsFor(a, b) || m.code.exactArgcount != 2 || m.code.isGenerator()) {
            return null;
        }
        return m;
    }

    /** A guard of a specialized BINARY_OP failed: count it and do the generic operation. */
    static PyObj binaryMiss(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        Specializer.miss(co, at);
        return Ops.binaryOp(a, b, arg);
    }

    static PyObj intOp(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        if (!isInt(a) || !isInt(b)) {
            return binaryMiss(co, at, a, b, arg);
        }
        PyInt x = (PyInt) a;
        PyInt y = (PyInt) b;
        switch (plain(arg)) {
            case 0: return PyInt.add(x, y);
            case 1: return PyInt.and(x, y);
            case 2: return PyInt.floorDiv(x, y);
            case 3: return PyInt.lshift(x, y);
            case 5: return PyInt.mul(x, y);
            case 6: return PyInt.mod(x, y);
            case 7: return PyInt.or(x, y);
            case 9: return PyInt.rshift(x, y);
            case 10: return PyInt.sub(x, y);
            case 12: return PyInt.xor(x, y);
            default: return Ops.binaryOp(a, b, arg);
        }
    }

    /**
     * BINARY_OP_INT of two ints that fit a long when the result does too and no error is due, for
     * the eval loop's fast path; else null (overflow to a big int, division by zero and negative
     * shift counts are the general path's). Three small methods, not one: the fast path must
     * inline them, and C2 does not inline a hot callee over 325 bytecode bytes. One
     * {@code PyInt.of} for every operator: C2 inlines each call site anew, against the fast
     * path's budget for inlined bytecode.
     */
    static PyObj intHit(PyObj a, PyObj b, int arg) {
        if (!isInt(a) || !isInt(b) || !((PyInt) a).fitsLong() || !((PyInt) b).fitsLong()) {
            return null;
        }
        long x = ((PyInt) a).longValue();
        long y = ((PyInt) b).longValue();
        int op = plain(arg);
        long z;
        switch (op) {
            case 0:
                z = x + y;
                if (((x ^ z) & (y ^ z)) < 0) {
                    return null;
                }
                break;
            case 10:
                z = x - y;
                if (((x ^ y) & (x ^ z)) < 0) {
                    return null;
                }
                break;
            case 5:
                z = x * y;
                // As Math.multiplyExact checks, without its exception: small factors cannot overflow.
                if (((Math.abs(x) | Math.abs(y)) >>> 31) != 0
                        && ((y != 0 && z / y != x) || (x == Long.MIN_VALUE && y == -1))) {
                    return null;
                }
                break;
            case 1:
                z = x & y;
                break;
            case 7:
                z = x | y;
                break;
            case 12:
                z = x ^ y;
                break;
            default:
                if (!divShiftFits(x, y, op)) {
                    return null;
                }
                z = divShift(x, y, op);
        }
        return PyInt.of(z);
    }

    /** Whether {@link #intHit}'s //, %, >> or << {@code op} of x and y is a long, with no error due. */
    private static boolean divShiftFits(long x, long y, int op) {
        switch (op) {
            case 2:
                return y != 0 && (x != Long.MIN_VALUE || y != -1);
            case 6:
                return y != 0;
            case 9:
                return y >= 0;
            case 3:
                return y >= 0 && y < 63 && ((x << y) >> y) == x;
            default:
                return false;
        }
    }

    /** {@link #intHit}'s //, %, >> or (else) << {@code op}, where {@link #divShiftFits}. */
    private static long divShift(long x, long y, int op) {
        switch (op) {
            case 2:
                return Math.floorDiv(x, y);
            case 6:
                return Math.floorMod(x, y);
            case 9:
                return y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
            default:
                return x << y;
        }
    }

    private static PyObj arith(double x, double y, int op, CodeObject co, int at, PyObj a, PyObj b, int arg) {
        switch (op) {
            case 0: return new PyFloat(x + y);
            case 10: return new PyFloat(x - y);
            case 5: return new PyFloat(x * y);
            case 8: return PyFloat.pow(x, y);
            default:
                // Division by zero raises; the generic path has the message.
                return y != 0.0 ? new PyFloat(x / y) : Ops.binaryOp(a, b, arg);
        }
    }

    /** BINARY_OP_FLOAT's +, -, *, / (by non-zero) and ** (of a positive base) of two floats, for the eval loop's fast path; else null. */
    static PyObj floatHit(PyObj a, PyObj b, int arg) {
        // Two floats, or a float and an int that converts exactly (BINARY_OP_MIXED_FLOAT).
        boolean fa = isFloat(a);
        boolean fb = isFloat(b);
        if (!(fa ? fb || exactDouble(b) : fb && exactDouble(a))) {
            return null;
        }
        double x = fa ? ((PyFloat) a).value : ((PyInt) a).longValue();
        double y = fb ? ((PyFloat) b).value : ((PyInt) b).longValue();
        // One allocation for every operator: C2 inlines each constructor call anew, against the
        // fast path's budget for inlined bytecode.
        double z;
        switch (plain(arg)) {
            case 0:
                z = x + y;
                break;
            case 10:
                z = x - y;
                break;
            case 5:
                z = x * y;
                break;
            case 11:
                if (y == 0.0) {
                    return null;
                }
                z = x / y;
                break;
            case 8:
                return PyFloat.powOfPositive(x, y);
            default:
                return null;
        }
        return new PyFloat(z);
    }

    static PyObj floatOp(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        if (!isFloat(a) || !isFloat(b)) {
            return binaryMiss(co, at, a, b, arg);
        }
        return arith(((PyFloat) a).value, ((PyFloat) b).value, plain(arg), co, at, a, b, arg);
    }

    /** An int that converts to a double exactly (so mixed arithmetic matches CPython's rounding). */
    private static boolean exactDouble(PyObj o) {
        return isInt(o) && ((PyInt) o).fitsLong() && Math.abs(((PyInt) o).longValue()) <= (1L << 53);
    }

    static PyObj mixedOp(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        if (isFloat(a) && exactDouble(b)) {
            return arith(((PyFloat) a).value, ((PyInt) b).longValue(), plain(arg), co, at, a, b, arg);
        }
        if (exactDouble(a) && isFloat(b)) {
            return arith(((PyInt) a).longValue(), ((PyFloat) b).value, plain(arg), co, at, a, b, arg);
        }
        return binaryMiss(co, at, a, b, arg);
    }

    /** UNARY_NEGATIVE for the eval loop's fast path: {@code -v} of an exact int within a long or an exact float, else null. */
    static PyObj negativeHit(PyObj v) {
        if (isInt(v)) {
            PyInt i = (PyInt) v;
            return i.fitsLong() && i.longValue() != Long.MIN_VALUE ? PyInt.of(-i.longValue()) : null;
        }
        return v.getClass() == PyFloat.class ? PyFloat.of(-((PyFloat) v).value) : null;
    }

    static PyObj concat(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        PyObj v = concatHit(a, b);
        return v != null ? v : binaryMiss(co, at, a, b, arg);
    }

    /** BINARY_OP_ADD_UNICODE of two exact strs: their concatenation, else null. */
    static PyObj concatHit(PyObj a, PyObj b) {
        return isStr(a) && isStr(b) ? PyStr.concat((PyStr) a, (PyStr) b) : null;
    }

    // ---- BINARY_SUBSCR / STORE_SUBSCR -----------------------------------------------------------

    static void specializeSubscr(CodeObject co, int at, PyObj container, PyObj key) {
        Class<?> c = container.getClass();
        if (c == PyList.class && isInt(key)) {
            Specializer.rewrite(co, at, BINARY_SUBSCR_LIST_INT, null);
        } else if (c == PyTuple.class && isInt(key)) {
            Specializer.rewrite(co, at, BINARY_SUBSCR_TUPLE_INT, null);
        } else if (c == PyStr.class && isInt(key)) {
            Specializer.rewrite(co, at, BINARY_SUBSCR_STR_INT, null);
        } else if (c == PyDict.class) {
            Specializer.rewrite(co, at, BINARY_SUBSCR_DICT, null);
        } else if ((c == PyList.class || c == PyTuple.class || c == PyStr.class) && key.getClass() == PySlice.class) {
            Specializer.rewrite(co, at, BINARY_SUBSCR_SLICE, null);
        } else {
            Specializer.giveUp(co, at, container.type().name() + "[" + key.type().name() + "]");
        }
    }

    /** The index into a sequence of {@code size} items, or -1 when {@code key} is not an in-range exact int. */
    private static int index(PyObj key, int size) {
        if (!isInt(key) || !((PyInt) key).fitsLong()) {
            return -1;
        }
        long i = ((PyInt) key).longValue();
        if (i < 0) {
            i += size;
        }
        return i >= 0 && i < size ? (int) i : -1;
    }

    static PyObj listItem(PyObj container, PyObj key) {
        if (container.getClass() != PyList.class) {
            return null;
        }
        PyList l = (PyList) container;
        int i = index(key, l.size());
        return i >= 0 ? l.get(i) : null;
    }

    static PyObj tupleItem(PyObj container, PyObj key) {
        if (container.getClass() != PyTuple.class) {
            return null;
        }
        PyTuple t = (PyTuple) container;
        int i = index(key, t.size());
        return i >= 0 ? t.get(i) : null;
    }

    /** BINARY_SUBSCR_STR_INT, BINARY_SUBSCR_DICT or BINARY_SUBSCR_SLICE on the general path: the item, else null (a miss or an error the generic subscript raises). */
    static PyObj otherItemHit(int op, PyObj container, PyObj key) {
        if (op == BINARY_SUBSCR_SLICE) {
            return sliceHit(container, key);
        }
        if (op == BINARY_SUBSCR_DICT) {
            return container.getClass() == PyDict.class ? ((PyDict) container).getItem(key) : null;
        }
        if (container.getClass() != PyStr.class) {
            return null;
        }
        PyStr s = (PyStr) container;
        int i = index(key, s.length());
        return i >= 0 ? PyStr.ofCodePoint(s.codePointAt(i)) : null;
    }

    /** BINARY_SUBSCR_SLICE: an exact list, tuple or str sliced by a slice that raises nothing; else null (a miss or an error the general path raises). */
    static PyObj sliceHit(PyObj container, PyObj key) {
        if (key.getClass() != PySlice.class || !((PySlice) key).isSimple()) {
            return null;
        }
        Class<?> c = container.getClass();
        return c == PyList.class ? ((PyList) container).getSlice((PySlice) key)
                : c == PyTuple.class ? ((PyTuple) container).getSlice((PySlice) key)
                : c == PyStr.class ? PyStr.getSlice((PyStr) container, (PySlice) key) : null;
    }

    /**
     * STORE_SUBSCR_LIST_SLICE: {@code container[key] = value} for an exact list, a slice that
     * raises nothing with step 1, and an exact list or tuple; true when stored.
     */
    static boolean listSliceStoreHit(PyObj container, PyObj key, PyObj value) {
        if (container.getClass() != PyList.class || key.getClass() != PySlice.class) {
            return false;
        }
        PySlice s = (PySlice) key;
        Class<?> v = value.getClass();
        if (!s.isSimple() || (s.step != PyNone.NONE && ((PyInt) s.step).longValue() != 1) || (v != PyList.class && v != PyTuple.class)) {
            return false;
        }
        ((PyList) container).setSlice(s, value);
        return true;
    }

    /**
     * STORE_SUBSCR_LIST_SLICE for the eval loop's fast path: an exact list, a slice that raises
     * nothing with step 1 spanning as many items as the exact list or tuple stored has; true
     * when stored (resizing assignments take the general path).
     */
    static boolean listSliceReplaceHit(PyObj container, PyObj key, PyObj value) {
        return container.getClass() == PyList.class && key.getClass() == PySlice.class && ((PySlice) key).isSimple()
                && ((PyList) container).replaceSlice((PySlice) key, value);
    }

    /**
     * A specialized subscript did not apply. An index out of range or a missing key is not a
     * wrong guess about the operand types, so only other cases count as misses.
     */
    static PyObj subscrMiss(CodeObject co, int at, PyObj container, PyObj key) {
        int op = co.code[at] & 0xFF;
        boolean sameTypes = (op == BINARY_SUBSCR_DICT && container.getClass() == PyDict.class)
                || (op == BINARY_SUBSCR_LIST_INT && container.getClass() == PyList.class && isInt(key))
                || (op == BINARY_SUBSCR_TUPLE_INT && container.getClass() == PyTuple.class && isInt(key))
                || (op == BINARY_SUBSCR_STR_INT && container.getClass() == PyStr.class && isInt(key))
                || (op == BINARY_SUBSCR_SLICE && key.getClass() == PySlice.class
                    && (container.getClass() == PyList.class || container.getClass() == PyTuple.class || container.getClass() == PyStr.class));
        if (!sameTypes) {
            Specializer.miss(co, at);
        }
        return Abstract.getItem(container, key);
    }

    static void specializeStoreSubscr(CodeObject co, int at, PyObj container, PyObj key) {
        if (container.getClass() == PyList.class && isInt(key)) {
            Specializer.rewrite(co, at, STORE_SUBSCR_LIST_INT, null);
        } else if (container.getClass() == PyDict.class) {
            Specializer.rewrite(co, at, STORE_SUBSCR_DICT, null);
        } else if (container.getClass() == PyList.class && key.getClass() == PySlice.class) {
            Specializer.rewrite(co, at, STORE_SUBSCR_LIST_SLICE, null);
        } else {
            Specializer.giveUp(co, at, container.type().name() + "[" + key.type().name() + "] = ...");
        }
    }

    /** STORE_SUBSCR_LIST_INT into a list at an index in range, for the eval loop's fast path: true when stored. */
    static boolean listStoreHit(PyObj container, PyObj key, PyObj value) {
        if (container.getClass() != PyList.class) {
            return false;
        }
        PyList l = (PyList) container;
        int i = index(key, l.size());
        if (i < 0) {
            return false;
        }
        l.set(i, value);
        return true;
    }

    /**
     * STORE_SUBSCR_DICT replacing the value of a str or int key already in an exact dict, for the
     * eval loop's fast path; false when the general path must store it.
     */
    static boolean dictStoreHit(PyObj container, PyObj key, PyObj value) {
        return container.getClass() == PyDict.class && ((PyDict) container).fastReplace(key, value);
    }

    /** BINARY_SUBSCR_DICT of a str or int key in an exact dict, for the eval loop's fast path; null when the general path must look it up. */
    static PyObj dictItemHit(PyObj container, PyObj key) {
        return container.getClass() == PyDict.class ? ((PyDict) container).fastGet(key) : null;
    }

    /** Stores {@code container[key] = value} and returns true, or returns false when the guard fails. */
    static boolean storeSubscr(int op, PyObj container, PyObj key, PyObj value) {
        if (op == STORE_SUBSCR_DICT) {
            if (container.getClass() != PyDict.class) {
                return false;
            }
            ((PyDict) container).setItem(key, value);
            return true;
        }
        return op == STORE_SUBSCR_LIST_SLICE ? listSliceStoreHit(container, key, value) : listStoreHit(container, key, value);
    }

    // ---- COMPARE_OP -----------------------------------------------------------------------------

    static void specializeCompare(CodeObject co, int at, PyObj a, PyObj b) {
        int next = at + 1 < co.code.length ? co.code[at + 1] & 0xFF : -1;
        boolean jump = next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE;
        if (isInt(a) && isInt(b)) {
            Specializer.rewrite(co, at, jump ? COMPARE_OP_INT_JUMP : COMPARE_OP_INT, null);
        } else if (isFloat(a) && isFloat(b)) {
            Specializer.rewrite(co, at, jump ? COMPARE_OP_FLOAT_JUMP : COMPARE_OP_FLOAT, null);
        } else if (isStr(a) && isStr(b)) {
            Specializer.rewrite(co, at, jump ? COMPARE_OP_STR_JUMP : COMPARE_OP_STR, null);
        } else {
            Specializer.giveUp(co, at, "operands " + a.type().name() + ", " + b.type().name());
        }
    }

    /**
     * For each comparison (COMPARE_OP's argument: {@code < <= == != > >=}), one nibble (arg 0 the
     * lowest) saying which outcomes of a three-way comparison make it true: bit 0 for less, bit 1
     * for equal, bit 2 for greater. A constant rather than an array: no load in the eval loop.
     */
    private static final long OUTCOMES = 0x645231L;

    /** 1 when a three-way comparison's {@code sign} satisfies comparison {@code arg}, else 0. */
    static int outcome(int sign, int arg) {
        return (int) (OUTCOMES >>> (arg * 4 + Integer.signum(sign) + 1)) & 1;
    }

    /** A comparison of two ints (COMPARE_OP's argument selects which). */
    private static boolean intTest(PyInt a, PyInt b, int arg) {
        int sign = a.fitsLong() && b.fitsLong() ? Long.compare(a.longValue(), b.longValue()) : PyInt.compare(a, b);
        return outcome(sign, arg) != 0;
    }

    /** COMPARE_OP_INT(_JUMP) of two long-sized ints, for the eval loop's fast path: the outcome (0 or 1), else -1. */
    static int intCompareHit(PyObj a, PyObj b, int arg) {
        return isInt(a) && isInt(b) && ((PyInt) a).fitsLong() && ((PyInt) b).fitsLong()
                ? outcome(Long.compare(((PyInt) a).longValue(), ((PyInt) b).longValue()), arg) : -1;
    }

    /** COMPARE_OP_FLOAT(_JUMP) of two floats (NaNs as IEEE says): the outcome (0 or 1), else -1. */
    static int floatCompareHit(PyObj a, PyObj b, int arg) {
        return isFloat(a) && isFloat(b) ? floatCompare(((PyFloat) a).value, ((PyFloat) b).value, arg) : -1;
    }

    /** 1 or 0 for the comparison's result, or -1 when the operands are not the form's exact types. */
    static int typedCompare(int op, PyObj a, PyObj b, int arg) {
        switch (op) {
            case COMPARE_OP_INT:
            case COMPARE_OP_INT_JUMP:
                return isInt(a) && isInt(b) ? (intTest((PyInt) a, (PyInt) b, arg) ? 1 : 0) : -1;
            case COMPARE_OP_FLOAT:
            case COMPARE_OP_FLOAT_JUMP:
                return floatCompareHit(a, b, arg);
            default:
                if (!isStr(a) || !isStr(b)) {
                    return -1;
                }
                if (arg == 2 || arg == 3) {
                    return ((PyStr) a).value().equals(((PyStr) b).value()) == (arg == 2) ? 1 : 0;
                }
                return outcome(PyStr.compare((PyStr) a, (PyStr) b), arg);
        }
    }

    /** IEEE comparisons: every one is false with a NaN except {@code !=}. */
    private static int floatCompare(double x, double y, int arg) {
        boolean r;
        switch (arg) {
            case 0: r = x < y; break;
            case 1: r = x <= y; break;
            case 2: r = x == y; break;
            case 3: r = x != y; break;
            case 4: r = x > y; break;
            default: r = x >= y; break;
        }
        return r ? 1 : 0;
    }

    static PyObj compareMiss(CodeObject co, int at, PyObj a, PyObj b, int arg) {
        Specializer.miss(co, at);
        return Ops.compare(a, b, arg);
    }

    // ---- CONTAINS_OP ----------------------------------------------------------------------------

    static void specializeContains(CodeObject co, int at, PyObj item, PyObj container) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) {
            Specializer.rewrite(co, at, CONTAINS_OP_DICT, null);
        } else if (c == PySet.class || c == PyFrozenSet.class) {
            Specializer.rewrite(co, at, CONTAINS_OP_SET, null);
        } else if (c == PyStr.class && isStr(item)) {
            Specializer.rewrite(co, at, CONTAINS_OP_STR, null);
        } else {
            Specializer.giveUp(co, at, item.type().name() + " in " + container.type().name());
        }
    }

    /** {@code item in container} (before CONTAINS_OP's negation). */
    /**
     * CONTAINS_OP_DICT/SET of a str or int in an exact dict, set or frozenset, for the eval loop's
     * fast path: 1 or 0, or -1 when the general path must answer.
     */
    static int containsHit(int op, PyObj item, PyObj container) {
        Class<?> c = container.getClass();
        if (op == CONTAINS_OP_DICT) {
            return c == PyDict.class ? ((PyDict) container).fastContains(item) : -1;
        }
        return c == PySet.class || c == PyFrozenSet.class ? ((PySet) container).fastContains(item) : -1;
    }

    static boolean contains(CodeObject co, int at, int op, PyObj item, PyObj container) {
        Class<?> c = container.getClass();
        switch (op) {
            case CONTAINS_OP_DICT:
                if (c == PyDict.class) {
                    return ((PyDict) container).getItem(item) != null;
                }
                break;
            case CONTAINS_OP_SET:
                // A set operand is looked up as a frozenset by set.__contains__: leave it to the slot.
                if ((c == PySet.class || c == PyFrozenSet.class) && (!(item instanceof PySet) || item.getClass() == PyFrozenSet.class)) {
                    return ((PySet) container).contains(item);
                }
                break;
            default:
                if (c == PyStr.class && isStr(item)) {
                    return PyStr.contains((PyStr) container, (PyStr) item);
                }
                break;
        }
        Specializer.miss(co, at);
        return Abstract.contains(container, item);
    }
}
