package org.ember.modules;

import org.ember.objects.PyModule;

/** The {@code time} module. */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create() {
        return PyModule.create("time");
    }
}
