package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.SourceRef;
import org.tariffgraph.query.Queries;
import org.tariffgraph.query.UnknownNameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sources", description = "The documents and evidence spans behind a node and its relationships, "
        + "with the passages themselves when the article texts are at hand (--documents).")
final class SourcesCommand extends GraphCommand {

    @Parameters(paramLabel = "ID", description = "The id of any node (see the id column of the other commands).")
    String id;

    /** Where a source's fact came from: read by hand into import/, or read by ingest from a raw report. */
    enum Origin { curated, extracted }

    @picocli.CommandLine.Option(names = "--origin", paramLabel = "ORIGIN", description = "Only curated sources (read by hand) or only "
            + "extracted ones (read by ingest; their rule column names the rule). Default: both.")
    Origin origin;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        var rows = queries.sources(java.util.List.of(id), origin == null ? null : origin.name());
        if (rows.isEmpty() && origin == null) {
            throw new UnknownNameException("no node with id '" + id + "' in the knowledge base");
        }
        var texts = passages(queries);
        return print(texts.isPresent() ? texts.get().fill(rows) : rows, SourceRef.class);
    }
}
