package org.tariffgraph.internal.cli;

import org.tariffgraph.chart.ChartFiles;
import org.tariffgraph.chart.TimelineChart;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.model.TimelineEntry;
import org.tariffgraph.query.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "Every dated event and tariff action in order; undated ones last.")
final class TimelineCommand extends GraphCommand {

    @Option(names = "--actor", paramLabel = "A", description = "Only events this person or government took part in.")
    String actor;

    @Option(names = "--chart", paramLabel = "FILE", description = "Draw the events by kind per month into FILE (.png or .svg); the "
            + "events that cannot be placed in a month are listed.")
    java.nio.file.Path chart;

    @Override
    void prepare() {
        checkChartFile(chart);
    }

    @Override
    int run(GraphStore store) {
        var queries = new Queries(store);
        var entries = queries.timeline(actorId(queries, actor), null, null);
        if (chart == null) {
            return print(entries, TimelineEntry.class);
        }
        var drawn = TimelineChart.of(entries);
        ChartFiles.write(drawn.chart(), chart);
        spec.commandLine().getErr().println("tariffgraph: drew " + (entries.size() - drawn.undated().size()) + " events into " + chart
                + "; the " + drawn.undated().size() + " not dated to a month are listed below");
        return print(drawn.undated(), TimelineEntry.class);
    }
}
