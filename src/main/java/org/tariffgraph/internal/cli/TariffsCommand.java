package org.tariffgraph.internal.cli;

import java.util.List;
import org.tariffgraph.chart.ChartFiles;
import org.tariffgraph.chart.TariffChart;
import org.tariffgraph.internal.db.GraphStore;
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

    @Option(names = "--chart", paramLabel = "FILE", description = "Draw the rate levels over time into FILE (.png or .svg): planned "
            + "rates dashed, suspended ones dotted, disputed ones marked; the tariffs that cannot be drawn (no rate or date) are listed.")
    java.nio.file.Path chart;

    @Override
    void prepare() {
        checkChartFile(chart);
    }

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        String targetId = idOf(queries, target, List.of("Country"), "country");
        String sectorId = idOf(queries, sector, List.of("Sector"), "sector");
        var tariffs = queries.tariffs(targetId, sectorId, asOf);
        if (chart == null) {
            return print(tariffs, TariffInfo.class);
        }
        var drawn = TariffChart.of(tariffs, sector != null ? sector : target);
        ChartFiles.write(drawn.chart(), chart);
        spec.commandLine().getErr().println("tariffgraph: drew " + (tariffs.size() - drawn.notDrawn().size()) + " tariffs into " + chart
                + "; the " + drawn.notDrawn().size() + " without a rate or a date are listed below");
        return print(drawn.notDrawn(), TariffInfo.class);
    }
}
