package org.ember.ast;

/** A keyword argument of a call or class definition; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, Span span) {}
