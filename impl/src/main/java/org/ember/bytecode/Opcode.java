package org.ember.bytecode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Every instruction of Ember's bytecode, declared once. Names are CPython 3.11's {@code dis}
 * names and the stack effects follow 3.11 unless a comment says otherwise. An instruction is one
 * {@code int} word: the opcode in the low 8 bits, the argument in the high 24 bits (so there is
 * no EXTENDED_ARG). Jump arguments are absolute instruction indexes. After an instruction come
 * {@link #cacheSize} cache words (inline caches; zero for now).
 *
 * <p>Constants are ints rather than an enum so the eval loop's {@code switch} compiles to a
 * {@code tableswitch} with no ordinal indirection; {@link #name(int)} recovers the names once per
 * JVM by reflection. Adding an opcode: add the constant here, its handler in the eval loop, its
 * emitter in the codegen, and (later) its JIT emitter.
 *
 * <p>Stack diagrams read {@code before -- after}, top of stack rightmost.
 */
public final class Opcode {
    private Opcode() {}

    // ---- generic instructions outside the switch of the eval loop's fast path (FastPathLoop) ----
    // (It tests LOAD_FAST, STORE_FAST and LOAD_CONST before its switch.)
    /** {@code -- consts[arg]}. */
    public static final int LOAD_CONST = 0;
    /** {@code -- locals[arg]}; UnboundLocalError when unset. */
    public static final int LOAD_FAST = 1;
    /** {@code v --}: locals[arg] = v. */
    public static final int STORE_FAST = 2;
    public static final int DELETE_FAST = 3;
    /** {@code -- v}: locals mapping, then globals, then builtins (module and class bodies). */
    public static final int LOAD_NAME = 4;
    public static final int STORE_NAME = 5;
    public static final int DELETE_NAME = 6;
    /** {@code -- [NULL] v}: arg = namei << 1 | pushNull; globals then builtins. */
    public static final int LOAD_GLOBAL = 7;
    public static final int STORE_GLOBAL = 8;
    public static final int DELETE_GLOBAL = 9;
    public static final int DELETE_DEREF = 10;
    /** {@code -- v}: class bodies: the locals mapping first, then the cell localsplus[arg]. */
    public static final int LOAD_CLASSDEREF = 11;
    /** {@code obj -- attr}, name = names[arg]. */
    public static final int LOAD_ATTR = 12;
    /** {@code value obj --}. */
    public static final int STORE_ATTR = 13;
    /** {@code obj --}. */
    public static final int DELETE_ATTR = 14;
    /**
     * {@code obj -- meth self} when names[arg] is a plain method found on the type (no bound
     * method is made), else {@code obj -- NULL attr}. Feeds {@link #CALL}.
     */
    public static final int LOAD_METHOD = 15;
    /** {@code container sub -- container[sub]}. */
    public static final int BINARY_SUBSCR = 16;
    /** {@code v container sub --}: container[sub] = v. */
    public static final int STORE_SUBSCR = 17;
    /** {@code container sub --}. */
    public static final int DELETE_SUBSCR = 18;
    /** {@code a b -- a op b}: arg is a {@code BinOp} ordinal, plus 13 for the in-place form. */
    public static final int BINARY_OP = 19;
    public static final int UNARY_POSITIVE = 20;
    public static final int UNARY_INVERT = 21;
    /** {@code a b -- a op b}: arg is a {@code CompareOp} ordinal. */
    public static final int COMPARE_OP = 22;
    /** {@code a b -- a in b} (arg 1: not in). */
    public static final int CONTAINS_OP = 23;
    /** {@code k1 v1 ... kn vn -- dict}. */
    public static final int BUILD_MAP = 24;
    /** {@code v1 ... vn keys_tuple -- dict}. */
    public static final int BUILD_CONST_KEY_MAP = 25;
    /** {@code s1 ... sn -- s1+...+sn} (strs). */
    public static final int BUILD_STRING = 26;
    public static final int SET_ADD = 27;
    /** {@code ... dict ... k v -- ... dict ...}: dict at stack[-arg] after popping k, v. */
    public static final int MAP_ADD = 28;
    /** {@code ... list ... iterable -- ... list ...}. */
    public static final int LIST_EXTEND = 29;
    public static final int SET_UPDATE = 30;
    /** {@code ... dict ... mapping -- ... dict ...}. */
    public static final int DICT_UPDATE = 31;
    /** As DICT_UPDATE for {@code **} in calls: duplicate keys raise TypeError naming the callee at stack[-arg-2]. */
    public static final int DICT_MERGE = 32;
    /** {@code list -- tuple}. */
    public static final int LIST_TO_TUPLE = 33;
    /**
     * {@code value [spec] -- str}: arg & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii);
     * arg & 4 means a format spec is on the stack.
     */
    public static final int FORMAT_VALUE = 34;
    /** {@code iter -- iter next}, or when exhausted {@code iter --} and jump to arg. */
    public static final int FOR_ITER = 35;
    /** {@code saved_exc --}: restores the handled exception saved by PUSH_EXC_INFO. */
    public static final int POP_EXCEPT = 36;
    /** {@code exc -- saved_exc exc}: makes exc the handled exception (sys.exc_info()). */
    public static final int PUSH_EXC_INFO = 37;
    /** {@code exc type -- exc bool}: isinstance match for {@code except type:}. */
    public static final int CHECK_EXC_MATCH = 38;
    /** {@code exc --}: re-raises exc; arg 1: pop a lasti below exc first (ignored, kept for 3.11 shape). */
    public static final int RERAISE = 39;
    /** {@code [exc [cause]] --}: arg 0 re-raises the handled exception. */
    public static final int RAISE_VARARGS = 40;
    /** {@code -- AssertionError}. */
    public static final int LOAD_ASSERTION_ERROR = 41;
    /** {@code mgr -- exit enter_result}: exit is {@code mgr.__exit__} bound. */
    public static final int BEFORE_WITH = 42;
    /** {@code exit lasti saved_exc exc -- exit lasti saved_exc exc result}: calls exit(type, exc, tb). */
    public static final int WITH_EXCEPT_START = 43;
    /** {@code seq -- v_n ... v_1} (v_1 on top); arg n. */
    public static final int UNPACK_SEQUENCE = 44;
    /** {@code seq -- ...}: arg = before | after << 8, with a list for the starred part. */
    public static final int UNPACK_EX = 45;
    /** {@code level fromlist -- module}: {@code __import__(names[arg], globals, None, fromlist, level)}. */
    public static final int IMPORT_NAME = 46;
    /** {@code module -- module attr}: attr names[arg], falling back to sys.modules['pkg.attr']. */
    public static final int IMPORT_FROM = 47;
    /** {@code module --}: {@code from module import *} into the locals mapping. */
    public static final int IMPORT_STAR = 48;
    /** {@code -- __build_class__}. */
    public static final int LOAD_BUILD_CLASS = 49;
    /** Creates {@code __annotations__} in the locals mapping if missing. */
    public static final int SETUP_ANNOTATIONS = 50;
    /** {@code v --}: interactive mode: sys.displayhook(v). */
    public static final int PRINT_EXPR = 51;
    /** {@code kwnames_tuple} = consts[arg] for the next CALL. */
    public static final int KW_NAMES = 52;
    /**
     * {@code NULL|meth callable|self arg1 ... argN -- result}, arg N counts positional and keyword
     * arguments (the last len(kwnames) are keywords, named by the preceding KW_NAMES).
     */
    public static final int CALL = 53;
    /** {@code NULL callable args_tuple [kwargs_dict] -- result}; arg & 1: kwargs present. */
    public static final int CALL_FUNCTION_EX = 54;
    /**
     * {@code [defaults] [kwdefaults] [annotations] [closure] code -- function}, present per arg
     * bits 0x01, 0x02, 0x04, 0x08 (in that stack order, code on top).
     */
    public static final int MAKE_FUNCTION = 55;
    /** {@code obj -- obj len(obj)}. */
    public static final int GET_LEN = 56;
    /** {@code subject -- subject bool}. */
    public static final int MATCH_MAPPING = 57;
    public static final int MATCH_SEQUENCE = 58;
    /** {@code subject keys -- subject keys values_or_None}. */
    public static final int MATCH_KEYS = 59;
    /** {@code subject cls kwnames -- attrs_tuple_or_None}, arg = positional count. */
    public static final int MATCH_CLASS = 60;
    /** {@code obj -- awaitable_iterator}. */
    public static final int GET_AWAITABLE = 61;
    public static final int GET_AITER = 62;
    public static final int GET_ANEXT = 63;
    public static final int END_ASYNC_FOR = 64;
    public static final int BEFORE_ASYNC_WITH = 65;
    /** {@code exc_group type -- rest match}: for {@code except*}. */
    public static final int CHECK_EG_MATCH = 66;
    /** {@code orig list -- exc_or_None}: combines the raised/unhandled parts after {@code except*}. */
    public static final int PREP_RERAISE_STAR = 67;

    // ---- generic instructions the fast path runs (or may) --------------------------------------
    // Numbered after the others and before the specialized forms, which the fast path runs too:
    // its switch then spans only these two groups, and its table is bytecode, which C2 counts
    // against the fast path's budget for inlined code (docs/internals/interpreter.md).
    /** {@code items(n) -- set}. */
    public static final int BUILD_SET = 68;
    public static final int NOP = 69;
    /** {@code v --}. */
    public static final int POP_TOP = 70;
    /** {@code -- NULL}: the marker below a callable for {@link #CALL}. */
    public static final int PUSH_NULL = 71;
    /** {@code ... v -- ... v v} where arg n (1 = top) selects which item to copy. */
    public static final int COPY = 72;
    /** Swaps top of stack with the n-th item (arg n >= 2). */
    public static final int SWAP = 73;
    /** {@code -- v}: the content of the cell at localsplus[arg]. */
    public static final int LOAD_DEREF = 74;
    public static final int STORE_DEREF = 75;
    /** {@code -- cell}: the cell object at localsplus[arg] itself (to build closures). */
    public static final int LOAD_CLOSURE = 76;
    public static final int UNARY_NEGATIVE = 77;
    public static final int UNARY_NOT = 78;
    /** {@code a b -- a is b} (arg 1: is not). */
    public static final int IS_OP = 79;
    /** {@code items(n) -- tuple}. */
    public static final int BUILD_TUPLE = 80;
    public static final int BUILD_LIST = 81;
    /** {@code start stop [step] -- slice} (arg 2 or 3). */
    public static final int BUILD_SLICE = 82;
    /** {@code ... list ... v -- ... list ...}: list at stack[-arg] (counted after popping v). */
    public static final int LIST_APPEND = 83;
    /** Jumps to arg. */
    public static final int JUMP_FORWARD = 84;
    /** Jumps to arg (a loop's back edge: counts toward the JIT threshold and checks deadlines). */
    public static final int JUMP_BACKWARD = 85;
    /** {@code v --}: jumps to arg if v is false. */
    public static final int POP_JUMP_IF_FALSE = 86;
    public static final int POP_JUMP_IF_TRUE = 87;
    public static final int POP_JUMP_IF_NONE = 88;
    public static final int POP_JUMP_IF_NOT_NONE = 89;
    /** {@code v -- v} and jump to arg if v is false, else {@code v --}. */
    public static final int JUMP_IF_FALSE_OR_POP = 90;
    public static final int JUMP_IF_TRUE_OR_POP = 91;
    /** {@code iterable -- iterator}. */
    public static final int GET_ITER = 92;
    /** {@code iterable -- iterator} for {@code yield from} (generators pass through). */
    public static final int GET_YIELD_FROM_ITER = 93;
    /**
     * {@code receiver value -- receiver yielded}: sends value into receiver; when receiver
     * returns instead, {@code receiver value -- retval} and jump to arg.
     */
    public static final int SEND = 94;
    /** {@code v -- sent}: suspends the generator, giving v; resumes with the sent value. */
    public static final int YIELD_VALUE = 95;
    /** {@code v --}: returns v from the frame. */
    public static final int RETURN_VALUE = 96;
    /** {@code v --}: generator return at the end of a body, as RETURN_VALUE (kept distinct for the JIT). */
    public static final int RETURN_CONST = 97;
    /**
     * A function's prologue (CPython 3.11's): makes the cell localsplus[arg] for a variable an
     * inner function captures, holding the parameter's value when the variable is a parameter
     * ({@code CodeObject.cell2arg}). The callee makes its cells, not the caller's frame making,
     * which then stays small enough for C2 to inline into the fast path's call.
     */
    public static final int MAKE_CELL = 98;
    /** A closure's prologue: copies the arg free-variable cells of the function's closure into its frame. */
    public static final int COPY_FREE_VARS = 99;

    // ---- specialized forms (rewritten in place by the interpreter's Specializer) -----------------
    // Each is guarded; a failed guard runs the generic instruction. Family: the generic name.

    /** LOAD_GLOBAL family: globals/builtins entry cached under both dicts' keys versions. */
    public static final int LOAD_GLOBAL_CACHED = 100;
    /** LOAD_ATTR family: instance attribute at a shape slot, guarded by type version and shape. */
    public static final int LOAD_ATTR_INSTANCE_VALUE = 101;
    /** LOAD_ATTR family: attribute found on the class (guarded by type version and instance shape). */
    public static final int LOAD_ATTR_CLASS = 102;
    /** LOAD_METHOD family: a plain method found on the class, pushed unbound with self. */
    public static final int LOAD_METHOD_CACHED = 103;
    /** STORE_ATTR family: existing instance attribute at a shape slot. */
    public static final int STORE_ATTR_INSTANCE_VALUE = 104;
    /** STORE_ATTR family: adds an instance attribute by a cached shape transition. */
    public static final int STORE_ATTR_ADD = 105;
    /** LOAD_ATTR family: up to four receiver layouts, each an instance slot or a class attribute. */
    public static final int LOAD_ATTR_POLY = 106;
    /** LOAD_METHOD family: up to four receiver layouts, each with its method. */
    public static final int LOAD_METHOD_POLY = 107;
    /** BINARY_OP family: {@code +} on two exact ints (overflow goes to a big int). */
    public static final int BINARY_OP_ADD_INT = 108;
    /** BINARY_OP family: {@code -} on two exact ints. */
    public static final int BINARY_OP_SUBTRACT_INT = 109;
    /** BINARY_OP family: another int operator ({@code * // % << >> & | ^}) on two exact ints. */
    public static final int BINARY_OP_INT = 110;
    /** BINARY_OP family: {@code + - * /} on two exact floats. */
    public static final int BINARY_OP_FLOAT = 111;
    /** BINARY_OP family: {@code + - * /} on an exact int and an exact float, either order. */
    public static final int BINARY_OP_MIXED_FLOAT = 112;
    /** BINARY_OP family: concatenation of two exact strs. */
    public static final int BINARY_OP_ADD_UNICODE = 113;
    /** BINARY_SUBSCR family: an exact list indexed by an in-range int. */
    public static final int BINARY_SUBSCR_LIST_INT = 114;
    /** BINARY_SUBSCR family: an exact tuple indexed by an in-range int. */
    public static final int BINARY_SUBSCR_TUPLE_INT = 115;
    /** BINARY_SUBSCR family: an exact str indexed by an in-range int. */
    public static final int BINARY_SUBSCR_STR_INT = 116;
    /** BINARY_SUBSCR family: an exact dict with the key present. */
    public static final int BINARY_SUBSCR_DICT = 117;
    /** STORE_SUBSCR family: an exact list at an in-range int index. */
    public static final int STORE_SUBSCR_LIST_INT = 118;
    /** STORE_SUBSCR family: an exact dict. */
    public static final int STORE_SUBSCR_DICT = 119;
    /** COMPARE_OP family: two exact ints. */
    public static final int COMPARE_OP_INT = 120;
    /** COMPARE_OP family: two exact floats. */
    public static final int COMPARE_OP_FLOAT = 121;
    /** COMPARE_OP family: two exact strs. */
    public static final int COMPARE_OP_STR = 122;
    /**
     * COMPARE_OP family: two exact ints, fused with the POP_JUMP_IF_FALSE/TRUE that follows. The
     * three fused forms number after the three plain ones (the eval loop tests {@code op < COMPARE_OP_INT_JUMP}).
     */
    public static final int COMPARE_OP_INT_JUMP = 123;
    /** COMPARE_OP family: two exact floats, fused with the following conditional jump. */
    public static final int COMPARE_OP_FLOAT_JUMP = 124;
    /** COMPARE_OP family: two exact strs, fused with the following conditional jump. */
    public static final int COMPARE_OP_STR_JUMP = 125;
    /** CONTAINS_OP family: {@code in} an exact dict. */
    public static final int CONTAINS_OP_DICT = 126;
    /** CONTAINS_OP family: {@code in} an exact set or frozenset. */
    public static final int CONTAINS_OP_SET = 127;
    /** CONTAINS_OP family: an exact str {@code in} an exact str. */
    public static final int CONTAINS_OP_STR = 128;
    /** CALL family: a Python function (by code object) whose parameters the positional arguments fill exactly. */
    public static final int CALL_PY_EXACT_ARGS = 129;
    /** CALL family: a bound method of such a Python function. */
    public static final int CALL_BOUND_METHOD_EXACT_ARGS = 130;
    /** CALL family: a builtin function, called without keyword arguments. */
    public static final int CALL_BUILTIN = 131;
    /** CALL family: a builtin type's method loaded by LOAD_METHOD (no bound object is made). */
    public static final int CALL_METHOD_DESCR = 132;
    /** CALL family: the builtin {@code len} with one argument. */
    public static final int CALL_LEN = 133;
    /** CALL family: the builtin {@code isinstance} with two arguments. */
    public static final int CALL_ISINSTANCE = 134;
    /** CALL family: {@code type(x)}. */
    public static final int CALL_TYPE_1 = 135;
    /** CALL family: a Python class with object's {@code __new__} and a Python {@code __init__} taking exactly the arguments. */
    public static final int CALL_ALLOC_AND_INIT = 136;
    /** FOR_ITER family: a range iterator. */
    public static final int FOR_ITER_RANGE = 137;
    /** FOR_ITER family: a list iterator. */
    public static final int FOR_ITER_LIST = 138;
    /** FOR_ITER family: a tuple iterator. */
    public static final int FOR_ITER_TUPLE = 139;
    /** FOR_ITER family: an iterator over a dict's keys, values or items. */
    public static final int FOR_ITER_DICT = 140;
    /** FOR_ITER family: a generator, resumed directly. */
    public static final int FOR_ITER_GEN = 141;
    /** UNPACK_SEQUENCE family: an exact tuple of two items. */
    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 142;
    /** UNPACK_SEQUENCE family: an exact tuple of exactly arg items. */
    public static final int UNPACK_SEQUENCE_TUPLE = 143;
    /** UNPACK_SEQUENCE family: an exact list of exactly arg items. */
    public static final int UNPACK_SEQUENCE_LIST = 144;
    /** LOAD_ATTR family: a {@code property} whose getter is a Python function, guarded by type version and shape. */
    public static final int LOAD_ATTR_PROPERTY = 145;
    /** LOAD_ATTR family: a {@code __slots__} member (or another Java-level data descriptor) found on the class. */
    public static final int LOAD_ATTR_SLOT = 146;
    /** LOAD_ATTR family: a module attribute, guarded by the module dict's keys version. */
    public static final int LOAD_ATTR_MODULE = 147;

    /** STORE_ATTR family: up to four receiver layouts, each an existing slot or a shape transition. */
    public static final int STORE_ATTR_POLY = 148;

    /** LOAD_ATTR family: an attribute of a class object (a class variable, function or static method), guarded by the class's version. */
    public static final int LOAD_ATTR_TYPE = 149;
    /** LOAD_METHOD family: the same for a method call on a class object ({@code NULL} and the value are pushed). */
    public static final int LOAD_METHOD_TYPE = 150;

    /** STORE_ATTR family: a {@code __slots__} member, guarded by the type's version. */
    public static final int STORE_ATTR_SLOT = 151;

    /** BINARY_OP family: the left operand's class defines the operator in Python; both operand types guarded by version. */
    public static final int BINARY_OP_PY = 152;

    /** CALL family: a builtin class ({@code list(x)}, {@code range(n)}...), by identity, without keywords. */
    public static final int CALL_BUILTIN_CLASS = 153;

    /**
     * LOAD_FAST family: a local that is the receiver of the specialized attribute or method load
     * that follows (rewritten when that one specializes); the eval loop's fast path does both at
     * once while that load's guard holds.
     */
    public static final int LOAD_FAST_ATTR = 154;

    /** BINARY_SUBSCR family: an exact list, tuple or str sliced by a slice of ints or None. */
    public static final int BINARY_SUBSCR_SLICE = 155;
    /** STORE_SUBSCR family: an exact list's slice of ints or None, step 1, assigned an exact list or tuple. */
    public static final int STORE_SUBSCR_LIST_SLICE = 156;

    /** FOR_ITER family: an exact {@code enumerate} (over a list or tuple in the fast path). */
    public static final int FOR_ITER_ENUMERATE = 157;

    /** One past the largest opcode. */
    public static final int COUNT = 158;

    private static final String[] NAMES = new String[COUNT];
    private static final int[] CACHE = new int[COUNT];

    static {
        for (Field f : Opcode.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && !f.getName().equals("COUNT")) {
                try {
                    NAMES[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    /** The instruction's name, as {@code dis} prints it. */
    public static String name(int op) {
        return op >= 0 && op < COUNT && NAMES[op] != null ? NAMES[op] : "<" + op + ">";
    }

    /**
     * The generic instruction a specialized form belongs to (itself for generic ones). A table
     * read: the eval loop's fast path inlines it (a generator's return asks), and C2 counts a
     * switch's bytecode against the fast path's budget for inlined code.
     */
    public static int family(int op) {
        return op >= 0 && op < COUNT ? FAMILIES[op] : op;
    }

    private static final short[] FAMILIES = new short[COUNT];

    static {
        for (int op = 0; op < COUNT; op++) {
            FAMILIES[op] = (short) familyOf(op);
        }
    }

    private static int familyOf(int op) {
        switch (op) {
            case LOAD_GLOBAL_CACHED: return LOAD_GLOBAL;
            case LOAD_FAST_ATTR: return LOAD_FAST;
            case LOAD_ATTR_INSTANCE_VALUE: case LOAD_ATTR_CLASS: case LOAD_ATTR_POLY: return LOAD_ATTR;
            case LOAD_METHOD_CACHED: case LOAD_METHOD_POLY: case LOAD_METHOD_TYPE: return LOAD_METHOD;
            case STORE_ATTR_INSTANCE_VALUE: case STORE_ATTR_ADD: case STORE_ATTR_POLY: case STORE_ATTR_SLOT:
                return STORE_ATTR;
            case BINARY_OP_ADD_INT: case BINARY_OP_SUBTRACT_INT: case BINARY_OP_INT: case BINARY_OP_FLOAT:
            case BINARY_OP_MIXED_FLOAT: case BINARY_OP_ADD_UNICODE: case BINARY_OP_PY:
                return BINARY_OP;
            case BINARY_SUBSCR_LIST_INT: case BINARY_SUBSCR_TUPLE_INT: case BINARY_SUBSCR_STR_INT: case BINARY_SUBSCR_DICT:
            case BINARY_SUBSCR_SLICE:
                return BINARY_SUBSCR;
            case STORE_SUBSCR_LIST_INT: case STORE_SUBSCR_DICT: case STORE_SUBSCR_LIST_SLICE: return STORE_SUBSCR;
            case COMPARE_OP_INT: case COMPARE_OP_FLOAT: case COMPARE_OP_STR: case COMPARE_OP_INT_JUMP:
            case COMPARE_OP_FLOAT_JUMP: case COMPARE_OP_STR_JUMP:
                return COMPARE_OP;
            case CONTAINS_OP_DICT: case CONTAINS_OP_SET: case CONTAINS_OP_STR: return CONTAINS_OP;
            case CALL_PY_EXACT_ARGS: case CALL_BOUND_METHOD_EXACT_ARGS: case CALL_BUILTIN: case CALL_METHOD_DESCR:
            case CALL_LEN: case CALL_ISINSTANCE: case CALL_TYPE_1: case CALL_ALLOC_AND_INIT: case CALL_BUILTIN_CLASS:
                return CALL;
            case FOR_ITER_RANGE: case FOR_ITER_LIST: case FOR_ITER_TUPLE: case FOR_ITER_DICT: case FOR_ITER_GEN:
            case FOR_ITER_ENUMERATE:
                return FOR_ITER;
            case UNPACK_SEQUENCE_TWO_TUPLE: case UNPACK_SEQUENCE_TUPLE: case UNPACK_SEQUENCE_LIST: return UNPACK_SEQUENCE;
            case LOAD_ATTR_PROPERTY: case LOAD_ATTR_SLOT: case LOAD_ATTR_MODULE: case LOAD_ATTR_TYPE: return LOAD_ATTR;
            default: return op;
        }
    }

    /** The number of inline-cache words after the instruction. */
    public static int cacheSize(int op) {
        return CACHE[op];
    }

    /** Whether the argument is a jump target. */
    public static boolean isJump(int op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
                return true;
            default:
                return family(op) == FOR_ITER;
        }
    }

    /** Whether {@code op} is a specialized form (rewritten in place by the adaptive interpreter). */
    public static boolean isSpecialized(int op) {
        return family(op) != op;
    }

    /** Packs an instruction word. */
    public static int word(int op, int arg) {
        if (arg < 0 || arg >= (1 << 24)) {
            throw new IllegalArgumentException("argument out of range: " + arg);
        }
        return op | (arg << 8);
    }

    public static int op(int word) {
        return word & 0xFF;
    }

    public static int arg(int word) {
        return word >>> 8;
    }
}
