package org.ember.modules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.ember.interpreter.ImportHook;
import org.ember.interpreter.ThreadState;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Errors;
import org.ember.objects.ExceptionTypes;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyNamespace;
import org.ember.objects.PyNone;
import org.ember.objects.PyObj;
import org.ember.objects.PyStr;
import org.ember.objects.PyStructSeq;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.SlotFns.CallFn;

/**
 * The {@code time} module on {@code java.time}: clocks, sleeping, the conversions between
 * timestamps and {@code struct_time} in UTC and in the JVM's default zone (which follows
 * {@code TZ}), and a C-locale {@code strftime} with glibc's directives.
 */
public final class TimeModule {
    private TimeModule() {}

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    public static final PyType STRUCT_TIME = PyStructSeq.newType("time.struct_time", FIELDS, 9);

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** Seconds in the range of a 64-bit time_t that java.time can also represent. */
    private static final long MAX_SECONDS = 31556889864403199L;
    private static final long MIN_SECONDS = -31557014167219200L;

    /** The origin of perf_counter/monotonic (nanoTime has an arbitrary origin of its own). */
    private static final long NANO_ORIGIN = System.nanoTime();

    public static PyModule create() {
        PyModule m = PyModule.create("time");
        PyDict d = m.dict();
        d.setStr("struct_time", STRUCT_TIME);
        d.setStr("_STRUCT_TM_ITEMS", PyInt.of(11));
        setZoneConstants(d);

        // time()
        fn(d, "time", (s, a, kw) -> {
            noArgs("time", a, kw);
            return PyFloat.of(wallNanos() / 1e9);
        });
        // time_ns()
        fn(d, "time_ns", (s, a, kw) -> {
            noArgs("time_ns", a, kw);
            return PyInt.of(wallNanos());
        });
        // perf_counter()
        fn(d, "perf_counter", (s, a, kw) -> {
            noArgs("perf_counter", a, kw);
            return PyFloat.of(monoNanos() / 1e9);
        });
        // perf_counter_ns()
        fn(d, "perf_counter_ns", (s, a, kw) -> {
            noArgs("perf_counter_ns", a, kw);
            return PyInt.of(monoNanos());
        });
        // monotonic()
        fn(d, "monotonic", (s, a, kw) -> {
            noArgs("monotonic", a, kw);
            return PyFloat.of(monoNanos() / 1e9);
        });
        // monotonic_ns()
        fn(d, "monotonic_ns", (s, a, kw) -> {
            noArgs("monotonic_ns", a, kw);
            return PyInt.of(monoNanos());
        });
        // process_time()
        fn(d, "process_time", (s, a, kw) -> {
            noArgs("process_time", a, kw);
            return PyFloat.of(processNanos() / 1e9);
        });
        // process_time_ns()
        fn(d, "process_time_ns", (s, a, kw) -> {
            noArgs("process_time_ns", a, kw);
            return PyInt.of(processNanos());
        });
        // thread_time()
        fn(d, "thread_time", (s, a, kw) -> {
            noArgs("thread_time", a, kw);
            return PyFloat.of(threadNanos() / 1e9);
        });
        // thread_time_ns()
        fn(d, "thread_time_ns", (s, a, kw) -> {
            noArgs("thread_time_ns", a, kw);
            return PyInt.of(threadNanos());
        });
        // sleep(secs, /)
        fn(d, "sleep", (s, a, kw) -> {
            ArgParser.exactlyOne("time.sleep", a, kw);
            sleep(a[0]);
            return PyNone.NONE;
        });
        // gmtime(secs=None, /)
        fn(d, "gmtime", (s, a, kw) -> {
            check("gmtime", a, kw, 0, 1);
            long secs = a.length == 0 || a[0] == PyNone.NONE ? Math.floorDiv(wallNanos(), 1_000_000_000L) : toTimeT(a[0]);
            return gmtime(secs);
        });
        // localtime(secs=None, /)
        fn(d, "localtime", (s, a, kw) -> {
            check("localtime", a, kw, 0, 1);
            long secs = a.length == 0 || a[0] == PyNone.NONE ? Math.floorDiv(wallNanos(), 1_000_000_000L) : toTimeT(a[0]);
            return localtime(secs);
        });
        // mktime(t, /)
        fn(d, "mktime", (s, a, kw) -> {
            ArgParser.exactlyOne("time.mktime", a, kw);
            return PyFloat.of(mktime(timeTuple("mktime", a[0])));
        });
        // asctime(t=None, /)
        fn(d, "asctime", (s, a, kw) -> {
            check("asctime", a, kw, 0, 1);
            long[] t = a.length == 0 ? fields(localtime(Math.floorDiv(wallNanos(), 1_000_000_000L))) : timeTuple("asctime", a[0]);
            checkFields(t, false);
            return PyStr.of(asctime(t));
        });
        // ctime(secs=None, /)
        fn(d, "ctime", (s, a, kw) -> {
            check("ctime", a, kw, 0, 1);
            long secs = a.length == 0 || a[0] == PyNone.NONE ? Math.floorDiv(wallNanos(), 1_000_000_000L) : toTimeT(a[0]);
            return PyStr.of(asctime(fields(localtime(secs))));
        });
        // strftime(format, t=None, /)
        fn(d, "strftime", (s, a, kw) -> {
            check("strftime", a, kw, 1, 2);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + a[0].type().name());
            }
            PyTuple st = a.length == 1 ? localtime(Math.floorDiv(wallNanos(), 1_000_000_000L)) : null;
            long[] t = st != null ? fields(st) : timeTuple("strftime", a[1]);
            PyObj src = st != null ? st : a[1];
            String zone = null;
            long gmtoff = 0;
            if (src.type() == STRUCT_TIME) {
                PyObj z = Abstract.getAttr(src, "tm_zone");
                PyObj off = Abstract.getAttr(src, "tm_gmtoff");
                zone = z instanceof PyStr ? ((PyStr) z).value() : null;
                gmtoff = off instanceof PyInt ? ((PyInt) off).longValue() : 0;
            } else {
                // a plain tuple: the local zone's name for its isdst flag, offset 0 (as CPython)
                zone = t[8] > 0 ? TZNAME[1] : TZNAME[0];
            }
            checkFields(t, true);
            return PyStr.of(strftime(((PyStr) a[0]).value(), t, zone, gmtoff));
        });
        // strptime(string, format='%a %b %d %H:%M:%S %Y', /)
        fn(d, "strptime", (s, a, kw) -> {
            check("strptime", a, kw, 1, 2);
            PyObj mod = importModule("_strptime");
            return Abstract.call(Abstract.getAttr(mod, "_strptime_time"), a, null);
        });
        // get_clock_info(name, /)
        fn(d, "get_clock_info", (s, a, kw) -> {
            ArgParser.exactlyOne("time.get_clock_info", a, kw);
            String name = Abstract.strArg(a[0], "get_clock_info() argument").value();
            Map<String, PyObj> info = new LinkedHashMap<>();
            switch (name) {
                case "time":
                    info.put("implementation", PyStr.of("java.time.Instant.now()"));
                    info.put("monotonic", PyBool.FALSE);
                    info.put("adjustable", PyBool.TRUE);
                    info.put("resolution", PyFloat.of(1e-6));
                    break;
                case "monotonic":
                case "perf_counter":
                    info.put("implementation", PyStr.of("java.lang.System.nanoTime()"));
                    info.put("monotonic", PyBool.TRUE);
                    info.put("adjustable", PyBool.FALSE);
                    info.put("resolution", PyFloat.of(1e-9));
                    break;
                case "process_time":
                case "thread_time":
                    info.put("implementation", PyStr.of(name.equals("thread_time")
                            ? "java.lang.management.ThreadMXBean.getCurrentThreadCpuTime()"
                            : "com.sun.management.OperatingSystemMXBean.getProcessCpuTime()"));
                    info.put("monotonic", PyBool.TRUE);
                    info.put("adjustable", PyBool.FALSE);
                    info.put("resolution", PyFloat.of(1e-9));
                    break;
                default:
                    throw Errors.valueError("unknown clock");
            }
            return PyNamespace.of("namespace", info);
        });
        return m;
    }

    // ---- plumbing --------------------------------------------------------------------------------

    private static void fn(PyDict d, String name, CallFn impl) {
        d.setStr(name, new PyBuiltinFunction(name, "time", null, impl));
    }

    private static void noArgs(String name, PyObj[] a, String[] kw) {
        ArgParser.noKeywords("time." + name, kw);
        if (a.length != 0) {
            throw Errors.typeError("time." + name + "() takes no arguments (" + a.length + " given)");
        }
    }

    private static void check(String name, PyObj[] a, String[] kw, int min, int max) {
        ArgParser.noKeywords("time." + name, kw);
        ArgParser.checkRange(name, a.length, min, max);
    }

    private static PyObj importModule(String name) {
        Object c = ThreadState.current().context;
        if (!(c instanceof ImportHook.Context)) {
            throw Errors.importError("No module named '" + name + "'");
        }
        PyDict modules = ((ImportHook.Context) c).sysModules();
        PyObj mod = modules.getStr(name);
        if (mod != null) {
            return mod;
        }
        PyObj builtins = modules.getStr("builtins");
        PyObj imp = Abstract.getAttr(builtins, "__import__");
        return Abstract.call(imp, new PyObj[] {PyStr.of(name)}, null);
    }

    // ---- clocks ----------------------------------------------------------------------------------

    static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static long monoNanos() {
        // offset so values are positive and comparable across calls, like CLOCK_MONOTONIC
        return System.nanoTime() - NANO_ORIGIN + 1_000_000_000L;
    }

    static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long t = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return threadNanos();
    }

    static long threadNanos() {
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        if (tb.isCurrentThreadCpuTimeSupported()) {
            return tb.getCurrentThreadCpuTime();
        }
        return monoNanos();
    }

    /** Sleeps for a float or integer number of seconds; an interrupt of the thread raises KeyboardInterrupt. */
    static void sleep(PyObj secs) {
        long nanos;
        if (secs instanceof PyFloat) {
            double v = ((PyFloat) secs).value;
            if (Double.isNaN(v)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (v < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            if (v > 9.2e9) {
                throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = (long) Math.ceil(v * 1e9);
        } else {
            PyInt i = Abstract.index(secs);
            if (i.signum() < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            if (!i.fitsLong() || i.longValue() > 9_200_000_000L) {
                throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = i.longValue() * 1_000_000_000L;
        }
        long deadline = System.nanoTime() + nanos;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            }
        } catch (InterruptedException e) {
            throw ExceptionTypes.create(ExceptionTypes.KeyboardInterrupt).raise();
        }
    }

    // ---- struct_time -----------------------------------------------------------------------------

    /** A timestamp argument as whole seconds (floats are floored), with CPython's errors. */
    static long toTimeT(PyObj o) {
        if (o instanceof PyFloat) {
            double v = ((PyFloat) o).value;
            if (Double.isNaN(v)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double f = Math.floor(v);
            if (!(f >= -0x1p63 && f < 0x1p63)) {
                throw Errors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) f;
        }
        PyInt i = Abstract.index(o);
        if (!i.fitsLong()) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    private static void checkRange(long secs) {
        if (secs > MAX_SECONDS || secs < MIN_SECONDS) {
            throw Errors.of(ExceptionTypes.OSError, "[Errno 75] Value too large for defined data type");
        }
    }

    static PyTuple gmtime(long secs) {
        checkRange(secs);
        LocalDateTime t = LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
        return structTime(t, 0, "GMT", 0);
    }

    static PyTuple localtime(long secs) {
        checkRange(secs);
        ZoneId zone = ZoneId.systemDefault();
        Instant instant = Instant.ofEpochSecond(secs);
        ZonedDateTime z;
        try {
            z = instant.atZone(zone);
        } catch (DateTimeException e) {
            throw Errors.of(ExceptionTypes.OSError, "[Errno 75] Value too large for defined data type");
        }
        boolean dst = zone.getRules().isDaylightSavings(instant);
        return structTime(z.toLocalDateTime(), dst ? 1 : 0, zoneName(zone, dst, instant), z.getOffset().getTotalSeconds());
    }

    private static String zoneName(ZoneId zone, boolean dst, Instant at) {
        if (zone instanceof ZoneOffset) {
            return ((ZoneOffset) zone).getTotalSeconds() == 0 ? "UTC" : zone.getId();
        }
        String n = TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.ROOT);
        if (n.startsWith("GMT") && n.length() > 3) {
            // glibc names zones without an abbreviation by their offset: "+03", "-0330"
            int off = zone.getRules().getOffset(at).getTotalSeconds();
            int a = Math.abs(off);
            String s = (off < 0 ? "-" : "+") + String.format("%02d", a / 3600);
            return a % 3600 == 0 ? s : s + String.format("%02d", a % 3600 / 60);
        }
        return n;
    }

    private static PyTuple structTime(LocalDateTime t, int isdst, String zone, long gmtoff) {
        PyObj[] items = {PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
            PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
            PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(isdst)};
        return PyStructSeq.instance(STRUCT_TIME, items, new PyObj[] {PyStr.of(zone), PyInt.of(gmtoff)});
    }

    /** The nine fields in Python's conventions (month 1-12, Monday = 0, yday 1-366). */
    private static long[] fields(PyTuple t) {
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            r[i] = ((PyInt) t.get(i)).longValue();
        }
        return r;
    }

    /** A struct_time or 9-tuple argument as its fields. */
    static long[] timeTuple(String fname, PyObj o) {
        if (!(o instanceof PyTuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        PyTuple t = (PyTuple) o;
        if (t.size() != 9) {
            throw Errors.typeError(fname + "(): illegal time tuple argument");
        }
        long[] r = new long[9];
        for (int i = 0; i < 9; i++) {
            PyInt v = Abstract.index(t.get(i));
            if (!v.fitsLong() || v.longValue() != (int) v.longValue()) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            r[i] = v.longValue();
        }
        return r;
    }

    /**
     * CPython's range checks of asctime (strict) and strftime (which first turns a zero month,
     * day or yday into the first one and clamps isdst).
     */
    private static void checkFields(long[] t, boolean forStrftime) {
        if (forStrftime) {
            if (t[1] == 0) {
                t[1] = 1;
            }
            if (t[2] == 0) {
                t[2] = 1;
            }
            if (t[7] == 0) {
                t[7] = 1;
            }
            t[8] = Math.max(-1, Math.min(1, t[8]));
        }
        if (t[1] < 1 || t[1] > 12) {
            throw Errors.valueError("month out of range");
        }
        if (t[2] < 1 || t[2] > 31) {
            throw Errors.valueError("day of month out of range");
        }
        if (t[3] < 0 || t[3] > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (t[4] < 0 || t[4] > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (t[5] < 0 || t[5] > 61) {
            throw Errors.valueError("seconds out of range");
        }
        long cw = (t[6] + 1) % 7; // C's Sunday = 0, with C's remainder
        if (cw < 0) {
            throw Errors.valueError("day of week out of range");
        }
        if (t[7] < 1 || t[7] > 366) {
            throw Errors.valueError("day of year out of range");
        }
        t[6] = (cw + 6) % 7;
    }

    /** Sunday = 0 from Python's Monday = 0. */
    private static int cWday(long[] t) {
        return (int) ((t[6] + 1) % 7);
    }

    static String asctime(long[] t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAYS[cWday(t)].substring(0, 3),
                MONTHS[(int) t[1] - 1].substring(0, 3), t[2], t[3], t[4], t[5], t[0]);
    }

    /** mktime: local fields (normalized like C: month 13 is January of the next year) to seconds. */
    static double mktime(long[] t) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime ldt;
        try {
            ldt = LocalDateTime.of((int) t[0], 1, 1, 0, 0).plusMonths(t[1] - 1).plusDays(t[2] - 1)
                    .plusHours(t[3]).plusMinutes(t[4]).plusSeconds(t[5]);
        } catch (DateTimeException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
        ZonedDateTime z = ZonedDateTime.ofLocal(ldt, zone, null);
        long secs = z.toEpochSecond();
        boolean dst = zone.getRules().isDaylightSavings(z.toInstant());
        if (t[8] > 0 && !dst) {
            secs -= 3600; // the fields claim summer time the zone does not have then
        } else if (t[8] == 0 && dst) {
            secs += zone.getRules().getDaylightSavings(z.toInstant()).getSeconds();
        }
        return secs;
    }

    // ---- zone constants ------------------------------------------------------------------------

    static long TIMEZONE;
    static long ALTZONE;
    static String[] TZNAME = {"UTC", "UTC"};

    private static void setZoneConstants(PyDict d) {
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDateTime.now(zone).getYear();
        Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone).toInstant();
        long janZone = -zone.getRules().getOffset(jan).getTotalSeconds();
        long julZone = -zone.getRules().getOffset(jul).getTotalSeconds();
        String janName = zoneName(zone, zone.getRules().isDaylightSavings(jan), jan);
        String julName = zoneName(zone, zone.getRules().isDaylightSavings(jul), jul);
        if (janZone < julZone) {
            // summer time in January: the southern hemisphere
            TIMEZONE = julZone;
            ALTZONE = janZone;
            TZNAME = new String[] {julName, janName};
        } else {
            TIMEZONE = janZone;
            ALTZONE = julZone;
            TZNAME = new String[] {janName, julName};
        }
        d.setStr("timezone", PyInt.of(TIMEZONE));
        d.setStr("altzone", PyInt.of(ALTZONE));
        d.setStr("daylight", PyInt.of(janZone != julZone ? 1 : 0));
        d.setStr("tzname", PyTuple.of(PyStr.of(TZNAME[0]), PyStr.of(TZNAME[1])));
    }

    // ---- strftime ------------------------------------------------------------------------------

    /** C-locale strftime with glibc's directives and flags ({@code -}, {@code _}, {@code 0}, {@code ^}, {@code #}). */
    static String strftime(String fmt, long[] t, String zone, long gmtoff) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            char pad = 0;
            boolean upper = false;
            boolean swapCase = false;
            i++;
            while (i < n && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i);
                if (f == '^') {
                    upper = true;
                } else if (f == '#') {
                    swapCase = true;
                } else {
                    pad = f;
                }
                i++;
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = Math.max(width, 0) * 10 + (fmt.charAt(i) - '0');
                i++;
            }
            while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            String v = directive(fmt.charAt(i), t, zone, gmtoff, pad, width);
            if (v == null) {
                out.append(fmt, start, i + 1);
                continue;
            }
            if (upper) {
                v = v.toUpperCase(Locale.ROOT);
            } else if (swapCase) {
                char d = fmt.charAt(i);
                v = d == 'p' ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT);
            }
            out.append(v);
        }
        return out.toString();
    }

    private static String num(long v, int digits, char defPad, char pad, int width) {
        char p = pad == 0 ? defPad : pad;
        int w = width >= 0 ? width : digits;
        String s = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (p == '-') {
            return sign + s;
        }
        StringBuilder b = new StringBuilder();
        for (int k = s.length() + sign.length(); k < w; k++) {
            b.append(p == '_' ? ' ' : '0');
        }
        return p == '_' ? b + sign + s : sign + b + s;
    }

    private static String text(String s, char pad, int width) {
        if (width <= s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int k = s.length(); k < width; k++) {
            b.append(pad == '0' ? '0' : ' ');
        }
        return b + s;
    }

    private static String directive(char c, long[] t, String zone, long gmtoff, char pad, int width) {
        long year = t[0];
        int mon = (int) t[1];
        long mday = t[2];
        long hour = t[3];
        int wday = cWday(t);
        long yday = t[7] - 1;
        switch (c) {
            case 'a': return text(DAYS[wday].substring(0, 3), pad, width);
            case 'A': return text(DAYS[wday], pad, width);
            case 'b':
            case 'h': return text(MONTHS[mon - 1].substring(0, 3), pad, width);
            case 'B': return text(MONTHS[mon - 1], pad, width);
            case 'c': return text(strftime("%a %b %e %H:%M:%S %Y", t, zone, gmtoff), pad, width);
            case 'C': return num(Math.floorDiv(year, 100), year >= 1000 || year < 0 ? 2 : 1, '0', pad, width);
            case 'd': return num(mday, 2, '0', pad, width);
            case 'D': return text(strftime("%m/%d/%y", t, zone, gmtoff), pad, width);
            case 'e': return num(mday, 2, '_', pad, width);
            case 'F': return text(strftime("%Y-%m-%d", t, zone, gmtoff), pad, width);
            case 'g': return num(Math.floorMod(isoYear(t), 100), 2, '0', pad, width);
            case 'G': return num(isoYear(t), 1, '0', pad, width);
            case 'H': return num(hour, 2, '0', pad, width);
            case 'I': return num(hour % 12 == 0 ? 12 : hour % 12, 2, '0', pad, width);
            case 'j': return num(yday + 1, 3, '0', pad, width);
            case 'k': return num(hour, 2, '_', pad, width);
            case 'l': return num(hour % 12 == 0 ? 12 : hour % 12, 2, '_', pad, width);
            case 'm': return num(mon, 2, '0', pad, width);
            case 'M': return num(t[4], 2, '0', pad, width);
            case 'n': return "\n";
            case 'p': return text(hour < 12 ? "AM" : "PM", pad, width);
            case 'P': return text(hour < 12 ? "am" : "pm", pad, width);
            case 'r': return text(strftime("%I:%M:%S %p", t, zone, gmtoff), pad, width);
            case 'R': return text(strftime("%H:%M", t, zone, gmtoff), pad, width);
            case 's': return num((long) mktime(t.clone()), 1, '0', pad, width);
            case 'S': return num(t[5], 2, '0', pad, width);
            case 't': return "\t";
            case 'T': return text(strftime("%H:%M:%S", t, zone, gmtoff), pad, width);
            case 'u': return num(wday == 0 ? 7 : wday, 1, '0', pad, width);
            case 'U': return num((yday + 7 - wday) / 7, 2, '0', pad, width);
            case 'V': return num(isoWeek(t), 2, '0', pad, width);
            case 'w': return num(wday, 1, '0', pad, width);
            case 'W': return num((yday + 7 - (wday + 6) % 7) / 7, 2, '0', pad, width);
            case 'x': return text(strftime("%m/%d/%y", t, zone, gmtoff), pad, width);
            case 'X': return text(strftime("%H:%M:%S", t, zone, gmtoff), pad, width);
            case 'y': return num(Math.floorMod(year, 100), 2, '0', pad, width);
            case 'Y': return num(year, 1, '0', pad, width);
            case 'z': {
                long a = Math.abs(gmtoff);
                return (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", a / 3600, a % 3600 / 60);
            }
            case 'Z': return text(zone == null ? "" : zone, pad, width);
            case '%': return "%";
            default: return null;
        }
    }

    /** The number of ISO weeks in a year: 53 when it starts on a Thursday, or a leap year on a Wednesday. */
    private static int isoWeeksIn(long y) {
        long p = Math.floorMod(y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400), 7);
        long q = Math.floorMod((y - 1) + Math.floorDiv(y - 1, 4) - Math.floorDiv(y - 1, 100) + Math.floorDiv(y - 1, 400), 7);
        return p == 4 || q == 3 ? 53 : 52;
    }

    /** {ISO year, ISO week} from year, yday and wday. */
    private static long[] iso(long[] t) {
        long year = t[0];
        int isoWday = (int) (t[6] % 7) + 1; // Monday = 1
        long week = (t[7] - isoWday + 10) / 7;
        if (t[7] - isoWday + 10 < 7) {
            week = 0;
        }
        if (week < 1) {
            year--;
            week = isoWeeksIn(year);
        } else if (week > isoWeeksIn(year)) {
            year++;
            week = 1;
        }
        return new long[] {year, week};
    }

    private static long isoYear(long[] t) {
        return iso(t)[0];
    }

    private static long isoWeek(long[] t) {
        return iso(t)[1];
    }
}
