package org.ember.api;

import java.util.Map;

/**
 * What an interpreter reports about its own work, for hosts to watch (a Micrometer binder reads
 * this). Numbers are cumulative since the interpreter was built. Reading them from another thread
 * than the one running the interpreter is allowed; they may then be slightly stale.
 */
public interface InterpreterMetrics {

    /**
     * The adaptive inline caches, per cache kind, in a fixed order. A kind is named after the
     * generic instruction whose specialized forms it groups: {@code LOAD_GLOBAL}, {@code LOAD_ATTR},
     * {@code LOAD_METHOD}, {@code STORE_ATTR}, {@code BINARY_OP}, {@code BINARY_SUBSCR},
     * {@code STORE_SUBSCR}, {@code COMPARE_OP}, {@code CONTAINS_OP}, {@code CALL},
     * {@code FOR_ITER}, {@code UNPACK_SEQUENCE}.
     */
    Map<String, InlineCacheStats> inlineCaches();

    /**
     * The counters of one kind of inline cache.
     *
     * @param specializations instruction sites rewritten into a specialized form
     * @param hits executions of a specialized form whose guard held; -1 unless the interpreter
     *     counts them (builder option {@code cache-stats=on}: counting costs a little on every
     *     instruction, so it is off by default)
     * @param misses executions of a specialized form whose guard failed (the generic operation ran)
     * @param deoptimizations sites rewritten back to the generic instruction after repeated misses
     * @param failures why sites could not specialize, with how often each reason occurred
     */
    record InlineCacheStats(long specializations, long hits, long misses, long deoptimizations,
                            Map<String, Long> failures) {}
}
