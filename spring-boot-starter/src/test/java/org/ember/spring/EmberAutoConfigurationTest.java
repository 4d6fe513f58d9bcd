package org.ember.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.ember.api.Interpreter;
import org.ember.api.PyObject;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration in a real (small) application context. */
class EmberAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmberAutoConfiguration.class));

    @Test
    void providesAnInterpreterThatRunsPython() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Interpreter.class);
            Interpreter py = context.getBean(Interpreter.class);
            assertThat(py.eval("6*7").asLong()).isEqualTo(42);
            assertThat(py.eval("len([1,2,3])").asLong()).isEqualTo(3);
        });
    }

    @Test
    void propertiesReachTheInterpreter() {
        runner.withPropertyValues(
                        "ember.argv=a,b",
                        "ember.recursion-limit=321",
                        "ember.options.color=red",
                        "ember.options.flag=")
                .run(context -> {
                    Interpreter py = context.getBean(Interpreter.class);
                    PyObject sys = py.importModule("sys");
                    List<String> argv = sys.getAttr("argv").asList().stream()
                            .map(PyObject::asString).collect(Collectors.toList());
                    assertThat(argv).containsExactly("a", "b");
                    assertThat(sys.getAttr("getrecursionlimit").call().asLong()).isEqualTo(321);
                    PyObject xoptions = sys.getAttr("_xoptions");
                    assertThat(xoptions.getItem("color").asString()).isEqualTo("red");
                    assertThat(xoptions.getItem("flag").asBoolean()).isTrue();
                });
    }

    @Test
    void propertiesBindToTheBean() {
        runner.withPropertyValues("ember.path=/srv/py,/opt/lib", "ember.options.jit=off")
                .run(context -> {
                    EmberProperties p = context.getBean(EmberProperties.class);
                    assertThat(p.getPath()).containsExactly("/srv/py", "/opt/lib");
                    assertThat(p.getOptions()).containsEntry("jit", "off");
                    assertThat(p.getRecursionLimit()).isEqualTo(1000);
                });
    }

    @Test
    void aUserDefinedInterpreterWins() {
        runner.withUserConfiguration(OwnInterpreter.class).run(context -> {
            assertThat(context).hasSingleBean(Interpreter.class);
            assertThat(context.getBean(Interpreter.class)).isSameAs(context.getBean(OwnInterpreter.class).made);
        });
    }

    @Test
    void theInterpreterIsClosedWithTheContext() {
        AtomicReference<Interpreter> bean = new AtomicReference<>();
        runner.run(context -> bean.set(context.getBean(Interpreter.class)));
        assertThatThrownBy(() -> bean.get().eval("1")).isInstanceOf(IllegalStateException.class);
    }

    /** An application that builds its own interpreter. */
    @Configuration(proxyBeanMethods = false)
    static class OwnInterpreter {
        Interpreter made;

        @Bean
        Interpreter myInterpreter() {
            made = Interpreter.builder().argv("mine").build();
            return made;
        }
    }
}
