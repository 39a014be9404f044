package org.tariffgraph.export;

/** An export that cannot be written faithfully or at all; nothing is left half-written at its destination. */
public final class ExportException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message one line that says what could not be exported, and why
     */
    public ExportException(String message) {
        super(message);
    }

    /**
     * Creates the exception for an underlying failure.
     *
     * @param message one line that says what could not be exported, and why
     * @param cause the failure that stopped it
     */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
