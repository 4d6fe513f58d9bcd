package org.ember.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * {@code sys.stdin}/{@code sys.stdout}/{@code sys.stderr}: a UTF-8 text stream over the host's
 * Java stream. Output is buffered and flushed at newlines for interactive use, on {@code flush()},
 * and when the interpreter finishes a call.
 */
public final class PyTextStream extends PyObj {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyBaseObject.TYPE, null).finalType();

    static {
        TYPE.method(PyMethodDescr.of1(TYPE, "write", (self, s) -> {
            if (!(s instanceof PyStr)) {
                throw Errors.typeError("write() argument must be str, not " + s.type().name());
            }
            ((PyTextStream) self).write(((PyStr) s).value());
            return PyInt.of(((PyStr) s).length());
        }));
        TYPE.method(PyMethodDescr.of0(TYPE, "flush", self -> {
            ((PyTextStream) self).flush();
            return PyNone.NONE;
        }));
        TYPE.method(PyMethodDescr.ofRange(TYPE, "readline", 0, 1, (self, a) -> PyStr.of(((PyTextStream) self).readLine())));
        TYPE.method(PyMethodDescr.ofRange(TYPE, "read", 0, 1, (self, a) -> PyStr.of(((PyTextStream) self).readAll())));
        TYPE.method(PyMethodDescr.of0(TYPE, "isatty", self -> PyBool.FALSE));
        TYPE.method(PyMethodDescr.of0(TYPE, "fileno", self -> PyInt.of(((PyTextStream) self).fd)));
        TYPE.method(PyMethodDescr.of0(TYPE, "readable", self -> PyBool.of(((PyTextStream) self).in != null)));
        TYPE.method(PyMethodDescr.of0(TYPE, "writable", self -> PyBool.of(((PyTextStream) self).out != null)));
        TYPE.attr("encoding", new PyGetSet("encoding", self -> PyStr.of("utf-8"), null));
        TYPE.attr("name", new PyGetSet("name", self -> PyStr.of(((PyTextStream) self).name), null));
        TYPE.attr("closed", new PyGetSet("closed", self -> PyBool.FALSE, null));
        TYPE.method(PyMethodDescr.of0(TYPE, "__iter__", self -> self));
    }

    private final String name;
    private final int fd;
    private final OutputStream out;
    private final InputStream in;
    private BufferedReader reader;
    private final StringBuilder buffer = new StringBuilder();

    PyTextStream(String name, int fd, OutputStream out, InputStream in) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        if (out == null) {
            throw Errors.of(org.ember.objects.ExceptionTypes.OSError, "not writable");
        }
        buffer.append(s);
        if (buffer.length() > 8192 || (fd == 2 && s.indexOf('\n') >= 0)) {
            flush();
        }
    }

    public void flush() {
        if (out == null || buffer.length() == 0) {
            return;
        }
        try {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffer.setLength(0);
        }
    }

    private BufferedReader reader() {
        if (in == null) {
            throw Errors.of(org.ember.objects.ExceptionTypes.OSError, "not readable");
        }
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return reader;
    }

    /** One line including its newline; "" at end of input. */
    public String readLine() {
        try {
            StringBuilder sb = new StringBuilder();
            BufferedReader r = reader();
            int c;
            while ((c = r.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw Errors.of(org.ember.objects.ExceptionTypes.OSError, e.getMessage());
        }
    }

    String readAll() {
        StringBuilder sb = new StringBuilder();
        String line;
        while (!(line = readLine()).isEmpty()) {
            sb.append(line);
        }
        return sb.toString();
    }

    static String str(PyObj o) {
        return Abstract.str(o).value();
    }
}
