package org.ember.interpreter;

import org.ember.objects.Abstract;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBaseObject;
import org.ember.objects.PyBool;
import org.ember.objects.PyGetSet;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PySeqIter;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slot;
import org.ember.objects.SlotFns;

/**
 * {@code async def}: coroutine objects, async generators and the awaitables behind
 * {@code await}, {@code async for} and {@code async with}. A coroutine is a {@link PyGenerator}
 * over a CO_COROUTINE frame; an async generator's real {@code yield}s (as opposed to the inner
 * yields of its awaits) end an {@code asend()} step with StopIteration(value).
 */
final class Coroutines {
    private Coroutines() {}

    static final PyType COROUTINE = PyType.builtin("coroutine", PyBaseObject.TYPE, null).finalType();
    static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", PyBaseObject.TYPE, null).finalType();
    static final PyType CORO_WRAPPER = PySeqIter.iterType("coroutine_wrapper", w -> ((PyGenerator) ((Wrapper) w).coro).resume(PyNone.NONE, null));
    static final PyType ASEND = PyType.builtin("async_generator_asend", PyBaseObject.TYPE, null).finalType();

    /** {@code coro.__await__()}: an iterator driving the coroutine. */
    static final class Wrapper extends PyObj {
        final PyObj coro;

        Wrapper(PyObj coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return CORO_WRAPPER;
        }
    }

    /** One step of an async generator: the awaitable returned by {@code __anext__}/{@code asend}/{@code athrow}. */
    static class ASend extends PyObj {
        final PyGenerator gen;
        final PyObj value;
        final PyRaise thrown;
        boolean started;
        boolean done;

        ASend(PyGenerator gen, PyObj value, PyRaise thrown) {
            this.gen = gen;
            this.value = value;
            this.thrown = thrown;
        }

        @Override
        public PyType type() {
            return ASEND;
        }

        /** Advances the generator; StopIteration(v) for its next real yield, StopAsyncIteration at its end. */
        PyObj step(PyObj sent, PyRaise exc) {
            if (done) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            PyObj r;
            try {
                if (!started) {
                    started = true;
                    r = thrown != null ? gen.resume(PyNone.NONE, thrown) : gen.resume(value, null);
                } else {
                    r = gen.resume(sent, exc);
                }
            } catch (PyRaise e) {
                done = true;
                throw e;
            }
            if (r == null) {
                done = true;
                throw Errors.of(ExceptionTypes.StopAsyncIteration);
            }
            if (gen.lastYieldWasOwn()) {
                done = true;
                throw Errors.stopIteration(r);
            }
            return r;
        }
    }

    static {
        PyType c = COROUTINE;
        c.slot(Slot.REPR, (SlotFns.Fn1) g -> PyStr.of("<coroutine object " + ((PyGenerator) g).function().qualname
                + " at 0x" + String.format("%012x", System.identityHashCode(g)) + ">"));
        c.method(PyMethodDescr.of1(c, "send", (g, v) -> ((PyGenerator) g).send(v)));
        c.method(PyMethodDescr.ofRange(c, "throw", 1, 3, (g, a) -> {
            PyObj[] args = a[1] == null ? new PyObj[] {a[0]} : new PyObj[] {a[0], a[1]};
            return ((PyGenerator) g).throwIn(PyGenerator.exceptionFromThrowArgs(args));
        }));
        c.method(PyMethodDescr.of0(c, "close", g -> {
            ((PyGenerator) g).close();
            return PyNone.NONE;
        }));
        c.method(PyMethodDescr.of0(c, "__await__", g -> new Wrapper(g)));
        c.attr("__name__", new PyGetSet("__name__", g -> PyStr.of(((PyGenerator) g).function().name), null));
        c.attr("__qualname__", new PyGetSet("__qualname__", g -> PyStr.of(((PyGenerator) g).function().qualname), null));
        c.attr("cr_running", new PyGetSet("cr_running", g -> PyBool.of(((PyGenerator) g).isRunning()), null));

        PyType w = CORO_WRAPPER;
        w.method(PyMethodDescr.of1(w, "send", (x, v) -> ((PyGenerator) ((Wrapper) x).coro).send(v)));
        w.method(PyMethodDescr.ofRange(w, "throw", 1, 3, (x, a) -> {
            PyObj[] args = a[1] == null ? new PyObj[] {a[0]} : new PyObj[] {a[0], a[1]};
            return ((PyGenerator) ((Wrapper) x).coro).throwIn(PyGenerator.exceptionFromThrowArgs(args));
        }));
        w.method(PyMethodDescr.of0(w, "close", x -> {
            ((PyGenerator) ((Wrapper) x).coro).close();
            return PyNone.NONE;
        }));

        PyType ag = ASYNC_GENERATOR;
        ag.slot(Slot.REPR, (SlotFns.Fn1) g -> PyStr.of("<async_generator object " + ((PyGenerator) g).function().qualname
                + " at 0x" + String.format("%012x", System.identityHashCode(g)) + ">"));
        ag.method(PyMethodDescr.of0(ag, "__aiter__", g -> g));
        ag.method(PyMethodDescr.of0(ag, "__anext__", g -> new ASend((PyGenerator) g, PyNone.NONE, null)));
        ag.method(PyMethodDescr.of1(ag, "asend", (g, v) -> new ASend((PyGenerator) g, v, null)));
        ag.method(PyMethodDescr.ofRange(ag, "athrow", 1, 3, (g, a) -> {
            PyObj[] args = a[1] == null ? new PyObj[] {a[0]} : new PyObj[] {a[0], a[1]};
            return new ASend((PyGenerator) g, PyNone.NONE, PyGenerator.exceptionFromThrowArgs(args));
        }));
        ag.method(PyMethodDescr.of0(ag, "aclose", g -> new ASend((PyGenerator) g, PyNone.NONE,
                Errors.of(ExceptionTypes.GeneratorExit)) {
            @Override
            PyObj step(PyObj sent, PyRaise exc) {
                try {
                    super.step(sent, exc);
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                } catch (PyRaise e) {
                    PyType t = e.exception().type();
                    if (t.isSubtypeOf(ExceptionTypes.GeneratorExit) || t.isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
                        throw Errors.stopIteration(null);
                    }
                    throw e;
                }
            }
        }));
        ag.attr("__name__", new PyGetSet("__name__", g -> PyStr.of(((PyGenerator) g).function().name), null));
        ag.attr("__qualname__", new PyGetSet("__qualname__", g -> PyStr.of(((PyGenerator) g).function().qualname), null));

        PyType as = ASEND;
        as.slot(Slot.ITER, (SlotFns.Fn1) x -> x)
                .slot(Slot.NEXT, (SlotFns.NextFn) x -> ((ASend) x).step(PyNone.NONE, null));
        as.method(PyMethodDescr.of0(as, "__await__", x -> x));
        as.method(PyMethodDescr.of1(as, "send", (x, v) -> ((ASend) x).step(v, null)));
        as.method(PyMethodDescr.ofRange(as, "throw", 1, 3, (x, a) -> {
            PyObj[] args = a[1] == null ? new PyObj[] {a[0]} : new PyObj[] {a[0], a[1]};
            return ((ASend) x).step(PyNone.NONE, PyGenerator.exceptionFromThrowArgs(args));
        }));
        as.method(PyMethodDescr.of0(as, "close", x -> {
            ((ASend) x).done = true;
            return PyNone.NONE;
        }));
    }

    static boolean isCoroutine(PyObj o) {
        return o instanceof PyGenerator && o.type() == COROUTINE;
    }

    /** GET_AWAITABLE: the iterator an {@code await} drives. {@code where}: 0 await, 1 __aenter__, 2 __aexit__. */
    static PyObj awaitable(PyObj o, int where) {
        if (isCoroutine(o)) {
            if (((PyGenerator) o).isRunning()) {
                throw Errors.runtimeError("coroutine is being awaited already");
            }
            return o;
        }
        PyObj await = Abstract.lookupSpecial(o, "__await__");
        if (await == null) {
            if (where == 1) {
                throw Errors.typeError("'async with' received an object from __aenter__ that does not implement __await__: "
                        + o.type().name());
            }
            if (where == 2) {
                throw Errors.typeError("'async with' received an object from __aexit__ that does not implement __await__: "
                        + o.type().name());
            }
            throw Errors.typeError("object " + o.type().name() + " can't be used in 'await' expression");
        }
        PyObj it = Abstract.call(await, new PyObj[0], null);
        if (isCoroutine(it) || it.type().next == null) {
            throw Errors.typeError("__await__() returned " + (isCoroutine(it) ? "a coroutine" : "non-iterator of type '"
                    + it.type().name() + "'"));
        }
        return it;
    }

    static PyObj aiter(PyObj o) {
        PyObj m = Abstract.lookupSpecial(o, "__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObj it = Abstract.call(m, new PyObj[0], null);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    static PyObj anext(PyObj aiter) {
        PyObj m = Abstract.lookupSpecial(aiter, "__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name());
        }
        PyObj r = Abstract.call(m, new PyObj[0], null);
        try {
            return awaitable(r, 0);
        } catch (PyRaise e) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: " + r.type().name());
        }
    }
}
