/**
 * Modules that CPython writes in C, written in Java ({@code math}, {@code time}, ...). Each has a
 * {@code create()} factory registered with the interpreter state. Depends only on
 * {@code org.ember.objects}.
 */
package org.ember.modules;
