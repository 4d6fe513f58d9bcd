/**
 * The compiler: {@link org.ember.compiler.SymbolTable} resolves every name of a parsed module to
 * its scope (local, cell, free, global), then {@link org.ember.compiler.CodeGen} turns the AST into
 * {@link org.ember.bytecode.CodeObject}s in CPython 3.11's instruction shapes. Depends on
 * {@code ast}, {@code bytecode}, {@code objects} (constants) and {@code parser.PySyntaxError}.
 * Start reading at {@link org.ember.compiler.Compiler#compile}.
 */
package org.ember.compiler;
