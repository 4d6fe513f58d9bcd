package org.ember.interpreter;

import org.ember.objects.Errors;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyObj;

/**
 * Per-thread interpreter state: the current frame (for {@code sys._getframe} and tracebacks),
 * the Python call depth (for {@code RecursionError}), and the exception being handled
 * ({@code sys.exc_info()}).
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

    /** The innermost executing frame, or null. */
    public Frame frame;
    public int depth;
    public int recursionLimit = 1000;
    /**
     * Turns of the eval loop and Python calls its fast path enters in place, left before the
     * loop returns to be called again (see {@code Interpreter.LOOP_TURNS}).
     */
    int turns = Interpreter.LOOP_TURNS;
    /** The exception currently being handled by an {@code except} block, or null. */
    public PyBaseException handled;
    /** Whether instructions may specialize (the {@code caches} knob; results are the same either way). */
    public boolean specialize = true;
    /** The inline-cache counters of the interpreter bound to this thread. */
    public CacheStats cacheStats = new CacheStats(false);
    /** {@code cacheStats}' execution counts per opcode, or null when it does not count them. */
    long[] executions;
    /** Finalizers waiting for a safe point, of the interpreter bound to this thread. */
    public org.ember.objects.Finalization.Queue finalizers;
    /** The interpreter-wide context (builtins, sys.modules...), set by the runtime. */
    public Object context;

    /**
     * Frames for calls the eval loop runs in place, reused by call depth (CPython 3.11 takes its
     * frames from a per-thread stack too): a call then writes into registers the previous call
     * at that depth used, still in the processor's cache, instead of allocating new ones. A frame
     * leaves the pool for good when it escapes ({@link Frame#escape}).
     */
    private final Frame[] framePool = new Frame[FRAME_POOL_DEPTH];
    private static final int FRAME_POOL_DEPTH = 256;
    /** The smallest register array of a pooled frame, so that most code fits the frame of the last call at its depth. */
    private static final int POOLED_REGS = 16;

    /** A frame, clear, for a call from the current depth that runs in place; see {@link #release}. */
    Frame frameFor(org.ember.bytecode.CodeObject code, org.ember.objects.PyDict globals, org.ember.objects.PyDict builtins) {
        int d = depth;
        if (d >= FRAME_POOL_DEPTH) {
            return new Frame(code, globals, builtins, null);
        }
        Frame f = framePool[d];
        if (f != null && f.free && f.regs.length >= code.frameSize()) {
            f.free = false;
            f.code = code;
            f.globals = globals;
            f.builtins = builtins;
            f.sp = code.nlocalsplus();
            f.pc = 0;
            f.lasti = 0;
            f.resumesCaller = false;
            return f;
        }
        return newPooledFrame(d, code, globals, builtins);
    }

    /**
     * {@link #frameFor} when the pool has no frame for depth {@code d} that fits: a new one, which
     * takes the place. A method of its own so that the fast path, which inlines frameFor, does
     * not spend its budget for inlined bytecode on this rare case.
     */
    private Frame newPooledFrame(int d, org.ember.bytecode.CodeObject code, org.ember.objects.PyDict globals,
            org.ember.objects.PyDict builtins) {
        Frame f = new Frame(code, globals, builtins, Math.max(code.frameSize(), POOLED_REGS));
        framePool[d] = f;
        return f;
    }

    /**
     * Frame {@code f}, made by {@link #frameFor}, has returned: it goes back to the pool unless it
     * escaped. (One made past the pool's depth is just cleared: no slot holds it.)
     */
    static void release(Frame f) {
        if (!f.escaped) {
            // A loop, not Arrays.fill: its range checks would count against the fast path's
            // budget for inlined bytecode (this is inlined into every return there).
            PyObj[] regs = f.regs;
            for (int i = f.code.frameSize() - 1; i >= 0; i--) {
                regs[i] = null;
            }
            f.back = null;
            f.initSelf = null;
            f.operands = null;
            f.kwnames = null;
            f.free = true;
        }
    }

    /** Binds the inline-cache counters of the interpreter about to run on this thread. */
    public void bindCacheStats(CacheStats stats) {
        cacheStats = stats;
        executions = stats.executions;
    }

    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Enters a Python call; RecursionError past the limit. */
    public void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }

    public void leave() {
        depth--;
    }
}
