package org.tariffgraph.cli;

import java.util.List;
import org.tariffgraph.db.GraphStore;
import org.tariffgraph.model.TariffInfo;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tariffs", description = "Tariffs: rate, the rates it is made of, kind, basis, status, dates, sources.")
final class TariffsCommand extends GraphCommand {

    @Option(names = "--target", paramLabel = "COUNTRY", description = "Only tariffs on this country.")
    String target;

    @Option(names = "--sector", paramLabel = "S", description = "Only tariffs covering this sector (e.g. cars, steel).")
    String sector;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "Leave out tariffs known to start after, or end before, this ISO date.")
    String asOf;

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        String targetId = idOf(queries, target, List.of("Country"), "country");
        String sectorId = idOf(queries, sector, List.of("Sector"), "sector");
        return print(queries.tariffs(targetId, sectorId, asOf), TariffInfo.class);
    }
}
