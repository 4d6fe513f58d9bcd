package org.ember.cli;

/**
 * A command line the launcher cannot accept. Its message is the first line printed (CPython's
 * wording, e.g. {@code Unknown option: -Q}); the usage line follows it and the status is 2.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
