package io.hubfleet.cli;

/** A command-line argument that names nothing usable; exit status 2, no stack trace. */
final class BadArgumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadArgumentException(String message) {
        super(message, null, false, false);
    }
}
