package org.tariffgraph.export;

/**
 * What an export wrote: {@code nodes} and {@code relationships} as the graph counts them (a source of a
 * fact is one relationship), {@code records} the lines or rows of the output.
 */
public record Counts(long nodes, long relationships, long records) {
    Counts plus(Counts other) {
        return new Counts(nodes + other.nodes, relationships + other.relationships, records + other.records);
    }
}
