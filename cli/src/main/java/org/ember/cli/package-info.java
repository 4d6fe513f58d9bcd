/**
 * The {@code ember} command line: {@link org.ember.cli.Main} parses {@code python3}-style
 * arguments ({@code CommandLine}), builds an interpreter through {@code org.ember.api} only, runs
 * a file, {@code -c} code, a {@code -m} module or standard input, or the interactive
 * {@code Repl}, and turns the outcome into CPython's exit status ({@code ExitStatus}). Start at
 * {@link org.ember.cli.Main#run}. The tests beside it include the conformance harness that runs
 * every program under {@code tests/}.
 */
package org.ember.cli;
