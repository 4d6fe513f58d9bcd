package org.ember.runtime;

import java.util.Map;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyBytes;
import org.ember.objects.PyClassMethod;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyEllipsis;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNone;
import org.ember.objects.PyNotImplemented;
import org.ember.objects.PyRange;
import org.ember.objects.PySet;
import org.ember.objects.PySlice;
import org.ember.objects.PyStaticMethod;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.TypeType;

/** The builtin type names, constants and exception classes of the builtins module. */
final class BuiltinTypes {
    private BuiltinTypes() {}

    static void install(PyDict b) {
        b.setStr("__name__", PyStr.of("builtins"));
        b.setStr("None", PyNone.NONE);
        b.setStr("Ellipsis", PyEllipsis.ELLIPSIS);
        b.setStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        b.setStr("True", PyBool.TRUE);
        b.setStr("False", PyBool.FALSE);
        b.setStr("__debug__", PyBool.TRUE);
        PyType[] types = {PyBaseObject.TYPE, TypeType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE,
            PyStr.TYPE, PyBytes.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyRange.TYPE, PySlice.TYPE,
            PyStaticMethod.TYPE, PyClassMethod.TYPE};
        for (PyType t : types) {
            b.setStr(t.name(), t);
        }
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) {
            b.setStr(e.getKey(), e.getValue());
        }
        b.setStr("EnvironmentError", ExceptionTypes.OSError);
        b.setStr("IOError", ExceptionTypes.OSError);
    }
}
