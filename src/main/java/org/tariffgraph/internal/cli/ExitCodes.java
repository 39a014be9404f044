package org.tariffgraph.internal.cli;

/** What the exit code of a command means. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int INVALID_IMPORT = 3;
    static final int UNKNOWN_NAME = 4;
    static final int UNAVAILABLE = 5;
    static final int REFUSED = 6;
    static final int CYPHER_ERROR = 7;
    static final int OUT_OF_MEMORY = 8;

    private ExitCodes() {}
}
