package org.tariffgraph.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tariffgraph.internal.db.GraphStore;
import org.tariffgraph.export.Counts;
import org.tariffgraph.export.CsvExport;
import org.tariffgraph.export.GraphMlExport;
import org.tariffgraph.export.PloverExport;
import org.tariffgraph.internal.cli.GlobalOptions.Format;
import org.tariffgraph.internal.load.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "export", description = "The graph out to other tools: GraphML (Gephi, Cytoscape, yEd, networkx), PLOVER-style "
        + "JSON Lines (event-data pipelines, pandas, R), or an import folder of CSV files that loads back to the same graph.")
final class ExportCommand extends GraphCommand {

    @Option(names = "--out", paramLabel = "FILE|DIR", description = "Where to write: a file for graphml and jsonl (default: standard "
            + "output), a folder for csv (required). Written beside it first and moved into place when complete.")
    Path out;

    @Option(names = "--label", paramLabel = "L", description = "Only nodes with this label (repeatable; Person, Event, PhoneCall, ...) "
            + "and the relationships between them; graphml and csv.")
    List<String> labels = new ArrayList<>();

    @Override
    Set<Format> formats() {
        return java.util.EnumSet.of(Format.graphml, Format.jsonl, Format.csv);
    }

    @Override
    void prepare() {
        format = options().format;
        if (format == Format.csv && out == null) {
            throw new ParameterException(spec.commandLine(), "export --format csv needs --out DIR: it writes one file per label and relationship type");
        }
        if (format == Format.jsonl && !labels.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--label applies to graphml and csv; jsonl writes every event, statement, tariff, stance, chip and document");
        }
        var known = knownLabels();
        for (String label : labels) {
            if (!known.contains(label)) {
                throw new ParameterException(spec.commandLine(), "--label: no label '" + label + "' (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    private Format format;

    private static Set<String> knownLabels() {
        var known = new LinkedHashSet<String>();
        Schema.NODES.forEach(f -> known.add(f.label()));
        known.addAll(Schema.EVENT_KINDS.values());
        return known;
    }

    @Override
    int run(GraphStore store) throws Exception {
        Set<String> selected = Set.copyOf(labels);
        Counts counts = switch (format) {
            case csv -> CsvExport.write(store, out, selected);
            case graphml -> out != null ? GraphMlExport.write(store, out, selected) : toStdout(w -> GraphMlExport.write(store, w, selected));
            case jsonl -> out != null ? PloverExport.write(store, out) : toStdout(w -> PloverExport.write(store, w));
            default -> throw new IllegalStateException("checked before the graph was opened: " + format);
        };
        if (out != null) {
            spec.commandLine().getErr().println("tariffgraph: exported " + counts.nodes() + " nodes and " + counts.relationships()
                    + " relationships as " + counts.records() + " " + (format == Format.jsonl ? "records" : "rows") + " to " + out);
        }
        return ExitCodes.OK;
    }

    private Counts toStdout(java.util.function.Function<java.io.Writer, Counts> export) {
        var writer = spec.commandLine().getOut();
        var counts = export.apply(writer);
        writer.flush();
        return counts;
    }
}
