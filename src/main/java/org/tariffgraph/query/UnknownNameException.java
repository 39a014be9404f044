package org.tariffgraph.query;

/** A name that matches nothing, or more than one thing, in the knowledge base. */
public final class UnknownNameException extends RuntimeException {
    public UnknownNameException(String message) {
        super(message);
    }
}
