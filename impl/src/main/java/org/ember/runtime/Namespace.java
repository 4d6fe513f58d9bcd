package org.ember.runtime;

import java.util.Map;
import org.ember.objects.PyNamespace;
import org.ember.objects.PyObj;

/** Builds the simple namespaces of {@code sys} ({@code sys.implementation}, {@code sys.flags}, ...). */
final class Namespace {
    private Namespace() {}

    static PyObj of(String name, Map<String, PyObj> values) {
        return PyNamespace.of(name, values);
    }
}
