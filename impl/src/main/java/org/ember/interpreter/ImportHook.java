package org.ember.interpreter;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyObj;

/**
 * What the eval loop needs from the runtime (sys.modules, sys.displayhook), reached through the
 * current thread's interpreter context so the interpreter package does not depend on the runtime.
 */
public final class ImportHook {
    private ImportHook() {}

    /** Implemented by the runtime's per-interpreter state. */
    public interface Context {
        PyDict sysModules();

        PyObj sysAttr(String name);
    }

    static PyObj sysModules() {
        Object c = ThreadState.current().context;
        return c instanceof Context ? ((Context) c).sysModules() : null;
    }

    static void displayHook(PyObj v) {
        Object c = ThreadState.current().context;
        if (c instanceof Context) {
            PyObj hook = ((Context) c).sysAttr("displayhook");
            if (hook != null) {
                Abstract.call(hook, new PyObj[] {v}, null);
            }
        }
    }
}
