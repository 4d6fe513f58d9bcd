package org.ember.interpreter;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.CodeObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyCell;
import org.ember.objects.PyEnumerate;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRange;
import org.ember.objects.PySeqIter;
import org.ember.objects.PySlice;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/**
 * The eval loop's fast path (see {@link FastPath}): the commonest instructions, and the
 * specialized forms whose guards hold, run from {@code pc} until an instruction needs more.
 *
 * <p>Why a method of its own: HotSpot compiles one method's locals into registers as a whole.
 * In a single eval loop the calls on the general paths (every one clobbers all registers) made
 * C2 keep pc, sp and the arrays in stack slots everywhere, and the more kinds of instruction a
 * program had run, the worse: the same {@code y = x} loop took 2.5 times as long after the go
 * benchmark had run as before it. Nothing here raises (anything that may stays on the general
 * path). The same held within the fast path once it had grown: the calls C2 left as calls
 * there (a helper past its inlining budget, a method compiled too big to inline) made it keep
 * the whole loop state in stack slots, so the fast path is two loops (session 15):
 * {@link #runSimple} calls nothing C2 does not inline and runs most instructions; {@link #run}
 * calls it and takes the rest, calls and returns among them. Python calls of plain
 * functions and their returns run here in place: the frame switched to is {@code ts.frame},
 * which {@link Interpreter}'s loop takes up when this returns. Too big for HotSpot to inline
 * into the loop (a test checks), it is compiled on its own. It stores {@code f.lasti} only for a
 * caller it leaves for a callee (nothing here raises), and counts no executions
 * ({@code cache-stats} runs everything on the general path).
 *
 * <p>Every value live across its instructions costs: it takes the thread state (read by calls
 * and returns only), the code object, the code, the registers, pc and sp, and not the frame (a
 * backward-jump counter kept in a local made go 10% slower; dropping the frame parameter
 * measured within noise). It does not look at the frame's globals: it runs only frames whose
 * globals are the ones of the code's global caches ({@link CodeObject#cacheGlobals}). A loop of
 * hot code never leaves it and relies on HotSpot's on-stack replacement; a host's deadline
 * checked between iterations must go on JUMP_BACKWARD here, at a cost to be measured then.
 *
 * <p>This class's bytecode runs as two classes (see {@link FastPath}): loaded normally, it runs
 * cold code and counts the turns of its loops ({@link CodeObject#warmUp}); defined again as a
 * hidden class, it runs hot code, and {@link #FOR_HOT_CODE} folds the counting away. Each
 * switches frames in place only to a frame of its own kind and leaves the rest to the loop.
 */
final class FastPathLoop implements FastPath {
    /**
     * Whether this class is the copy for hot code. In the hidden copy the class literal names the
     * hidden class itself, so the same bytecode reads true there and false in the class loaded
     * normally; C2 folds the constant.
     */
    private static final boolean FOR_HOT_CODE = FastPathLoop.class.isHidden();

    FastPathLoop() {}

    @Override
    public boolean forHotCode() {
        return FOR_HOT_CODE;
    }

    /**
     * Runs from {@code pc} until an instruction needs the general path; returns
     * {@code at << 32 | sp}, where {@code at} is that instruction, with nothing of it done yet.
     * The instructions of {@link #runSimple} run there; here the ones that call what C2 may not
     * inline: calls and returns, generators, containers, builtin methods.
     */
    @Override
    public long run(ThreadState ts, CodeObject co, int[] code, PyObj[] r, int pc, int sp) {
        while (true) {
            long state = runSimple(co, code, r, pc, sp);
            pc = (int) (state >>> 32);
            sp = (int) state;
            int word = code[pc++];
            int arg = word >>> 8;
            int op = word & 0xFF;
            switch (op) {
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE: {
                    // Not a bool (runSimple takes those): the truth of a builtin object.
                    int truth = Specializer.builtinTruth(r[sp - 1]);
                    if (truth < 0) {
                        break;
                    }
                    r[--sp] = null;
                    if ((truth != 0) == (op == POP_JUMP_IF_TRUE)) {
                        pc = arg;
                    }
                    continue;
                }
                case CALL_LEN: {
                    PyObj v = CallSpecializer.lenHit(r, sp);
                    if (v == null) {
                        break;
                    }
                    r[sp - 3] = v;
                    r[--sp] = null;
                    r[--sp] = null;
                    continue;
                }
                case STORE_SUBSCR_LIST_INT:
                case STORE_SUBSCR_DICT:
                case STORE_SUBSCR_LIST_SLICE:
                    if (!(op == STORE_SUBSCR_LIST_INT ? OperatorSpecializer.listStoreHit(r[sp - 2], r[sp - 1], r[sp - 3])
                            : op == STORE_SUBSCR_DICT ? OperatorSpecializer.dictStoreHit(r[sp - 2], r[sp - 1], r[sp - 3])
                            : OperatorSpecializer.listSliceReplaceHit(r[sp - 2], r[sp - 1], r[sp - 3]))) {
                        break;
                    }
                    sp -= 3;
                    r[sp] = r[sp + 1] = r[sp + 2] = null;
                    continue;
                case CONTAINS_OP_SET:
                case CONTAINS_OP_DICT: {
                    int t = OperatorSpecializer.containsHit(op, r[sp - 2], r[sp - 1]);
                    if (t < 0) {
                        break;
                    }
                    r[sp - 2] = PyBool.of((t != 0) ^ (arg != 0));
                    r[--sp] = null;
                    continue;
                }
                case GET_ITER: {
                    PyObj it = SequenceSpecializer.iterHit(r[sp - 1]);
                    if (it == null) {
                        break;
                    }
                    r[sp - 1] = it;
                    continue;
                }
                case BUILD_SET: {
                    // {a, b}: go's groups, a set literal per call.
                    int to = Ops.buildSetHit(r, sp, arg);
                    if (to < 0) {
                        break;
                    }
                    sp = to;
                    continue;
                }
                case MAKE_CELL:
                    r[arg] = Interpreter.newCell(co, r, arg);
                    continue;
                case COPY_FREE_VARS:
                    Interpreter.copyFreeVars(ts.frame, arg);
                    continue;
                case LIST_APPEND:
                    // The list a comprehension builds (always an exact list).
                    ((PyList) r[sp - 1 - arg]).append(r[sp - 1]);
                    r[--sp] = null;
                    continue;
                case BUILD_TUPLE:
                    sp = Ops.buildTuple(r, sp, arg);
                    continue;
                case BUILD_LIST:
                    sp = Ops.buildList(r, sp, arg);
                    continue;
                case UNPACK_SEQUENCE_TUPLE:
                case UNPACK_SEQUENCE_LIST: {
                    int to = SequenceSpecializer.unpackHit(op, r, sp, arg);
                    if (to < 0) {
                        break;
                    }
                    sp = to;
                    continue;
                }
                case CALL_BUILTIN_CLASS: {
                    PyObj v = CallSpecializer.builtinClassHit(co.caches[pc - 1], r, sp, arg);
                    if (v == null) {
                        break;
                    }
                    for (int i = arg; i > 0; i--) {
                        r[--sp] = null;
                    }
                    r[--sp] = null;
                    r[sp - 1] = v;
                    continue;
                }
                case BINARY_OP_PY:
                case CALL_ALLOC_AND_INIT:
                case CALL_PY_EXACT_ARGS: {
                    // A Python call, an operator defined in Python or a class's __init__: the
                    // callee's frame runs in place.
                    if (op == CALL_PY_EXACT_ARGS) {
                        PyObj done = CallSpecializer.framelessHit(ts, r, sp, arg);
                        if (done != null) {
                            // A getter, `pass` or a constant: its result, with no frame.
                            for (int i = arg; i >= 0; i--) {
                                r[--sp] = null;
                            }
                            r[sp - 1] = done;
                            continue;
                        }
                    }
                    PyFunction fn = CallSpecializer.calleeHit(op, ts, co.caches[pc - 1], r, sp, arg);
                    if (fn == null) {
                        int to = op == CALL_PY_EXACT_ARGS ? CallSpecializer.newGeneratorHit(r, sp, arg) : -1;
                        if (to < 0) {
                            break;
                        }
                        sp = to;
                        continue;
                    }
                    if (op == CALL_ALLOC_AND_INIT) {
                        // The new instance replaces the class: __init__'s self, the call's result.
                        r[sp - arg - 1] = ((PyType) r[sp - arg - 1]).newInstance();
                    }
                    Frame callee = CallSpecializer.enterFrame(op, ts, fn, r, sp, arg, pc);
                    co = callee.code;
                    code = co.code;
                    r = callee.regs;
                    pc = 0;
                    sp = callee.sp;
                    if (!runsHere(callee)) {
                        return sp;
                    }
                    continue;
                }
                case CALL_METHOD_DESCR:
                    // list.append, list.pop(), set.add and set.discard: other builtin methods are
                    // calls HotSpot cannot inline here. And generator.send, which resumes the
                    // generator as SEND does, in the case below.
                    if (arg == 0) {
                        PyObj v = CallSpecializer.listPopHit(co.caches[pc - 1], r, sp);
                        if (v == null) {
                            break;
                        }
                        r[sp - 2] = v;
                        r[--sp] = null;
                        continue;
                    }
                    if (arg == 1 && (CallSpecializer.listAppendHit(co.caches[pc - 1], r, sp)
                            || CallSpecializer.setMethodHit(co.caches[pc - 1], r, sp))) {
                        r[sp - 3] = PyNone.NONE;
                        r[--sp] = null;
                        r[--sp] = null;
                        continue;
                    }
                    if (arg != 1 || co.caches[pc - 1] != PyGenerator.SEND_METHOD) {
                        break;
                    }
                    // fall through: generator.send(v)
                case FOR_ITER_GEN:
                case SEND: {
                    // A generator resumed in place: on its next yield or return it switches back
                    // (YIELD_VALUE, RETURN_VALUE here).
                    Frame g = op == CALL_METHOD_DESCR ? PyGenerator.sendHit(ts, r, sp, pc)
                            : PyGenerator.resumeHit(ts, r, sp, pc, op == SEND);
                    if (g == null) {
                        break;
                    }
                    co = g.code;
                    code = co.code;
                    r = g.regs;
                    pc = g.pc;
                    sp = g.sp;
                    if (!runsHere(g)) {
                        return (long) pc << 32 | sp;
                    }
                    continue;
                }
                case YIELD_VALUE: {
                    Frame caller = PyGenerator.yieldHit(ts, r, sp, pc);
                    if (caller == null) {
                        break;
                    }
                    co = caller.code;
                    code = co.code;
                    r = caller.regs;
                    pc = caller.pc;
                    sp = caller.sp;
                    if (!runsHere(caller)) {
                        return (long) pc << 32 | sp;
                    }
                    continue;
                }
                case GET_YIELD_FROM_ITER:
                    // A generator is its own iterator; anything else on the general path.
                    if (r[sp - 1].getClass() != PyGenerator.class) {
                        break;
                    }
                    continue;
                case RETURN_VALUE:
                case RETURN_CONST: {
                    Frame f = ts.frame;
                    Frame caller = CallSpecializer.returnHit(ts, f, op == RETURN_VALUE ? r[sp - 1] : co.consts[arg]);
                    if (caller == null) {
                        break;
                    }
                    if (op == RETURN_VALUE) {
                        r[--sp] = null;
                    }
                    // Its line stays readable (a frame kept by sys._getframe); pc and sp of a
                    // finished frame that is no generator's are never read again.
                    f.lasti = pc - 1;
                    co = caller.code;
                    code = co.code;
                    r = caller.regs;
                    pc = caller.pc;
                    sp = caller.sp;
                    if (!runsHere(caller)) {
                        return (long) pc << 32 | sp;
                    }
                    continue;
                }                default:
                    break;
            }
            // Every case that cannot run the instruction here breaks out of the switch.
            return (long) (pc - 1) << 32 | sp;
        }
    }

    /**
     * The instructions that call nothing C2 does not inline (locals, constants, jumps, attribute
     * and global caches, int and float operators, subscripts, comparisons, range and list
     * iteration): runs them from {@code pc} until another instruction comes, and returns
     * {@code at << 32 | sp}, where {@code at} is that instruction, with nothing of it done yet.
     *
     * <p>Why a method of its own, which {@link #run} calls: a call that C2 leaves as a call
     * clobbers every register, and C2 then keeps a loop's state (pc, sp, the arrays) in stack
     * slots. With calls, returns, containers and builtin methods in one loop, C2's code for go
     * loaded pc and sp from the stack and stored them back at every instruction, and computed
     * and spilled a dozen values (sp - 1, sp - 2, sp - arg, ...) before the switch. This loop has
     * no call left in it, and its own budget for inlining.
     */
    private static long runSimple(CodeObject co, int[] code, PyObj[] r, int pc, int sp) {
        while (true) {
            int word = code[pc++];
            int arg = word >>> 8;
            int op = word & 0xFF;
            if (op == LOAD_FAST) {
                PyObj v = r[arg];
                if (v == null) {
                    return (long) (pc - 1) << 32 | sp;
                }
                r[sp++] = v;
                continue;
            }
            if (op == STORE_FAST) {
                r[arg] = r[--sp];
                r[sp] = null;
                continue;
            }
            if (op == LOAD_CONST) {
                r[sp++] = co.consts[arg];
                continue;
            }
            switch (op) {
                case POP_TOP:
                    r[--sp] = null;
                    continue;
                case PUSH_NULL:
                    r[sp++] = null;
                    continue;
                case JUMP_FORWARD:
                    pc = arg;
                    continue;
                case JUMP_BACKWARD:
                    // Cold code counts its loops' turns; the copy for hot code compiles no test.
                    if (!FOR_HOT_CODE && co.warmUp()) {
                        break;
                    }
                    pc = arg;
                    continue;
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE: {
                    // Bools here; the truth of other builtin objects in run.
                    PyObj v = r[sp - 1];
                    if (v != PyBool.TRUE && v != PyBool.FALSE) {
                        break;
                    }
                    r[--sp] = null;
                    if ((v == PyBool.TRUE) == (op == POP_JUMP_IF_TRUE)) {
                        pc = arg;
                    }
                    continue;
                }
                case POP_JUMP_IF_NONE:
                case POP_JUMP_IF_NOT_NONE: {
                    PyObj v = r[--sp];
                    r[sp] = null;
                    if ((v == PyNone.NONE) == (op == POP_JUMP_IF_NONE)) {
                        pc = arg;
                    }
                    continue;
                }
                case IS_OP:
                    r[sp - 2] = PyBool.of((r[sp - 2] == r[sp - 1]) ^ (arg != 0));
                    r[--sp] = null;
                    continue;
                case LOAD_GLOBAL_CACHED: {
                    PyObj v = Specializer.globalHit(co.caches[pc - 1]);
                    if (v == null) {
                        break;
                    }
                    if ((arg & 1) != 0) {
                        r[sp++] = null;
                    }
                    r[sp++] = v;
                    continue;
                }
                case LOAD_FAST_ATTR: {
                    // The local and, when an attribute or method load follows, that load (below).
                    PyObj v = r[arg];
                    if (v == null) {
                        break;
                    }
                    r[sp++] = v;
                    op = code[pc] & 0xFF;
                    if (op != LOAD_ATTR_INSTANCE_VALUE && op != LOAD_ATTR_POLY && op != LOAD_ATTR_SLOT
                            && op != LOAD_METHOD_CACHED && op != LOAD_METHOD_POLY) {
                        continue;
                    }
                    pc++;
                }
                // fall through: one call site per cache lookup (C2 inlines each site anew)
                case LOAD_ATTR_INSTANCE_VALUE:
                case LOAD_ATTR_POLY:
                case LOAD_ATTR_SLOT:
                case LOAD_METHOD_CACHED:
                case LOAD_METHOD_POLY: {
                    PyObj v = r[sp - 1];
                    if (op == LOAD_METHOD_CACHED || op == LOAD_METHOD_POLY) {
                        PyObj d = Specializer.methodHitOf(co.caches[pc - 1], v);
                        if (d == null) {
                            break;
                        }
                        r[sp - 1] = d;
                        r[sp++] = v;
                    } else {
                        PyObj a = Specializer.attrHit(op, co.caches[pc - 1], v);
                        if (a == null) {
                            break;
                        }
                        r[sp - 1] = a;
                    }
                    continue;
                }
                case STORE_ATTR_INSTANCE_VALUE:
                case STORE_ATTR_ADD:
                case STORE_ATTR_POLY:
                case STORE_ATTR_SLOT: {
                    if (!Specializer.storeAttrHit(op, co.caches[pc - 1], r[sp - 1], r[sp - 2])) {
                        break;
                    }
                    r[--sp] = null;
                    r[--sp] = null;
                    continue;
                }
                case FOR_ITER_RANGE:
                case FOR_ITER_LIST:
                case FOR_ITER_TUPLE:
                case FOR_ITER_ENUMERATE: {
                    PyObj it = r[sp - 1];
                    PyObj v;
                    if (op == FOR_ITER_RANGE && it.getClass() == PyRange.RangeIter.class) {
                        v = ((PyRange.RangeIter) it).nextItem();
                    } else if (op == FOR_ITER_LIST && it.getClass() == PySeqIter.ListIter.class) {
                        v = ((PySeqIter.ListIter) it).nextItem();
                    } else if (op == FOR_ITER_TUPLE && it.getClass() == PySeqIter.ArrayIter.class) {
                        v = ((PySeqIter.ArrayIter) it).nextItem();
                    } else if (op == FOR_ITER_ENUMERATE && it.getClass() == PyEnumerate.class) {
                        v = ((PyEnumerate) it).nextInline();
                        if (v == it) {
                            break;
                        }
                    } else {
                        break;
                    }
                    if (v == null) {
                        r[--sp] = null;
                        pc = arg;
                    } else {
                        r[sp++] = v;
                    }
                    continue;
                }
                case COPY:
                    r[sp] = r[sp - arg];
                    sp++;
                    continue;
                case SWAP: {
                    PyObj t = r[sp - 1];
                    r[sp - 1] = r[sp - arg];
                    r[sp - arg] = t;
                    continue;
                }
                case LOAD_DEREF: {
                    PyObj v = ((PyCell) r[arg]).value;
                    if (v == null) {
                        break;
                    }
                    r[sp++] = v;
                    continue;
                }
                case STORE_DEREF:
                    ((PyCell) r[arg]).value = r[--sp];
                    r[sp] = null;
                    continue;
                case BUILD_SLICE:
                    // Only allocates: the bounds are checked where the slice is used.
                    if (arg == 2) {
                        r[sp - 2] = new PySlice(r[sp - 2], r[sp - 1], PyNone.NONE);
                    } else {
                        r[sp - 3] = new PySlice(r[sp - 3], r[sp - 2], r[sp - 1]);
                        r[--sp] = null;
                    }
                    r[--sp] = null;
                    continue;
                case UNARY_NEGATIVE: {
                    PyObj v = OperatorSpecializer.negativeHit(r[sp - 1]);
                    if (v == null) {
                        break;
                    }
                    r[sp - 1] = v;
                    continue;
                }
                case UNARY_NOT: {
                    PyObj v = r[sp - 1];
                    if (v != PyBool.TRUE && v != PyBool.FALSE) {
                        break;
                    }
                    r[sp - 1] = v == PyBool.TRUE ? PyBool.FALSE : PyBool.TRUE;
                    continue;
                }
                case JUMP_IF_FALSE_OR_POP:
                case JUMP_IF_TRUE_OR_POP: {
                    PyObj v = r[sp - 1];
                    if (v != PyBool.TRUE && v != PyBool.FALSE) {
                        break;
                    }
                    if ((v == PyBool.TRUE) == (op == JUMP_IF_TRUE_OR_POP)) {
                        pc = arg;
                    } else {
                        r[--sp] = null;
                    }
                    continue;
                }
                case BINARY_OP_INT:
                case BINARY_OP_ADD_INT:
                case BINARY_OP_SUBTRACT_INT:
                case BINARY_OP_FLOAT:
                case BINARY_OP_MIXED_FLOAT:
                case BINARY_SUBSCR_LIST_INT:
                case BINARY_SUBSCR_TUPLE_INT:
                case BINARY_SUBSCR_DICT:
                case BINARY_SUBSCR_STR_INT:
                case BINARY_SUBSCR_SLICE:
                case BINARY_OP_ADD_UNICODE: {
                    PyObj a = r[sp - 2];
                    PyObj b = r[sp - 1];
                    // The int forms' argument is the operator (intHit does + and - too).
                    PyObj v = op == BINARY_OP_INT || op == BINARY_OP_ADD_INT || op == BINARY_OP_SUBTRACT_INT ? OperatorSpecializer.intHit(a, b, arg)
                            : op == BINARY_OP_FLOAT || op == BINARY_OP_MIXED_FLOAT ? OperatorSpecializer.floatHit(a, b, arg)
                            : op == BINARY_SUBSCR_LIST_INT ? OperatorSpecializer.listItem(a, b)
                            : op == BINARY_SUBSCR_TUPLE_INT ? OperatorSpecializer.tupleItem(a, b)
                            : op == BINARY_SUBSCR_DICT ? OperatorSpecializer.dictItemHit(a, b)
                            : op == BINARY_OP_ADD_UNICODE ? OperatorSpecializer.concatHit(a, b)
                            : OperatorSpecializer.otherItemHit(op, a, b);
                    if (v == null) {
                        break;
                    }
                    r[sp - 2] = v;
                    r[--sp] = null;
                    continue;
                }

                case COMPARE_OP_INT:
                case COMPARE_OP_INT_JUMP:
                case COMPARE_OP_FLOAT_JUMP: {
                    int t = op == COMPARE_OP_FLOAT_JUMP ? OperatorSpecializer.floatCompareHit(r[sp - 2], r[sp - 1], arg)
                            : OperatorSpecializer.intCompareHit(r[sp - 2], r[sp - 1], arg);
                    if (t < 0) {
                        break;
                    }
                    if (op == COMPARE_OP_INT) {
                        r[sp - 2] = PyBool.of(t != 0);
                        r[--sp] = null;
                        continue;
                    }
                    // Also executes the POP_JUMP_IF_FALSE/TRUE that follows, without making a bool.
                    r[--sp] = null;
                    r[--sp] = null;
                    int jump = code[pc++];
                    if ((t != 0) == ((jump & 0xFF) == POP_JUMP_IF_TRUE)) {
                        pc = jump >>> 8;
                    }
                    continue;
                }
                case NOP:
                    continue;
                case LOAD_CLOSURE:
                    r[sp++] = r[arg];
                    continue;
                case LOAD_ATTR_TYPE:
                case LOAD_METHOD_TYPE: {
                    // A class's own attribute (Class.attr, Class.method(...)).
                    PyObj v = Specializer.typeAttrHit(co.caches[pc - 1], r[sp - 1]);
                    if (v == null) {
                        break;
                    }
                    if (op == LOAD_ATTR_TYPE) {
                        r[sp - 1] = v;
                    } else {
                        r[sp - 1] = null;
                        r[sp++] = v;
                    }
                    continue;
                }
                case UNPACK_SEQUENCE_TWO_TUPLE: {
                    PyObj seq = r[sp - 1];
                    if (seq.getClass() != PyTuple.class || ((PyTuple) seq).size() != 2) {
                        break;
                    }
                    r[sp - 1] = ((PyTuple) seq).get(1);
                    r[sp++] = ((PyTuple) seq).get(0);
                    continue;
                }
                default:
                    break;
            }
            // Every case that cannot run the instruction here breaks out of the switch: one exit
            // keeps the method's bytecode, which C2 counts against its inlining budget, small.
            return (long) (pc - 1) << 32 | sp;
        }
    }


    /**
     * Whether this copy switches to frame {@code f} in place: the fast path may run it
     * ({@link Interpreter#runsFast}) and its code is of this copy's kind.
     */
    private static boolean runsHere(Frame f) {
        return f.code.hot == FOR_HOT_CODE && Interpreter.runsFast(f);
    }
}
