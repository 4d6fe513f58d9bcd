package org.ember.ast;

/** A name in an import, as CPython's {@code alias}; {@code asname} may be null; {@code name} may be "*". */
public record Alias(String name, String asname, Span span) {}
