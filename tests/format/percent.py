print("%s %d %i %f" % ("s", 42, 7, 1.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3e" % (3.14159, 2.5, 2.5, 2.5, 123456))
print("%r %a %s" % ("é", "é", "é"))
print("%c%c" % (72, "i"), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%s" % None, "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%i %u" % (-3, 5) if True else "", "%x" % -255, "%o" % -8)
print(b"%s %d" % (b"bytes", 5), b"%x" % 255)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5),
                  ("%c", 1114112), ("%d", None), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %r" % ([1, "a"], {"k": (1,)}))
print("%.3g|%10.4g|%#.3g" % (1234.5, 0.000123456, 1.0))
print("%-8.3s|" % "abcdef", "%08.3f" % -3.14159, "%+.1e" % 0.0)
