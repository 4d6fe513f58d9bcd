package org.ember.bytecode;

/**
 * One row of a code object's exception table (CPython 3.11's zero-cost exceptions): an exception
 * raised by an instruction in {@code [start, end)} pops the value stack down to {@code depth}
 * items, pushes the lasti (when {@code pushLasti}) and the exception, and jumps to
 * {@code target}. Rows are ordered innermost first; the first row covering the instruction wins.
 */
public record ExceptionEntry(int start, int end, int target, int depth, boolean pushLasti) {}
