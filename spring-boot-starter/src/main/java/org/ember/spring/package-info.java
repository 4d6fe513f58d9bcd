/**
 * Spring Boot auto-configuration for Ember: an {@link org.ember.api.Interpreter} bean built from
 * the {@code ember.*} properties ({@link org.ember.spring.EmberProperties}), closed with the
 * application context. Depends on {@code org.ember.api} and Spring Boot only; the runtime is
 * found on the class path through the API's provider lookup. Start at
 * {@link org.ember.spring.EmberAutoConfiguration}.
 */
package org.ember.spring;
