package org.ember.interpreter;

import org.ember.objects.PyObj;
import org.ember.objects.PyType;

/** One traceback entry ({@code traceback}): a frame and the instruction where the exception passed. */
public final class PyTraceback extends PyObj {
    public final Frame frame;
    public final int lasti;
    public final PyTraceback next;

    public PyTraceback(Frame frame, int lasti, PyTraceback next) {
        frame.escape();
        this.frame = frame;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType type() {
        return FrameType.TRACEBACK;
    }

    public int lineno() {
        int[] lines = frame.code.lines;
        return lasti >= 0 && lasti < lines.length ? lines[lasti] : frame.code.firstLineno;
    }
}
