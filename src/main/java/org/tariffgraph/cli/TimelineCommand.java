package org.tariffgraph.cli;

import org.tariffgraph.db.GraphStore;
import org.tariffgraph.model.TimelineEntry;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "Every dated event and tariff action in order; undated ones last.")
final class TimelineCommand extends GraphCommand {

    @Option(names = "--actor", paramLabel = "A", description = "Only events this person or government took part in.")
    String actor;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        return print(queries.timeline(actorId(queries, actor), null, null), TimelineEntry.class);
    }
}
