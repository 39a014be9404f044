package org.tariffgraph.query;

/** A name that matches nothing, or more than one thing, in the knowledge base. */
public final class UnknownNameException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message one line naming what was not found or is ambiguous, with close candidates if any
     */
    public UnknownNameException(String message) {
        super(message);
    }
}
