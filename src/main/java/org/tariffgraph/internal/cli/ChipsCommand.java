package org.tariffgraph.internal.cli;

import java.util.List;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.Chip;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chips", description = "Bargaining chips: sectors, who offered them, the tariffs they seek relief from, first report, sources.")
final class ChipsCommand extends GraphCommand {

    @Option(names = "--offered-by", paramLabel = "A", description = "Only chips this person or government offered.")
    String offeredBy;

    @Option(names = "--sector", paramLabel = "S", description = "Only chips concerning this sector.")
    String sector;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        return print(queries.chips(actorId(queries, offeredBy), idOf(queries, sector, List.of("Sector"), "sector")), Chip.class);
    }
}
