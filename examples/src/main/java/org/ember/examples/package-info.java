/**
 * Small, runnable programs that embed Ember through {@code org.ember.api} (and
 * {@code javax.script}) only, the way an application would. Each has a test that runs its
 * {@code main} and checks what it prints, so the examples cannot rot.
 */
package org.ember.examples;
