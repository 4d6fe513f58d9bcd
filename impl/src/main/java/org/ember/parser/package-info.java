/**
 * Python 3.11 source to {@link org.ember.ast} trees: tokenizer, parser, f-strings and CPython's
 * syntax-error diagnostics.
 *
 * <p>Start with {@link org.ember.parser.Parser}: {@code parse(source, filename, mode)} is the entry
 * point ({@link org.ember.parser.Mode} mirrors {@code compile()}'s mode), {@code isIncomplete} serves
 * a REPL and {@code decodeSource} turns file bytes into text (BOM, PEP 263 cookie). Every failure is
 * a {@link org.ember.parser.PySyntaxError} carrying CPython's type, message and location; the only
 * non-SyntaxError type it can carry is {@code "MemoryError"}, used where CPython's parser gives up on
 * absurdly deep nesting.
 *
 * <p>Inside: {@code Tokenizer} produces {@code Token}s for the whole source up front (indentation,
 * line joining, numbers, string spans, bracket matching); a tokenizer error ends the list with an
 * ERRORTOKEN and {@code Parser} decides, as CPython does, whether it or a parser error wins.
 * {@code Parser} is hand-written recursive descent over those tokens; targets are parsed as
 * expressions and then validated, which yields CPython's "cannot assign to ..." messages.
 * {@code StringParser} decodes string tokens, joins adjacent ones and parses f-strings (each
 * replacement field with a nested {@code Parser} positioned at the field's real location).
 * {@code AstDump} prints trees exactly like {@code ast.dump}, and holds Python's {@code repr} of
 * constants. {@code Incomplete} and {@code SourceDecoder} back the REPL and file helpers.
 *
 * <p>Columns are code points, not UTF-8 bytes. Errors CPython raises in its compiler rather than
 * its parser ({@code 'return' outside function}, {@code 'break' outside loop}, symbol-table
 * conflicts, ...) are not raised here; a few compiler checks that need no scope information
 * (starred assignment targets, repeated keyword arguments, duplicate parameters, pattern
 * checks) are, but only once the whole source has parsed, as in CPython.
 */
package org.ember.parser;
