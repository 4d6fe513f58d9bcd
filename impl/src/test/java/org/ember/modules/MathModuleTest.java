package org.ember.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigInteger;
import org.ember.objects.Abstract;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObj;
import org.ember.objects.PyRaise;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code math} module; every expectation comes from the python3 (CPython 3.11) line beside it. */
class MathModuleTest {
    static final PyModule MATH = MathModule.create();

    static PyObj call(String name, PyObj... args) {
        return Abstract.call(MATH.dict().getStr(name), args, null);
    }

    static PyObj callKw(String name, String[] kw, PyObj... args) {
        return Abstract.call(MATH.dict().getStr(name), args, kw);
    }

    static String r(String name, PyObj... args) {
        return Abstract.repr(call(name, args)).value();
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyInt big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    static PyTuple tup(PyObj... items) {
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

    @Nested
    class Constants {
        @Test
        void values() {
            // math.pi ; math.e ; math.tau ; math.inf ; math.nan
            assertThat(Abstract.repr(MATH.dict().getStr("pi")).value()).isEqualTo("3.141592653589793");
            assertThat(Abstract.repr(MATH.dict().getStr("e")).value()).isEqualTo("2.718281828459045");
            assertThat(Abstract.repr(MATH.dict().getStr("tau")).value()).isEqualTo("6.283185307179586");
            assertThat(Abstract.repr(MATH.dict().getStr("inf")).value()).isEqualTo("inf");
            assertThat(Abstract.repr(MATH.dict().getStr("nan")).value()).isEqualTo("nan");
        }
    }

    @Nested
    class FloatFunctions {
        @Test
        void correctlyRounded() {
            // math.sqrt(2.0) -> 1.4142135623730951
            assertThat(r("sqrt", f(2.0))).isEqualTo("1.4142135623730951");
            // math.exp(1.0) -> 2.718281828459045
            assertThat(r("exp", f(1.0))).isEqualTo("2.718281828459045");
            // math.sin(1.0) ; math.cos(1.0) ; math.tan(1.0)
            assertThat(r("sin", f(1.0))).isEqualTo("0.8414709848078965");
            assertThat(r("cos", f(1.0))).isEqualTo("0.5403023058681398");
            assertThat(r("tan", f(1.0))).isEqualTo("1.5574077246549023");
            // math.atan2(1.0, 1.0) -> 0.7853981633974483
            assertThat(r("atan2", f(1.0), f(1.0))).isEqualTo("0.7853981633974483");
            // math.pow(2.0, 0.5) -> 1.4142135623730951
            assertThat(r("pow", f(2.0), f(0.5))).isEqualTo("1.4142135623730951");
            // math.exp2(10.0) -> 1024.0
            assertThat(r("exp2", f(10.0))).isEqualTo("1024.0");
            // math.asinh(1.0) ; math.acosh(2.0) ; math.atanh(0.5)
            assertThat(r("asinh", f(1.0))).isEqualTo("0.881373587019543");
            assertThat(r("acosh", f(2.0))).isEqualTo("1.3169578969248166");
            assertThat(r("atanh", f(0.5))).isEqualTo("0.5493061443340548");
            // math.expm1(1e-10) -> 1.00000000005e-10 ; math.log1p(1e-10) -> 9.999999999500001e-11
            assertThat(r("expm1", f(1e-10))).isEqualTo("1.00000000005e-10");
            assertThat(r("log1p", f(1e-10))).isEqualTo("9.999999999500001e-11");
            // math.degrees(math.pi) -> 180.0 ; math.radians(180.0) -> 3.141592653589793
            assertThat(r("degrees", f(Math.PI))).isEqualTo("180.0");
            assertThat(r("radians", f(180.0))).isEqualTo("3.141592653589793");
            // math.erf(1.0) -> 0.8427007929497149 ; math.erfc(1.0) -> 0.15729920705028513
            assertThat(r("erf", f(1.0))).isEqualTo("0.8427007929497149");
            assertThat(r("erfc", f(1.0))).isEqualTo("0.15729920705028513");
            // math.gamma(5.0) -> 24.0 ; math.lgamma(100.5) -> 361.4355404677776
            assertThat(r("gamma", f(5.0))).isEqualTo("24.0");
            assertThat(r("lgamma", f(100.5))).isEqualTo("361.4355404677776");
        }

        @Test
        void knownDeviationsAreCorrectlyRounded() {
            // Where CPython's result is not correctly rounded, Ember's is (values checked with mpmath):
            // math.lgamma(10.0) -> 12.801827480081467 (true value 12.80182748008146961...)
            assertThat(r("lgamma", f(10.0))).isEqualTo("12.801827480081469");
            // math.gamma(0.5) -> 1.7724538509055159 (true value 1.77245385090551602729...)
            assertThat(r("gamma", f(0.5))).isEqualTo("1.772453850905516");
            // math.cbrt(27.0) -> 3.0000000000000004 (glibc's cbrt; the cube root of 27 is 3)
            assertThat(r("cbrt", f(27.0))).isEqualTo("3.0");
            // math.hypot(3e200, 4e200) -> 4.9999999999999995e+200 (true value 5e+200)
            assertThat(r("hypot", f(3e200), f(4e200))).isEqualTo("5e+200");
        }

        @Test
        void logarithms() {
            // math.log(8, 2) -> 3.0 ; math.log2(1024) -> 10.0 ; math.log10(1000) -> 3.0
            assertThat(r("log", i(8), i(2))).isEqualTo("3.0");
            assertThat(r("log2", i(1024))).isEqualTo("10.0");
            assertThat(r("log10", i(1000))).isEqualTo("3.0");
            // math.log(10**1000) -> 2302.585092994045
            assertThat(r("log", PyInt.of(BigInteger.TEN.pow(1000)))).isEqualTo("2302.585092994045");
            // math.log10(10**400) -> 400.0
            assertThat(r("log10", PyInt.of(BigInteger.TEN.pow(400)))).isEqualTo("400.0");
            // math.log(0) -> ValueError: math domain error
            raises("ValueError: math domain error", () -> call("log", i(0)));
            // math.log(-(10**400)) -> ValueError: math domain error
            raises("ValueError: math domain error", () -> call("log", PyInt.of(BigInteger.TEN.pow(400).negate())));
            // math.log(10, 1) -> ZeroDivisionError: float division by zero
            raises("ZeroDivisionError: float division by zero", () -> call("log", i(10), i(1)));
            // math.log() -> TypeError: math.log requires 1 to 2 arguments
            raises("TypeError: math.log requires 1 to 2 arguments", () -> call("log"));
        }

        @Test
        void decomposition() {
            // math.frexp(8.0) -> (0.5, 4) ; math.frexp(5e-324) -> (0.5, -1073)
            assertThat(r("frexp", f(8.0))).isEqualTo("(0.5, 4)");
            assertThat(r("frexp", f(5e-324))).isEqualTo("(0.5, -1073)");
            // math.ldexp(0.5, 4) -> 8.0
            assertThat(r("ldexp", f(0.5), i(4))).isEqualTo("8.0");
            // math.modf(-3.25) -> (-0.25, -3.0)
            assertThat(r("modf", f(-3.25))).isEqualTo("(-0.25, -3.0)");
            // math.copysign(1.0, -0.0) -> -1.0 ; math.fmod(-7.0, 3.0) -> -1.0 ; math.remainder(7.0, 4.0) -> -1.0
            assertThat(r("copysign", f(1.0), f(-0.0))).isEqualTo("-1.0");
            assertThat(r("fmod", f(-7.0), f(3.0))).isEqualTo("-1.0");
            assertThat(r("remainder", f(7.0), f(4.0))).isEqualTo("-1.0");
            // math.nextafter(1.0, 2.0) -> 1.0000000000000002 ; math.ulp(1.0) -> 2.220446049250313e-16
            assertThat(r("nextafter", f(1.0), f(2.0))).isEqualTo("1.0000000000000002");
            assertThat(r("ulp", f(1.0))).isEqualTo("2.220446049250313e-16");
            // math.pow(1.0, float("nan")) -> 1.0 ; math.pow(-1.0, float("inf")) -> 1.0
            assertThat(r("pow", f(1.0), f(Double.NaN))).isEqualTo("1.0");
            assertThat(r("pow", f(-1.0), f(Double.POSITIVE_INFINITY))).isEqualTo("1.0");
        }

        @Test
        void sums() {
            // math.fsum([0.1]*10) -> 1.0
            PyObj[] tenths = new PyObj[10];
            java.util.Arrays.fill(tenths, f(0.1));
            assertThat(r("fsum", PyList.of(tenths))).isEqualTo("1.0");
            // math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) -> 1e-100
            assertThat(r("fsum", PyList.of(f(1e100), f(1.0), f(-1e100), f(1e-100), f(1e50), f(-1.0), f(-1e50))))
                    .isEqualTo("1e-100");
            // math.fsum([1e308, 1e308, -1e308]) -> OverflowError: intermediate overflow in fsum
            raises("OverflowError: intermediate overflow in fsum", () -> call("fsum", PyList.of(f(1e308), f(1e308), f(-1e308))));
            // math.fsum([float("inf"), float("-inf")]) -> ValueError: -inf + inf in fsum
            raises("ValueError: -inf + inf in fsum", () -> call("fsum",
                    PyList.of(f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY))));
            // math.hypot(3, 4) -> 5.0 ; math.hypot(1e-200, 1e-200) -> 1.414213562373095e-200
            assertThat(r("hypot", i(3), i(4))).isEqualTo("5.0");
            assertThat(r("hypot", f(1e-200), f(1e-200))).isEqualTo("1.414213562373095e-200");
            // math.hypot(1e200, 1e200) -> 1.414213562373095e+200
            assertThat(r("hypot", f(1e200), f(1e200))).isEqualTo("1.414213562373095e+200");
            // math.dist((1, 2, 3), (4, 6, 3)) -> 5.0
            assertThat(r("dist", tup(i(1), i(2), i(3)), tup(i(4), i(6), i(3)))).isEqualTo("5.0");
            // math.prod([1, 2, 3, 4]) -> 24 ; math.prod([0.5, 4], start=3) -> 6.0
            assertThat(r("prod", PyList.of(i(1), i(2), i(3), i(4)))).isEqualTo("24");
            assertThat(Abstract.repr(callKw("prod", new String[] {"start"}, PyList.of(f(0.5), i(4)), i(3))).value())
                    .isEqualTo("6.0");
            // math.isclose(1.0, 1.0 + 1e-10) -> True
            assertThat(r("isclose", f(1.0), f(1.0 + 1e-10))).isEqualTo("True");
        }

        @Test
        void errors() {
            // math.sqrt(-1) -> ValueError: math domain error
            raises("ValueError: math domain error", () -> call("sqrt", i(-1)));
            // math.exp(1000) -> OverflowError: math range error
            raises("OverflowError: math range error", () -> call("exp", i(1000)));
            // math.sqrt("a") -> TypeError: must be real number, not str
            raises("TypeError: must be real number, not str", () -> call("sqrt", PyStr.of("a")));
            // math.sqrt() -> TypeError: math.sqrt() takes exactly one argument (0 given)
            raises("TypeError: math.sqrt() takes exactly one argument (0 given)", () -> call("sqrt"));
            // math.atan2(1) -> TypeError: atan2 expected 2 arguments, got 1
            raises("TypeError: atan2 expected 2 arguments, got 1", () -> call("atan2", i(1)));
            // math.perm() -> TypeError: perm expected at least 1 argument, got 0
            raises("TypeError: perm expected at least 1 argument, got 0", () -> call("perm"));
            // math.isclose(1) -> TypeError: isclose() missing required argument 'b' (pos 2)
            raises("TypeError: isclose() missing required argument 'b' (pos 2)", () -> call("isclose", i(1)));
            // math.isclose(1,2,rel_tol=-1) -> ValueError: tolerances must be non-negative
            raises("ValueError: tolerances must be non-negative",
                    () -> callKw("isclose", new String[] {"rel_tol"}, i(1), i(2), i(-1)));
            // math.ldexp(1.0, 2.0) -> TypeError: Expected an int as second argument to ldexp.
            raises("TypeError: Expected an int as second argument to ldexp.", () -> call("ldexp", f(1.0), f(2.0)));
            // math.ldexp(1.0, 10**30) -> OverflowError: math range error
            raises("OverflowError: math range error", () -> call("ldexp", f(1.0), PyInt.of(BigInteger.TEN.pow(30))));
            // math.gamma(0) -> ValueError: math domain error ; math.gamma(200) -> OverflowError: math range error
            raises("ValueError: math domain error", () -> call("gamma", i(0)));
            raises("OverflowError: math range error", () -> call("gamma", i(200)));
            // math.lgamma(0) -> ValueError: math domain error
            raises("ValueError: math domain error", () -> call("lgamma", i(0)));
            // math.fmod(1, 0) -> ValueError: math domain error ; math.pow(0, -1) -> ValueError: math domain error
            raises("ValueError: math domain error", () -> call("fmod", i(1), i(0)));
            raises("ValueError: math domain error", () -> call("pow", i(0), i(-1)));
            // math.sqrt(10**400) -> OverflowError: int too large to convert to float
            raises("OverflowError: int too large to convert to float", () -> call("sqrt", PyInt.of(BigInteger.TEN.pow(400))));
            // math.floor(float("inf")) -> OverflowError: cannot convert float infinity to integer
            raises("OverflowError: cannot convert float infinity to integer", () -> call("floor", f(Double.POSITIVE_INFINITY)));
            // math.trunc("a") -> TypeError: type str doesn't define __trunc__ method
            raises("TypeError: type str doesn't define __trunc__ method", () -> call("trunc", PyStr.of("a")));
            // math.ceil(x=1) -> TypeError: math.ceil() takes no keyword arguments
            raises("TypeError: math.ceil() takes no keyword arguments", () -> callKw("ceil", new String[] {"x"}, i(1)));
            // math.dist((1,), (1, 2)) -> ValueError: both points must have the same number of dimensions
            raises("ValueError: both points must have the same number of dimensions",
                    () -> call("dist", tup(i(1)), tup(i(1), i(2))));
        }
    }

    @Nested
    class IntegerFunctions {
        @Test
        void values() {
            // math.factorial(25) -> 15511210043330985984000000 ; math.factorial(0) -> 1
            assertThat(r("factorial", i(25))).isEqualTo("15511210043330985984000000");
            assertThat(r("factorial", i(0))).isEqualTo("1");
            // math.comb(100, 50) -> 100891344545564193334812497256
            assertThat(r("comb", i(100), i(50))).isEqualTo("100891344545564193334812497256");
            // math.comb(10**20, 3) -> 166666666666666666661666666666666666666700000000000000000000
            assertThat(r("comb", PyInt.of(BigInteger.TEN.pow(20)), i(3)))
                    .isEqualTo("166666666666666666661666666666666666666700000000000000000000");
            // math.perm(10, 3) -> 720 ; math.perm(5) -> 120
            assertThat(r("perm", i(10), i(3))).isEqualTo("720");
            assertThat(r("perm", i(5))).isEqualTo("120");
            // math.gcd(12, 18, -24) -> 6 ; math.lcm(4, 6, 10) -> 60 ; math.gcd() -> 0
            assertThat(r("gcd", i(12), i(18), i(-24))).isEqualTo("6");
            assertThat(r("lcm", i(4), i(6), i(10))).isEqualTo("60");
            assertThat(r("gcd")).isEqualTo("0");
            // math.isqrt(10**40 + 1) -> 100000000000000000000 ; math.isqrt(99) -> 9
            assertThat(r("isqrt", PyInt.of(BigInteger.TEN.pow(40).add(BigInteger.ONE)))).isEqualTo("100000000000000000000");
            assertThat(r("isqrt", i(99))).isEqualTo("9");
            // math.isqrt(2**63 - 1) -> 3037000499
            assertThat(r("isqrt", i(Long.MAX_VALUE))).isEqualTo("3037000499");
            // math.floor(-2.5) -> -3 ; math.ceil(2.1) -> 3 ; math.trunc(-2.7) -> -2
            assertThat(r("floor", f(-2.5))).isEqualTo("-3");
            assertThat(r("ceil", f(2.1))).isEqualTo("3");
            assertThat(r("trunc", f(-2.7))).isEqualTo("-2");
            // math.floor(1e300) -> 1000000000000000052504760255204420248704... (301 digits)
            assertThat(r("floor", f(1e300))).hasSize(301).isEqualTo("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        }

        @Test
        void errors() {
            // math.factorial(-1) -> ValueError: factorial() not defined for negative values
            raises("ValueError: factorial() not defined for negative values", () -> call("factorial", i(-1)));
            // math.factorial(1.5) -> TypeError: 'float' object cannot be interpreted as an integer
            raises("TypeError: 'float' object cannot be interpreted as an integer", () -> call("factorial", f(1.5)));
            // math.factorial(10**30) -> OverflowError: factorial() argument should not exceed 9223372036854775807
            raises("OverflowError: factorial() argument should not exceed 9223372036854775807",
                    () -> call("factorial", PyInt.of(BigInteger.TEN.pow(30))));
            // math.comb(-1, 2) -> ValueError: n must be a non-negative integer
            raises("ValueError: n must be a non-negative integer", () -> call("comb", i(-1), i(2)));
            // math.comb(1, -2) -> ValueError: k must be a non-negative integer
            raises("ValueError: k must be a non-negative integer", () -> call("comb", i(1), i(-2)));
            // math.comb(10**30, 10**20) -> OverflowError: min(n - k, k) must not exceed 9223372036854775807
            raises("OverflowError: min(n - k, k) must not exceed 9223372036854775807",
                    () -> call("comb", PyInt.of(BigInteger.TEN.pow(30)), PyInt.of(BigInteger.TEN.pow(20))));
            // math.isqrt(-1) -> ValueError: isqrt() argument must be nonnegative
            raises("ValueError: isqrt() argument must be nonnegative", () -> call("isqrt", i(-1)));
            // math.comb(1) -> TypeError: comb expected 2 arguments, got 1
            raises("TypeError: comb expected 2 arguments, got 1", () -> call("comb", i(1)));
        }
    }
}
