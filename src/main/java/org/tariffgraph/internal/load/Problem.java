package org.tariffgraph.internal.load;

/** One thing wrong with an import folder, reported as {@code file:line: field: what is wrong}. */
public record Problem(String file, long line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
