package org.ember.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.ember.objects.Abstract;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;

/** The {@code time} module; every expectation comes from the python3 (CPython 3.11) line beside it. */
class TimeModuleTest {
    static final PyModule TIME = TimeModule.create();

    static PyObj call(String name, PyObj... args) {
        return Abstract.call(TIME.dict().getStr(name), args, null);
    }

    static String r(PyObj o) {
        return Abstract.repr(o).value();
    }

    static PyTuple tt(long... v) {
        PyObj[] items = new PyObj[v.length];
        for (int k = 0; k < v.length; k++) {
            items[k] = PyInt.of(v[k]);
        }
        return PyTuple.of(items);
    }

    static void raises(String expected, Runnable body) {
        try {
            body.run();
        } catch (PyRaise e) {
            assertThat(e.pythonType() + ": " + e.pythonMessage()).isEqualTo(expected);
            return;
        }
        fail("expected " + expected);
    }

    @Test
    void gmtime() {
        // time.gmtime(1234567890)
        assertThat(r(call("gmtime", PyInt.of(1234567890)))).isEqualTo("time.struct_time(tm_year=2009, tm_mon=2, "
                + "tm_mday=13, tm_hour=23, tm_min=31, tm_sec=30, tm_wday=4, tm_yday=44, tm_isdst=0)");
        // time.gmtime(-1.5)[:6] -> (1969, 12, 31, 23, 59, 58)
        PyObj t = call("gmtime", new PyFloat(-1.5));
        assertThat(r(Abstract.getItem(t, new org.ember.objects.PySlice(org.ember.objects.PyNone.NONE, PyInt.of(6),
                org.ember.objects.PyNone.NONE)))).isEqualTo("(1969, 12, 31, 23, 59, 58)");
        // time.gmtime(0).tm_zone -> 'GMT' ; time.gmtime(0).tm_gmtoff -> 0
        assertThat(r(Abstract.getAttr(call("gmtime", PyInt.of(0)), "tm_zone"))).isEqualTo("'GMT'");
        assertThat(r(Abstract.getAttr(call("gmtime", PyInt.of(0)), "tm_gmtoff"))).isEqualTo("0");
        // time.gmtime(float("nan")) -> ValueError: Invalid value NaN (not a number)
        raises("ValueError: Invalid value NaN (not a number)", () -> call("gmtime", new PyFloat(Double.NaN)));
        // time.gmtime(1e20) -> OverflowError: timestamp out of range for platform time_t
        raises("OverflowError: timestamp out of range for platform time_t", () -> call("gmtime", new PyFloat(1e20)));
    }

    @Test
    void structTime() {
        // time.struct_time((1,2,3)) -> TypeError: time.struct_time() takes an at least 9-sequence (3-sequence given)
        raises("TypeError: time.struct_time() takes an at least 9-sequence (3-sequence given)",
                () -> Abstract.call(TimeModule.STRUCT_TIME, new PyObj[] {tt(1, 2, 3)}, null));
        // time.struct_time(range(11)).tm_gmtoff -> 10 ; time.struct_time(range(9)).tm_zone -> None
        PyObj s = Abstract.call(TimeModule.STRUCT_TIME, new PyObj[] {tt(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)}, null);
        assertThat(r(Abstract.getAttr(s, "tm_gmtoff"))).isEqualTo("10");
        assertThat(r(s)).isEqualTo("time.struct_time(tm_year=0, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, "
                + "tm_wday=6, tm_yday=7, tm_isdst=8)");
        PyObj s9 = Abstract.call(TimeModule.STRUCT_TIME, new PyObj[] {tt(0, 1, 2, 3, 4, 5, 6, 7, 8)}, null);
        assertThat(r(Abstract.getAttr(s9, "tm_zone"))).isEqualTo("None");
        // len(time.gmtime(0)) -> 9 ; time.struct_time.n_fields -> 11
        assertThat(Abstract.length(call("gmtime", PyInt.of(0)))).isEqualTo(9);
        assertThat(r(Abstract.getAttr(TimeModule.STRUCT_TIME, "n_fields"))).isEqualTo("11");
    }

    @Test
    void formatting() {
        PyObj t = call("gmtime", PyInt.of(1234567890));
        // time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %Z %z %p %I", time.gmtime(1234567890))
        assertThat(r(call("strftime", PyStr.of("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %Z %z %p %I"), t)))
                .isEqualTo("'2009-02-13 23:31:30 Fri Friday Feb February 044 06 06 5 09 GMT +0000 PM 11'");
        // time.strftime("%c|%x|%X|%e|%D|%T|%F|%R|%r|%C|%g|%G|%V|%u|%k|%l|%%|%f", time.gmtime(1234567890))
        assertThat(r(call("strftime", PyStr.of("%c|%x|%X|%e|%D|%T|%F|%R|%r|%C|%g|%G|%V|%u|%k|%l|%%|%f"), t)))
                .isEqualTo("'Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|13|02/13/09|23:31:30|2009-02-13|23:31|11:31:30 PM"
                        + "|20|09|2009|07|5|23|11|%|%f'");
        // time.strftime("%U %W %V %G %g", (2021,1,1,0,0,0,4,1,0)) -> '00 00 53 2020 20'
        assertThat(r(call("strftime", PyStr.of("%U %W %V %G %g"), tt(2021, 1, 1, 0, 0, 0, 4, 1, 0))))
                .isEqualTo("'00 00 53 2020 20'");
        // time.asctime((2020,1,1,0,0,0,0,1,0)) -> 'Mon Jan  1 00:00:00 2020'
        assertThat(r(call("asctime", tt(2020, 1, 1, 0, 0, 0, 0, 1, 0)))).isEqualTo("'Mon Jan  1 00:00:00 2020'");
        // time.asctime((2020,13,1,0,0,0,0,1,0)) -> ValueError: month out of range
        raises("ValueError: month out of range", () -> call("asctime", tt(2020, 13, 1, 0, 0, 0, 0, 1, 0)));
        // time.asctime((2020,1,1)) -> TypeError: asctime(): illegal time tuple argument
        raises("TypeError: asctime(): illegal time tuple argument", () -> call("asctime", tt(2020, 1, 1)));
        // time.strftime("%Y", (2020,1,1,0,0,0,0,400,0)) -> ValueError: day of year out of range
        raises("ValueError: day of year out of range",
                () -> call("strftime", PyStr.of("%Y"), tt(2020, 1, 1, 0, 0, 0, 0, 400, 0)));
    }

    @Test
    void clocks() {
        // type(time.time()) -> float ; type(time.time_ns()) -> int ; time.sleep(-1) -> ValueError
        assertThat(call("time")).isInstanceOf(PyFloat.class);
        assertThat(call("time_ns")).isInstanceOf(PyInt.class);
        long a = ((PyInt) call("monotonic_ns")).longValue();
        call("sleep", new PyFloat(0.01));
        long b = ((PyInt) call("monotonic_ns")).longValue();
        assertThat(b - a).isGreaterThanOrEqualTo(9_000_000L);
        assertThat(((PyInt) call("process_time_ns")).longValue()).isGreaterThan(0);
        // time.sleep(-1) -> ValueError: sleep length must be non-negative
        raises("ValueError: sleep length must be non-negative", () -> call("sleep", PyInt.of(-1)));
        // time.sleep("a") -> TypeError: 'str' object cannot be interpreted as an integer
        raises("TypeError: 'str' object cannot be interpreted as an integer", () -> call("sleep", PyStr.of("a")));
        // time.get_clock_info("x") -> ValueError: unknown clock
        raises("ValueError: unknown clock", () -> call("get_clock_info", PyStr.of("x")));
    }

    @Test
    void sleepIsInterruptible() throws Exception {
        Thread main = Thread.currentThread();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            main.interrupt();
        });
        t.start();
        long t0 = System.nanoTime();
        raises("KeyboardInterrupt: ", () -> call("sleep", PyInt.of(30)));
        assertThat(System.nanoTime() - t0).isLessThan(10_000_000_000L);
        t.join();
    }
}
