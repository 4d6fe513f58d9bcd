package org.ember.bench;

import java.util.concurrent.TimeUnit;
import org.ember.api.Interpreter;
import org.ember.api.PyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a host pays to use Ember: starting an interpreter, evaluating a tiny expression, and
 * calling a Python function from Java. Each result is returned so that JMH consumes it and the
 * JIT cannot drop the work. Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EmbeddingBenchmark {
    private Interpreter py;
    private PyObject add3;

    /** One interpreter per trial, with a three-argument function defined in it. */
    @Setup(Level.Trial)
    public void setUp() {
        py = Interpreter.create();
        py.exec("def add3(a, b, c):\n    return a + b + c\n");
        add3 = py.get("add3");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        py.close();
    }

    /** Creating (and closing) an interpreter: the cost of a fresh, isolated Python. */
    @Benchmark
    public int createInterpreter() {
        try (Interpreter fresh = Interpreter.create()) {
            return System.identityHashCode(fresh);
        }
    }

    /** Parsing, compiling and running {@code 1 + 2} from Java. */
    @Benchmark
    public long evalSmallExpression() {
        return py.eval("1 + 2").asLong();
    }

    /** Java calling a Python function by its global name, three converted arguments. */
    @Benchmark
    public long callByName() {
        return py.call("add3", 1, 2, 3).asLong();
    }

    /** Java calling a Python function object it holds, skipping the global lookup. */
    @Benchmark
    public long callFunctionObject() {
        return add3.call(1, 2, 3).asLong();
    }
}
