package org.ember.interpreter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.ember.bytecode.CodeObject;
import org.ember.objects.PyObj;
import org.slf4j.LoggerFactory;

/**
 * The eval loop's fast path ({@link FastPathLoop}), in two copies: one for cold code and one for
 * hot code ({@link CodeObject#hot}). {@link Interpreter}'s loop calls the copy that fits the
 * frame's code.
 *
 * <p>Why two: C2 compiles the fast path from the branch profile of everything it has run, and
 * leaves out (with a trap) the cases and branches never taken, which keeps the compiled loop
 * small and its state in registers. Code that runs once (module bodies, class bodies, a driver
 * between benchmark repetitions) takes branches the hot code never does; each such branch made
 * C2 recompile the one copy with more paths in it, and the hot code ran slower from then on
 * (fib's repetitions went from 2.1 to 2.5-3.1 s; with every branch compiled, 3.5-4.1 s). The
 * copy for hot code has its own profile, fed only by hot code.
 *
 * <p>The copy for hot code is {@link FastPathLoop}'s bytecode defined once more as a hidden
 * class ({@link MethodHandles.Lookup#defineHiddenClass}), which HotSpot profiles and compiles as
 * a class of its own; no source is duplicated. If that fails (the class file cannot be read),
 * one copy serves all code: slower, never wrong.
 */
interface FastPath {
    /**
     * Runs from {@code pc} until an instruction needs the general path, switching frames in place
     * on calls, returns and generator switches (the frame left in is {@code ts.frame}); returns
     * {@code at << 32 | sp}, where {@code at} is the instruction left to the general path, with
     * nothing of it done yet.
     */
    long run(ThreadState ts, CodeObject co, int[] code, PyObj[] r, int pc, int sp);

    /** Whether this copy runs hot code. */
    boolean forHotCode();

    /** The copy for code that is not hot (yet). */
    FastPath COLD = new FastPathLoop();

    /** The copy for hot code, made when the first code turns hot. */
    static FastPath hot() {
        return HotCopy.INSTANCE;
    }

    /** Holds the hot copy, so that it is defined on first use and not at start-up. */
    final class HotCopy {
        private HotCopy() {}

        static final FastPath INSTANCE = define();

        private static FastPath define() {
            try (InputStream in = FastPathLoop.class.getResourceAsStream("FastPathLoop.class")) {
                if (in == null) {
                    throw new IOException("FastPathLoop.class not found");
                }
                MethodHandles.Lookup copy = MethodHandles.lookup().defineHiddenClass(in.readAllBytes(), true);
                return (FastPath) copy.findConstructor(copy.lookupClass(), MethodType.methodType(void.class)).invoke();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                LoggerFactory.getLogger(FastPath.class)
                        .warn("no copy of the fast path for hot code ({}); one copy runs all code", e.toString());
                return COLD;
            }
        }
    }
}
