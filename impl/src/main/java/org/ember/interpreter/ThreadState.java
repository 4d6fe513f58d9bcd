package org.ember.interpreter;

import org.ember.objects.Errors;
import org.ember.objects.PyBaseException;

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
