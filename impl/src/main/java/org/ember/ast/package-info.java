/**
 * The abstract syntax tree: sealed interfaces of records mirroring Python 3.11's {@code ast}
 * module ({@link org.ember.ast.Mod}, {@link org.ember.ast.Stmt}, {@link org.ember.ast.Expr},
 * {@link org.ember.ast.Pattern}). Produced by {@code parser}, consumed by {@code compiler};
 * depends on nothing else. Start with {@code Stmt} and {@code Expr}.
 */
package org.ember.ast;
