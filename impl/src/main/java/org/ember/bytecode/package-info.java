/**
 * Ember's bytecode: the instruction set ({@link org.ember.bytecode.Opcode}, modeled on CPython
 * 3.11's), compiled units ({@link org.ember.bytecode.CodeObject} with its exception and line
 * tables and inline-cache slots) and the {@link org.ember.bytecode.Disassembler}. Depends on
 * {@code objects} only; {@code compiler} writes it, {@code interpreter} runs it.
 */
package org.ember.bytecode;
