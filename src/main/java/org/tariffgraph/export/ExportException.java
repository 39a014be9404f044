package org.tariffgraph.export;

/** An export that cannot be written faithfully or at all; nothing is left half-written at its destination. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
