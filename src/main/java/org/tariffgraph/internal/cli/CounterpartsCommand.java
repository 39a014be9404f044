package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Counterpart;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "counterparts",
        description = "Who ACTOR negotiated with: each counterpart of the other side, how often, in what kinds of event, first and last date.")
final class CounterpartsCommand extends GraphCommand {

    @Parameters(paramLabel = "ACTOR", description = "A person or government: id, name, surname, alias or title (\"Commerce Secretary\").")
    String actor;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        return print(queries.counterparts(actorId(queries, actor)), Counterpart.class);
    }
}
