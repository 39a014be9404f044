package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Conflict;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;

@Command(name = "conflicts", description = "Every disagreement between sources (a rate, date, place, status, …): the fact, each claim "
        + "and the reports behind each.")
final class ConflictsCommand extends GraphCommand {

    @Override
    int run(GraphStore store) {
        return print(new Queries(store).conflicts(), Conflict.class);
    }
}
