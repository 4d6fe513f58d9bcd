package org.ember.spring;

import java.util.Map;
import org.ember.api.Interpreter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides an {@link Interpreter} bean, built from {@link EmberProperties}, unless the
 * application defines its own. The context closes it on shutdown.
 *
 * <p>An interpreter runs one thread at a time: code that calls it from request threads must
 * serialize those calls (an interpreter pool bean is planned for concurrent use).
 */
@AutoConfiguration
@ConditionalOnClass(Interpreter.class)
@EnableConfigurationProperties(EmberProperties.class)
public final class EmberAutoConfiguration {

    /** The interpreter, from the {@code ember.*} properties. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Interpreter emberInterpreter(EmberProperties properties) {
        Interpreter.Builder builder = Interpreter.builder()
                .argv(properties.getArgv())
                .recursionLimit(properties.getRecursionLimit());
        for (String dir : properties.getPath()) {
            builder.addPath(dir);
        }
        for (Map.Entry<String, String> option : properties.getOptions().entrySet()) {
            // A property has no way to say "no value"; ember.options.flag= (empty) means the
            // bare flag, as -X flag does.
            String value = option.getValue();
            builder.option(option.getKey(), value == null || value.isEmpty() ? null : value);
        }
        return builder.build();
    }
}
