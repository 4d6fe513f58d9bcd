package org.ember.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ember.api.Interpreter;
import org.ember.bytecode.CodeObject;
import org.ember.bytecode.Disassembler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Instructions specialize after warm-up, and every mutation a cache depends on is seen. */
class SpecializerTest {
    private Interpreter py;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        py = Interpreter.builder().stdout(out).build();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private String dis(String function) {
        return Disassembler.dis((CodeObject) py.eval(function + ".__code__"));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class Specializes {
        @Test
        void globalsAndBuiltins() {
            py.exec("K = 3\ndef f(xs):\n    return len(xs) + K\nfor _ in range(5): f([1])\n");
            assertThat(dis("f")).contains("LOAD_GLOBAL_CACHED").doesNotContain("LOAD_GLOBAL ");
        }

        @Test
        void instanceAttributesMethodsAndStores() {
            py.exec("class P:\n    def __init__(self): self.x = 1\n    def m(self): return self.x\n"
                    + "def f(p):\n    p.x = p.x + 1\n    return p.m()\n"
                    + "p = P()\nfor _ in range(5): f(p)\n");
            String d = dis("f");
            assertThat(d).contains("LOAD_ATTR_INSTANCE_VALUE").contains("STORE_ATTR_INSTANCE_VALUE")
                    .contains("LOAD_METHOD_CACHED");
            assertThat(py.eval("p.x").asLong()).isEqualTo(6);
        }

        @Test
        void attributeAdditionsInInit() {
            py.exec("class P:\n    def __init__(self, a):\n        self.a = a\n        self.b = a * 2\n"
                    + "ps = [P(i) for i in range(10)]\n");
            assertThat(dis("P.__init__")).contains("STORE_ATTR_ADD");
            assertThat(py.eval("[(p.a, p.b) for p in ps[:3]]").repr()).isEqualTo("[(0, 0), (1, 2), (2, 4)]");
            assertThat(py.eval("ps[9].__dict__").repr()).isEqualTo("{'a': 9, 'b': 18}");
        }

        @Test
        void polymorphicAttributeSites() {
            py.exec("class A:\n    def __init__(self): self.v = 'a'\nclass B:\n    v = 'b-class'\n"
                    + "class C:\n    def __init__(self): self.w = 0; self.v = 'c'\n"
                    + "def f(o):\n    return o.v\nobjs = [A(), B(), C()] * 4\nr = [f(o) for o in objs]\n");
            assertThat(dis("f")).contains("LOAD_ATTR_POLY");
            assertThat(py.eval("r[:3]").repr()).isEqualTo("['a', 'b-class', 'c']");
            py.exec("B.v = 'b2'\nr2 = [f(o) for o in objs[:3]]\n");
            assertThat(py.eval("r2").repr()).isEqualTo("['a', 'b2', 'c']");
        }

        @Test
        void polymorphicMethodSites() {
            py.exec("class A:\n    def m(self): return 'A'\nclass B:\n    def m(self): return 'B'\n"
                    + "class C(A):\n    pass\n"
                    + "def f(o):\n    return o.m()\nobjs = [A(), B(), C()] * 4\nr = [f(o) for o in objs]\n");
            assertThat(dis("f")).contains("LOAD_METHOD_POLY");
            assertThat(py.eval("r[:3]").repr()).isEqualTo("['A', 'B', 'A']");
            py.exec("C.m = lambda self: 'C'\nr2 = [f(o) for o in objs[:3]]\n");
            assertThat(py.eval("r2").repr()).isEqualTo("['A', 'B', 'C']");
        }

        @Test
        void classAttributes() {
            py.exec("class C:\n    limit = 10\ndef f(c):\n    return c.limit\nc = C()\nfor _ in range(5): f(c)\n");
            assertThat(dis("f")).contains("LOAD_ATTR_CLASS");
        }

        @Test
        void notWhenTheKnobIsOff() {
            try (Interpreter off = Interpreter.builder().stdout(out).option("caches", "off").build()) {
                off.exec("K = 3\ndef f():\n    return K\nfor _ in range(10): f()\n");
                assertThat(Disassembler.dis((CodeObject) off.eval("f.__code__"))).doesNotContain("CACHED");
            }
        }
    }

    @Nested
    class Invalidation {
        @Test
        void rebindingAGlobal() {
            py.exec("K = 1\ndef f():\n    return K\nr = [f() for _ in range(5)]\nK = 2\nr.append(f())\n");
            assertThat(py.eval("r").repr()).isEqualTo("[1, 1, 1, 1, 1, 2]");
        }

        @Test
        void shadowingAndRebindingABuiltin() {
            py.exec("def f(x):\n    return len(x)\nr = [f('ab') for _ in range(5)]\n"
                    + "len = lambda x: 99\nr.append(f('ab'))\ndel len\nr.append(f('ab'))\n"
                    + "import builtins\nbuiltins.len = lambda x: -1\nr.append(f('ab'))\n");
            assertThat(py.eval("r").repr()).isEqualTo("[2, 2, 2, 2, 2, 99, 2, -1]");
        }

        @Test
        void assigningAClassAttribute() {
            py.exec("class C:\n    v = 1\ndef f(c):\n    return c.v\nc = C()\nr = [f(c) for _ in range(5)]\n"
                    + "C.v = 2\nr.append(f(c))\nc.v = 3\nr.append(f(c))\n");
            assertThat(py.eval("r").repr()).isEqualTo("[1, 1, 1, 1, 1, 2, 3]");
        }

        @Test
        void addingAMethodToABaseClass() {
            py.exec("class B:\n    def m(self): return 'B'\nclass D(B): pass\n"
                    + "def f(o):\n    return o.m()\nd = D()\nr = [f(d) for _ in range(5)]\n"
                    + "B.m = lambda self: 'B2'\nr.append(f(d))\nD.m = lambda self: 'D'\nr.append(f(d))\n");
            assertThat(py.eval("r").repr()).isEqualTo("['B', 'B', 'B', 'B', 'B', 'B2', 'D']");
        }

        @Test
        void changingAnInstancesClass() {
            py.exec("class A:\n    def who(self): return 'A'\nclass B:\n    def who(self): return 'B'\n"
                    + "def f(o):\n    return o.who()\no = A()\nr = [f(o) for _ in range(5)]\n"
                    + "o.__class__ = B\nr.append(f(o))\n");
            assertThat(py.eval("r").repr()).isEqualTo("['A', 'A', 'A', 'A', 'A', 'B']");
        }

        @Test
        void instanceAttributeShadowsAMethodLater() {
            py.exec("class C:\n    def m(self): return 'method'\ndef f(c):\n    return c.m()\nc = C()\n"
                    + "r = [f(c) for _ in range(5)]\nc.m = lambda: 'instance'\nr.append(f(c))\n");
            assertThat(py.eval("r").repr()).isEqualTo("['method', 'method', 'method', 'method', 'method', 'instance']");
        }

        @Test
        void deletingAnInstanceAttribute() {
            py.exec("class C:\n    x = 'class'\n    def __init__(self): self.x = 'inst'\n"
                    + "def f(c):\n    return c.x\nc = C()\nr = [f(c) for _ in range(5)]\ndel c.x\nr.append(f(c))\n");
            assertThat(py.eval("r").repr()).isEqualTo("['inst', 'inst', 'inst', 'inst', 'inst', 'class']");
        }

        @Test
        void aSetterAddedLaterTakesOverAttributeAdditions() {
            py.exec("log = []\nclass P:\n    def __init__(self, a):\n        self.a = a\n"
                    + "ps = [P(i) for i in range(5)]\n"
                    + "P.a = property(lambda self: 'got', lambda self, v: log.append(v))\np = P(7)\n");
            assertThat(py.eval("(log, p.a)").repr()).isEqualTo("([7], 'got')");
        }

        @Test
        void aPropertyAddedLaterWins() {
            py.exec("class C:\n    def __init__(self): self.x = 1\ndef f(c):\n    return c.x\nc = C()\n"
                    + "r = [f(c) for _ in range(5)]\nC.x = property(lambda self: 'prop')\nr.append(f(c))\n");
            assertThat(py.eval("r").repr()).isEqualTo("[1, 1, 1, 1, 1, 'prop']");
        }
    }
}
