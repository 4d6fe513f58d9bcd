package org.ember.interpreter;

import org.ember.objects.PyBaseObject;
import org.ember.objects.PyDict;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/** The {@code frame} and {@code traceback} types' Python-visible attributes. */
final class FrameType {
    private FrameType() {}

    static final PyType TYPE = PyType.builtin("frame", PyBaseObject.TYPE, null).finalType();
    static final PyType TRACEBACK = PyType.builtin("traceback", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.attr("f_lineno", new PyGetSet("f_lineno", f -> PyInt.of(((Frame) f).lineno()), null));
        TYPE.attr("f_code", new PyGetSet("f_code", f -> ((Frame) f).code, null));
        TYPE.attr("f_back", new PyGetSet("f_back", f -> ((Frame) f).back == null ? PyNone.NONE : ((Frame) f).back, null));
        TYPE.attr("f_globals", new PyGetSet("f_globals", f -> ((Frame) f).globals, null));
        TYPE.attr("f_builtins", new PyGetSet("f_builtins", f -> ((Frame) f).builtins, null));
        TYPE.attr("f_locals", new PyGetSet("f_locals", f -> Interpreter.localsOf((Frame) f), null));
        TYPE.attr("f_lasti", new PyGetSet("f_lasti", f -> PyInt.of(((Frame) f).lasti * 2), null));
        TYPE.slot(Slot.REPR, (SlotFns.Fn1) f -> PyStr.of("<frame at 0x" + Integer.toHexString(System.identityHashCode(f))
                + ", file '" + ((Frame) f).code.filename + "', line " + ((Frame) f).lineno() + ", code " + ((Frame) f).code.name + ">"));
        TRACEBACK.attr("tb_frame", new PyGetSet("tb_frame", t -> ((PyTraceback) t).frame, null));
        TRACEBACK.attr("tb_lineno", new PyGetSet("tb_lineno", t -> PyInt.of(((PyTraceback) t).lineno()), null));
        TRACEBACK.attr("tb_lasti", new PyGetSet("tb_lasti", t -> PyInt.of(((PyTraceback) t).lasti * 2), null));
        TRACEBACK.attr("tb_next", new PyGetSet("tb_next", t -> ((PyTraceback) t).next == null ? PyNone.NONE : ((PyTraceback) t).next, null));
    }

}
