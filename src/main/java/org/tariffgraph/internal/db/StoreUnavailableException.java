package org.tariffgraph.internal.db;

import java.nio.file.Path;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** The graph could not be opened or reached; the message is one line that says what to do. */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreUnavailableException explain(Path home, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.io.locker.FileLockException || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return new StoreUnavailableException("the store in " + home
                        + " is in use by another tariffgraph process; wait for it to finish, or reach a running server with --uri", e);
            }
        }
        return new StoreUnavailableException("cannot open the store in " + home + ": " + rootMessage(e), e);
    }

    static StoreUnavailableException explain(java.net.URI uri, RuntimeException e) {
        if (e instanceof AuthenticationException) {
            return new StoreUnavailableException("Neo4j at " + uri + " refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD", e);
        }
        if (e instanceof ServiceUnavailableException) {
            return new StoreUnavailableException("cannot reach Neo4j at " + uri + ": is the server running, and is the address right?", e);
        }
        return new StoreUnavailableException("cannot connect to Neo4j at " + uri + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}
