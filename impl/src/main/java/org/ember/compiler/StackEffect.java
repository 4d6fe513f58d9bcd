package org.ember.compiler;

import org.ember.bytecode.Opcode;

/**
 * Net stack effect of each instruction, read off the diagrams in {@link Opcode} (the contract with
 * the eval loop). Adding an opcode: add its effect here, or stack sizes become wrong.
 */
public final class StackEffect {
    private StackEffect() {}

    /** The effect of {@code op} with {@code arg}; {@code jump} selects the branch-taken effect. */
    public static int of(int op, int arg, boolean jump) {
        op = Opcode.family(op);
        switch (op) {
            case Instr.SETUP_FINALLY: return jump ? 1 : 0;
            case Instr.SETUP_CLEANUP: return jump ? 2 : 0;
            case Instr.SETUP_WITH: return jump ? 1 : 0;
            case Instr.JUMP: return 0;
            case Opcode.NOP: case Opcode.MAKE_CELL: case Opcode.COPY_FREE_VARS: return 0;
            case Opcode.POP_TOP: return -1;
            case Opcode.PUSH_NULL: return 1;
            case Opcode.COPY: return 1;
            case Opcode.SWAP: return 0;
            case Opcode.LOAD_CONST: case Opcode.LOAD_FAST: case Opcode.LOAD_NAME: case Opcode.LOAD_DEREF:
            case Opcode.LOAD_CLASSDEREF: case Opcode.LOAD_CLOSURE: case Opcode.LOAD_ASSERTION_ERROR:
            case Opcode.LOAD_BUILD_CLASS:
                return 1;
            case Opcode.STORE_FAST: case Opcode.STORE_NAME: case Opcode.STORE_GLOBAL: case Opcode.STORE_DEREF:
                return -1;
            case Opcode.DELETE_FAST: case Opcode.DELETE_NAME: case Opcode.DELETE_GLOBAL: case Opcode.DELETE_DEREF:
                return 0;
            case Opcode.LOAD_GLOBAL: return 1 + (arg & 1);
            case Opcode.LOAD_ATTR: return 0;
            case Opcode.STORE_ATTR: return -2;
            case Opcode.DELETE_ATTR: return -1;
            case Opcode.LOAD_METHOD: return 1;
            case Opcode.BINARY_SUBSCR: return -1;
            case Opcode.STORE_SUBSCR: return -3;
            case Opcode.DELETE_SUBSCR: return -2;
            case Opcode.BINARY_OP: case Opcode.COMPARE_OP: case Opcode.IS_OP: case Opcode.CONTAINS_OP:
                return -1;
            case Opcode.UNARY_POSITIVE: case Opcode.UNARY_NEGATIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT:
                return 0;
            case Opcode.BUILD_TUPLE: case Opcode.BUILD_LIST: case Opcode.BUILD_SET: case Opcode.BUILD_STRING:
            case Opcode.BUILD_SLICE:
                return 1 - arg;
            case Opcode.BUILD_MAP: return 1 - 2 * arg;
            case Opcode.BUILD_CONST_KEY_MAP: return -arg;
            case Opcode.LIST_APPEND: case Opcode.SET_ADD: case Opcode.LIST_EXTEND: case Opcode.SET_UPDATE:
            case Opcode.DICT_UPDATE: case Opcode.DICT_MERGE:
                return -1;
            case Opcode.MAP_ADD: return -2;
            case Opcode.LIST_TO_TUPLE: return 0;
            case Opcode.FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case Opcode.JUMP_FORWARD: case Opcode.JUMP_BACKWARD: return 0;
            case Opcode.POP_JUMP_IF_FALSE: case Opcode.POP_JUMP_IF_TRUE: case Opcode.POP_JUMP_IF_NONE:
            case Opcode.POP_JUMP_IF_NOT_NONE:
                return -1;
            case Opcode.JUMP_IF_FALSE_OR_POP: case Opcode.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case Opcode.GET_ITER: case Opcode.GET_YIELD_FROM_ITER: return 0;
            case Opcode.FOR_ITER: return jump ? -1 : 1;
            case Opcode.SEND: return jump ? -1 : 0;
            case Opcode.YIELD_VALUE: return 0;
            case Opcode.RETURN_VALUE: case Opcode.RETURN_CONST: return -1;
            case Opcode.POP_EXCEPT: return -1;
            case Opcode.PUSH_EXC_INFO: return 1;
            case Opcode.CHECK_EXC_MATCH: return 0;
            case Opcode.RERAISE: return -1;
            case Opcode.RAISE_VARARGS: return -arg;
            case Opcode.BEFORE_WITH: case Opcode.BEFORE_ASYNC_WITH: return 1;
            case Opcode.WITH_EXCEPT_START: return 1;
            case Opcode.UNPACK_SEQUENCE: return arg - 1;
            case Opcode.UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case Opcode.IMPORT_NAME: return -1;
            case Opcode.IMPORT_FROM: return 1;
            case Opcode.IMPORT_STAR: return -1;
            case Opcode.SETUP_ANNOTATIONS: return 0;
            case Opcode.PRINT_EXPR: return -1;
            case Opcode.KW_NAMES: return 0;
            case Opcode.CALL: return -arg - 1;
            case Opcode.CALL_FUNCTION_EX: return -2 - (arg & 1);
            case Opcode.MAKE_FUNCTION: return -Integer.bitCount(arg & 0xF);
            case Opcode.GET_LEN: case Opcode.MATCH_MAPPING: case Opcode.MATCH_SEQUENCE: case Opcode.MATCH_KEYS:
                return 1;
            case Opcode.MATCH_CLASS: return -2;
            case Opcode.GET_AWAITABLE: case Opcode.GET_AITER: return 0;
            case Opcode.GET_ANEXT: return 1;
            case Opcode.END_ASYNC_FOR: return -2;
            case Opcode.CHECK_EG_MATCH: return 0;
            case Opcode.PREP_RERAISE_STAR: return -1;
            default:
                throw new IllegalArgumentException("no stack effect for " + Opcode.name(op));
        }
    }
}
