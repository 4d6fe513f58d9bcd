package org.ember.objects;

/** The finalizer actions: calling {@code __del__}, reporting its errors as CPython does. */
public final class Finalizers {
    private Finalizers() {}

    /** Reports an exception a finalizer raised ("Exception ignored in: ..."); installed by the runtime. */
    public interface Reporter {
        void report(PyObj where, PyRaise error);
    }

    private static volatile Reporter reporter = (where, error) -> { };

    public static void setReporter(Reporter r) {
        reporter = r;
    }

    /** Calls {@code self.__del__()}; an exception is reported, never propagated. */
    static void callDel(PyObj self) {
        PyObj del = self.type().lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            Abstract.callMethod(del, self);
        } catch (PyRaise e) {
            reporter.report(del, e);
        }
    }

    /** Runs {@code action}; an exception is reported against {@code where}, never propagated. */
    public static void runReporting(PyObj where, Runnable action) {
        try {
            action.run();
        } catch (PyRaise e) {
            reporter.report(where, e);
        }
    }
}
