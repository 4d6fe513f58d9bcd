package org.ember.runtime;

import org.ember.ast.Mod;
import org.ember.bytecode.CodeObject;
import org.ember.compiler.Compiler;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyInt;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.parser.Mode;
import org.ember.parser.Parser;
import org.ember.parser.PySyntaxError;

/** Source text to code object: parser then compiler, with syntax errors as Python exceptions. */
public final class CompilerBridge {
    private CompilerBridge() {}

    /** Compiles {@code source}; {@code mode} is "exec", "eval" or "single". */
    public static CodeObject compile(String source, String filename, String mode) {
        Mode m;
        switch (mode) {
            case "exec": m = Mode.EXEC; break;
            case "eval": m = Mode.EVAL; break;
            case "single": m = Mode.SINGLE; break;
            default: throw org.ember.objects.Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        try {
            Mod mod = Parser.parse(source, filename, m);
            return Compiler.compile(mod, filename, m == Mode.SINGLE);
        } catch (PySyntaxError e) {
            throw toPython(e);
        } catch (StackOverflowError e) {
            throw org.ember.objects.Errors.recursionError("maximum recursion depth exceeded during compilation");
        }
    }

    /** A parser/compiler syntax error as a raised Python SyntaxError (or subclass). */
    public static PyRaise toPython(PySyntaxError e) {
        PyType t;
        switch (e.pythonType) {
            case "IndentationError": t = ExceptionTypes.IndentationError; break;
            case "TabError": t = ExceptionTypes.TabError; break;
            default: t = ExceptionTypes.SyntaxError; break;
        }
        PyObj text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyTuple info = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset), text,
                PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        PyBaseException exc = ExceptionTypes.create(t, PyStr.of(e.msg), info);
        return exc.raise();
    }
}
