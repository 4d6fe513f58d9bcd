# printf-style % formatting: conversions, flags, width/precision from args, mapping keys, errors.

print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % True, "%s" % True)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%f %.2f %10.3f %-10.1f| %e %.1E %g %G %.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.6789, 0.000123, 0.00001, 1e20, 1234.5))
print("%c%c%c" % (72, "i", 0x21), "%%", "100%% sure", "%s%%" % 50)
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)08.3f|%(x)-8.1e|" % {"x": 3.5})
print("%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2], "%s" % {"a": 1}, "%r" % None)
print("%10s|%-10s|%.2s|%10.3s|" % ("abc", "abc", "abcdef", "abcdef"))
print("%s" % 1.0, "%r" % 1.5e16, "%s" % -0.0, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%#.0f" % 1)
print(b"%s and %d and %x" % (b"bytes", 5, 255), b"%c" % 65, b"%5.1f" % 2.25)
print("%s" % "only one", "%d items" % 3, "plain" % ())

cases = [
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%d", ("x",)),
    ("%x", (1.5,)),
    ("%c", ("ab",)),
    ("%(k)s", (1,)),
    ("%(k)s", {"j": 1}),
    ("%z", (1,)),
    ("%", ()),
    ("%s %s", "ab"),
    ("%f", ("1.0",)),
    ("%c", (-1,)),
    ("%.*f", (1.5, 2.0)),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r} % {args!r}: {type(e).__name__}: {e}")
