package org.ember.objects;

import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Best-effort finalization ({@code __del__}, closing abandoned generators). The JVM collects
 * garbage on its own schedule and on its own thread, so the work is only queued when an object
 * becomes unreachable, and runs later on the interpreter's thread at a safe point (a Python call,
 * the end of a host call, interpreter close). Unlike CPython's reference counting this is not
 * immediate: a finalizer runs some time after the last reference is dropped.
 */
public final class Finalization {
    private Finalization() {}

    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "ember-finalization");
        t.setDaemon(true);
        return t;
    });

    /** One interpreter's queue of finalizers waiting for a safe point. */
    public static final class Queue {
        private final ConcurrentLinkedQueue<Runnable> ready = new ConcurrentLinkedQueue<>();
        private final AtomicInteger registered = new AtomicInteger();
        private boolean draining;
        /** Set when a finalizer is queued, so the check at every Python call is one field read. */
        private volatile boolean pending;

        /** Whether finalizers are waiting (a cheap check for safe points). */
        public boolean hasWork() {
            return pending;
        }

        /** Objects registered and not yet collected. */
        public int outstanding() {
            return registered.get();
        }

        /** Runs the waiting finalizers; a finalizer that triggers another safe point does not re-enter. */
        public void drain() {
            if (draining) {
                return;
            }
            draining = true;
            pending = false;
            try {
                Runnable r;
                while ((r = ready.poll()) != null) {
                    r.run();
                }
            } finally {
                draining = false;
            }
        }

        /**
         * Runs {@code task} after {@code obj} becomes unreachable. {@code task} must not refer to
         * {@code obj} (or it never becomes unreachable).
         */
        public void register(Object obj, Runnable task) {
            registered.incrementAndGet();
            CLEANER.register(obj, () -> {
                registered.decrementAndGet();
                ready.add(task);
                pending = true;
            });
        }
    }

    /** The queue of the interpreter running on this thread; installed by the runtime. */
    private static volatile Supplier<Queue> current = () -> null;

    public static void setCurrent(Supplier<Queue> supplier) {
        current = supplier;
    }

    public static Queue current() {
        return current.get();
    }
}
