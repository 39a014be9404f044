package org.tariffgraph.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tariffgraph.internal.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measure load throughput (against LOAD CSV in the same run), query latency, question time and peak heap",
        "on synthetic corpora. Prints figures; passes or fails nothing."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
            description = "Corpus sizes in events (default: ${DEFAULT-VALUE}; 1000000 is possible but slow).")
    List<Integer> sizes;

    @Option(names = "--reports", defaultValue = "1000", paramLabel = "N",
            description = "Synthetic raw reports for the ingest measures (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--ingest-only", description = "Measure ingest only (no event corpora, no Neo4j).")
    boolean ingestOnly;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, deleted afterwards).")
    Path work;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("tariffgraph-bench") : work;
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var bench = new Bench(dir, jar, message -> {
            err.println("bench: " + message);
            err.flush();
        });
        var all = new ArrayList<Bench.Figures>();
        org.tariffgraph.internal.bench.IngestBench.Figures ingest;
        try {
            for (int n : ingestOnly ? List.<Integer>of() : sizes) {
                all.add(bench.run(n));
            }
            ingest = new org.tariffgraph.internal.bench.IngestBench(dir.resolve("ingest"), GraphCommand.Locations.importDir(), message -> {
                err.println("bench: " + message);
                err.flush();
            }).run(reports, seeds());
        } finally {
            if (temporary) {
                Bench.delete(dir);
            }
        }
        var out = spec.commandLine().getOut();
        if (main.global.format == GlobalOptions.Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("corpora", all, "ingest", ingest)));
            return ExitCodes.OK;
        }
        if (!all.isEmpty()) {
            var columns = List.of("measure", "target");
            var header = new ArrayList<>(columns);
            all.forEach(f -> header.add(f.events() + " events"));
            var rows = new ArrayList<List<Object>>();
            rows.add(row("our loader, events/s", "≥ 2 × LOAD CSV", all, f -> f.loadEventsPerSecond()));
            rows.add(row("LOAD CSV IN TRANSACTIONS, events/s", "", all, f -> f.loadCsvEventsPerSecond()));
            rows.add(row("ratio (ours / LOAD CSV)", "≥ 2", all, f -> f.loadRatioVsLoadCsv()));
            for (String q : all.get(0).queryP50Ms().keySet()) {
                rows.add(row("query " + q + " p50 / p99 ms", "p99 < 20", all,
                        f -> f.queryP50Ms().get(q) + " / " + f.queryP99Ms().get(q)));
            }
            rows.add(row("ask, cold (s)", "< 5", all, f -> f.coldAskSeconds()));
            rows.add(row("baseline: ask in its own JVM against serve (s)", "", all, f -> f.warmAskSeconds()));
            rows.add(row("./tariffgraph ask against serve, median (s)", "< 0.3", all, f -> f.servedAskSeconds()));
            for (String format : all.get(0).exportEventsPerSecond().keySet()) {
                rows.add(row("export --format " + format + ", events/s", "", all, f -> f.exportEventsPerSecond().get(format)));
            }
            rows.add(row("peak heap of this process (MB, loads, queries and exports)", "< 1024", all, f -> f.peakHeapMb()));
            new Output(out, GlobalOptions.Format.table).table(header, rows);
            out.println();
        }
        printIngest(out, ingest);
        return ExitCodes.OK;
    }

    private static void printIngest(java.io.PrintWriter out, org.tariffgraph.internal.bench.IngestBench.Figures f) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of("ingest, reports/s on one core, warm", "≥ 50", f.reportsPerSecond()));
        rows.add(List.of("baseline: OpenNLP alone, reports/s", "", f.nlpOnlyReportsPerSecond()));
        rows.add(List.of("ingest / baseline", "", f.extractionShareOfNlp()));
        rows.add(List.of(f.reports() + " reports in one run (s): read, extract, draft, validate", "", f.thousandInOneRunSeconds()));
        rows.add(List.of("peak heap of that run (MB)", "", f.peakHeapMb()));
        new Output(out, GlobalOptions.Format.table).table(List.of("ingest measure", "target", "value"), rows);
        out.println();
        out.println("The five seeds, extracted from their raw text, against the facts curated from them (target: precision ≥ 90 %, recall ≥ 80 %):");
        f.seedScore().forEach(line -> out.println("  " + line));
    }

    /** The seed texts, for the extractor's score: TARIFFGRAPH_DOCUMENTS, or ../shared/seeds beside the project. */
    private static Path seeds() {
        String env = System.getenv("TARIFFGRAPH_DOCUMENTS");
        return env != null && !env.isBlank() ? Path.of(env) : GraphCommand.Locations.home().resolve("../shared/seeds").normalize();
    }

    private static List<Object> row(String measure, String target, List<Bench.Figures> all, java.util.function.Function<Bench.Figures, Object> f) {
        var row = new ArrayList<Object>(List.of(measure, target));
        all.forEach(x -> row.add(f.apply(x)));
        return row;
    }
}
