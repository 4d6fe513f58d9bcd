package org.ember.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.ember.api.InterpreterConfig;
import org.ember.interpreter.ImportHook;
import org.ember.interpreter.ThreadState;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;

/**
 * Everything one interpreter owns: its builtins module, {@code sys}, {@code sys.modules},
 * {@code __main__}, standard streams and importer. Nothing here is shared with another
 * interpreter; builtin types (immutable) are shared by all.
 */
final class InterpreterState implements ImportHook.Context {
    final InterpreterConfig config;
    final PyTextStream stdout;
    final PyTextStream stderr;
    final PyTextStream stdin;
    final PyDict modules = new PyDict();
    final PyModule builtinsModule;
    final PyDict builtins;
    final PyModule sys;
    final PyModule main;
    final Importer importer;
    final org.ember.objects.Finalization.Queue finalizers = new org.ember.objects.Finalization.Queue();
    /** Inline-cache counters; hits only with {@code -X cache-stats=on} (they cost a count per instruction). */
    final org.ember.interpreter.CacheStats cacheStats;
    private final Map<String, Function<InterpreterState, PyModule>> javaModules = new HashMap<>();

    InterpreterState(InterpreterConfig config) {
        this.config = config;
        String stats = config.option("cache-stats", "off");
        this.cacheStats = new org.ember.interpreter.CacheStats(stats == null || "on".equals(stats));
        this.stdout = new PyTextStream("<stdout>", 1, config.stdout(), null);
        this.stderr = new PyTextStream("<stderr>", 2, config.stderr(), null);
        this.stdin = new PyTextStream("<stdin>", 0, null, config.stdin());
        this.importer = new Importer(this);
        this.builtinsModule = PyModule.create("builtins");
        this.builtins = builtinsModule.dict();
        RuntimeBuiltins.install(this, builtins);
        this.sys = SysModule.create(this);
        SiteBuiltins.install(this, builtins);
        modules.setStr("builtins", builtinsModule);
        modules.setStr("sys", sys);
        registerJavaModule("importlib", ImportlibModule::create);
        this.main = PyModule.create("__main__");
        main.dict().setStr("__builtins__", builtinsModule);
        modules.setStr("__main__", main);
        registerJavaModule("math", st -> org.ember.modules.MathModule.create());
        registerJavaModule("time", st -> org.ember.modules.TimeModule.create());
    }

    /** Registers a module implemented in Java, created on first import. */
    void registerJavaModule(String name, Function<InterpreterState, PyModule> factory) {
        javaModules.put(name, factory);
    }

    PyModule javaModule(String name) {
        Function<InterpreterState, PyModule> f = javaModules.get(name);
        return f == null ? null : f.apply(this);
    }

    PyDict sysDict() {
        return sys.dict();
    }

    @Override
    public PyDict sysModules() {
        return modules;
    }

    @Override
    public PyObj sysAttr(String name) {
        return sys.dict().getStr(name);
    }

    /** Binds this interpreter to the calling thread for the duration of a host call. */
    ThreadState enter() {
        ThreadState ts = ThreadState.current();
        ts.context = this;
        PyObj limit = sys.dict().getStr("_recursionlimit");
        ts.recursionLimit = limit == null ? config.recursionLimit() : (int) limit.asLong();
        ts.specialize = !"off".equals(config.option("caches", "on"));
        ts.bindCacheStats(cacheStats);
        ts.finalizers = finalizers;
        return ts;
    }

    /**
     * Runs the finalizers of objects that are already unreachable; at close, first asks the JVM to
     * collect (only when finalizable objects exist), as CPython finalizes what is left at exit.
     */
    void runFinalizers(boolean atClose) {
        if (atClose && finalizers.outstanding() > 0) {
            for (int i = 0; i < 3 && finalizers.outstanding() > 0; i++) {
                System.gc();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                finalizers.drain();
            }
        }
        finalizers.drain();
    }

    void flush() {
        stdout.flush();
        stderr.flush();
        PyObj out = sys.dict().getStr("stdout");
        if (out != null && out != stdout) {
            PyObj flush = org.ember.objects.Abstract.lookupAttr(out, "flush");
            if (flush != null) {
                org.ember.objects.Abstract.call(flush, new PyObj[0], null);
            }
        }
    }

}
