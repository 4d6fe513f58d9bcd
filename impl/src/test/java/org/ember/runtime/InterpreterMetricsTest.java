package org.ember.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ember.api.Interpreter;
import org.ember.api.InterpreterMetrics;
import org.ember.api.InterpreterMetrics.InlineCacheStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inline-cache counters a host reads through {@link Interpreter#metrics()}. */
class InterpreterMetricsTest {
    private static final String[] KINDS = {
        "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR", "BINARY_OP", "BINARY_SUBSCR", "STORE_SUBSCR",
        "COMPARE_OP", "CONTAINS_OP", "CALL", "FOR_ITER", "UNPACK_SEQUENCE",
    };

    /** One function whose instructions belong to every cache kind, run often enough to specialize. */
    private static final String EVERY_KIND = """
            class P:
                def __init__(self):
                    self.x = 1
                def m(self):
                    return self.x
            G = 5
            def work(p, pairs, d):
                t = 0
                for a, b in pairs:
                    t = t + a * b
                    if a < b:
                        t = t + G
                p.x = t
                d['k'] = p.x
                return d['k'] + p.m() + ('k' in d)
            results = [work(P(), [(1, 2), (3, 4)], {}) for _ in range(10)]
            """;

    private Interpreter py;

    @AfterEach
    void stop() {
        if (py != null) {
            py.close();
        }
    }

    private Interpreter build(String... options) {
        Interpreter.Builder b = Interpreter.builder();
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        py = b.build();
        return py;
    }

    private Map<String, InlineCacheStats> caches() {
        return py.metrics().inlineCaches();
    }

    @Test
    void twelveKindsInAFixedOrderStartingAtZero() {
        build();
        assertThat(caches().keySet()).containsExactly(KINDS);
        assertNothingSpecialized();
        py.exec(EVERY_KIND);
        assertThat(caches().keySet()).containsExactly(KINDS);
    }

    @Test
    void specializationsForEveryKindExercised() {
        build();
        py.exec(EVERY_KIND);
        assertThat(py.eval("results[-1]").asLong()).isEqualTo(49);
        Map<String, InlineCacheStats> c = caches();
        for (String kind : KINDS) {
            assertThat(c.get(kind).specializations()).as(kind).isPositive();
        }
    }

    @Test
    void countersAreCumulativeAndPerInterpreter() {
        build();
        InterpreterMetrics metrics = py.metrics();
        py.exec("def f(a, b):\n    return a + b\nfor i in range(5): f(i, 1)\n");
        long before = metrics.inlineCaches().get("BINARY_OP").specializations();
        py.exec("def g(a, b):\n    return a - b\nfor i in range(5): g(i, 1)\n");
        assertThat(metrics.inlineCaches().get("BINARY_OP").specializations()).isGreaterThan(before);
        try (Interpreter other = Interpreter.builder().build()) {
            assertThat(other.metrics().inlineCaches().values()).allSatisfy(k -> assertThat(k.specializations()).isZero());
        }
    }

    @Test
    void missesAndDeoptimizationsWhenASiteAlternatesTypes() {
        build();
        py.exec("""
                def add(a, b):
                    return a + b
                r = []
                for i in range(40):
                    r.append(add(i, 1) if i % 2 else add('s', 't'))
                """);
        assertThat(py.eval("r[-2:]").repr()).isEqualTo("['st', 40]");
        InlineCacheStats binary = caches().get("BINARY_OP");
        assertThat(binary.misses()).isPositive();
        assertThat(binary.deoptimizations()).isPositive();
        assertThat(binary.misses()).isGreaterThanOrEqualTo(binary.deoptimizations());
    }

    @Test
    void hitsAreNotCountedByDefault() {
        build();
        py.exec(EVERY_KIND);
        assertThat(caches().values()).allSatisfy(k -> assertThat(k.hits()).isEqualTo(-1));
    }

    @Test
    void hitsAreCountedWithCacheStatsOn() {
        build("cache-stats", "on");
        py.exec(EVERY_KIND);
        Map<String, InlineCacheStats> c = caches();
        for (String kind : KINDS) {
            assertThat(c.get(kind).hits()).as(kind).isPositive();
        }
        // Every further execution of a specialized form whose guard holds is one more hit.
        py.exec("def sub(a, b):\n    return a - b\nfor i in range(5): sub(i, 1)\n");
        long hits = caches().get("BINARY_OP").hits();
        long misses = caches().get("BINARY_OP").misses();
        py.exec("for i in range(10): sub(i, 2)\n");
        assertThat(caches().get("BINARY_OP").hits()).isEqualTo(hits + 10);
        assertThat(caches().get("BINARY_OP").misses()).isEqualTo(misses);
    }

    @Test
    void whyASiteCouldNotSpecialize() {
        build();
        py.exec("""
                def fmt(a, b):
                    return a % b
                r = [fmt('%s-%s', (i, i)) for i in range(5)]
                """);
        assertThat(py.eval("r[-1]").str()).isEqualTo("4-4");
        Map<String, Long> failures = caches().get("BINARY_OP").failures();
        assertThat(failures).isNotEmpty();
        assertThat(failures.keySet()).anySatisfy(reason -> assertThat(reason).startsWith("operands str % tuple"));
        assertThat(failures.entrySet()).filteredOn(e -> e.getKey().startsWith("operands str % tuple"))
                .allSatisfy(e -> assertThat(e.getValue()).isPositive());
        assertThat(caches().get("BINARY_OP").specializations()).isZero();
    }

    @Test
    void nothingSpecializesWithCachesOff() {
        build("caches", "off", "cache-stats", "on");
        py.exec(EVERY_KIND);
        assertThat(py.eval("results[-1]").asLong()).isEqualTo(49);
        assertThat(caches().keySet()).containsExactly(KINDS);
        assertNothingSpecialized();
        assertThat(caches().values()).allSatisfy(k -> assertThat(k.hits()).isZero());
    }

    /** No kind has specialized, missed, de-specialized or recorded a failure. */
    private void assertNothingSpecialized() {
        assertThat(caches().values()).allSatisfy(k -> {
            assertThat(k.specializations()).isZero();
            assertThat(k.misses()).isZero();
            assertThat(k.deoptimizations()).isZero();
            assertThat(k.failures()).isEmpty();
        });
    }
}
