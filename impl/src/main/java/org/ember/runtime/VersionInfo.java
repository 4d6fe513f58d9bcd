package org.ember.runtime;

import org.ember.objects.PyInt;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyStructSeq;
import org.ember.objects.PyType;

/** {@code sys.version_info}. */
final class VersionInfo {
    private VersionInfo() {}

    static final PyType TYPE = PyStructSeq.newType("sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"});

    static PyObj create(int major, int minor, int micro, String level, int serial) {
        return PyStructSeq.instance(TYPE, PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level), PyInt.of(serial));
    }
}
