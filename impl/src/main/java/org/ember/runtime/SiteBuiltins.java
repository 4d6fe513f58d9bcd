package org.ember.runtime;

import org.ember.objects.Abstract;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/**
 * The builtins CPython's {@code site} adds for interactive use: {@code help}, {@code copyright},
 * {@code credits}, {@code license}, and {@code breakpoint} (which calls {@code sys.breakpointhook}).
 * Ember has no pydoc or pdb yet, so {@code help(obj)} prints the object's docstring and the
 * default breakpoint hook says that no debugger is available.
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    private static final PyType PRINTER = PyType.builtin("_Printer", PyBaseObject.TYPE, null).finalType();
    private static final PyType HELPER = PyType.builtin("_Helper", PyBaseObject.TYPE, null).finalType();

    /** An object whose repr is a text and whose call prints it ({@code copyright}, {@code license}). */
    private static final class Printer extends PyObj {
        final String text;

        Printer(String text) {
            this.text = text;
        }

        @Override
        public PyType type() {
            return PRINTER;
        }
    }

    /** {@code help}. */
    private static final class Helper extends PyObj {
        @Override
        public PyType type() {
            return HELPER;
        }
    }

    static void install(InterpreterState st, PyDict b) {
        PRINTER.slot(Slot.REPR, (SlotFns.Fn1) p -> PyStr.of(((Printer) p).text));
        PRINTER.slot(Slot.CALL, (SlotFns.CallFn) (p, args, kw) -> {
            st.stdout.write(((Printer) p).text + "\n");
            return PyNone.NONE;
        });
        HELPER.slot(Slot.REPR, (SlotFns.Fn1) h -> PyStr.of(
                "Type help() for interactive help, or help(object) for help about object."));
        HELPER.slot(Slot.CALL, (SlotFns.CallFn) (h, args, kw) -> {
            if (args.length == 0) {
                st.stdout.write("Interactive help is not available in Ember yet; use help(object).\n");
                return PyNone.NONE;
            }
            PyObj o = args[0];
            PyObj name = Abstract.lookupAttr(o, "__name__");
            PyObj doc = Abstract.lookupAttr(o, "__doc__");
            String title = name instanceof PyStr ? ((PyStr) name).value() : o.type().name() + " object";
            st.stdout.write("Help on " + title + ":\n\n" + (doc instanceof PyStr ? ((PyStr) doc).value() : "(no documentation)")
                    + "\n\n");
            return PyNone.NONE;
        });
        b.setStr("help", new Helper());
        b.setStr("copyright", new Printer("Copyright (c) the Ember authors.\nAll Rights Reserved."));
        b.setStr("credits", new Printer("    Ember builds on the ideas of CPython, Cinder and the JVM language runtimes."));
        b.setStr("license", new Printer("Ember is licensed under the terms in its repository's LICENSE file."));
        b.setStr("breakpoint", PyBuiltinFunction.of("breakpoint", (s, args, kw) -> {
            PyObj hook = st.sysDict().getStr("breakpointhook");
            if (hook == null) {
                throw org.ember.objects.Errors.runtimeError("lost sys.breakpointhook");
            }
            return Abstract.call(hook, args, kw);
        }));
    }
}
