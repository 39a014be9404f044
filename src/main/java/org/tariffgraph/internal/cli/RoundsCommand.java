package org.tariffgraph.internal.cli;

import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Round;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;

@Command(name = "rounds", description = "Each negotiation round: number, place, date, participants, what was discussed.")
final class RoundsCommand extends GraphCommand {
    @Override
    int run(GraphStore store) {
        return print(new Queries(store).rounds(null), Round.class);
    }
}
