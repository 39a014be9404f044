package org.tariffgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tariffgraph.bench.Bench;
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
        try {
            for (int n : sizes) {
                all.add(bench.run(n));
            }
        } finally {
            if (temporary) {
                Bench.delete(dir);
            }
        }
        var out = spec.commandLine().getOut();
        if (main.global.format == GlobalOptions.Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        } else {
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
            rows.add(row("ask, cold (s)", "< 6", all, f -> f.coldAskSeconds()));
            rows.add(row("ask, against serve (s)", "< 1", all, f -> f.warmAskSeconds()));
            rows.add(row("peak heap of this process (MB)", "< 1024", all, f -> f.peakHeapMb()));
            new Output(out, GlobalOptions.Format.table).table(header, rows);
        }
        return ExitCodes.OK;
    }

    private static List<Object> row(String measure, String target, List<Bench.Figures> all, java.util.function.Function<Bench.Figures, Object> f) {
        var row = new ArrayList<Object>(List.of(measure, target));
        all.forEach(x -> row.add(f.apply(x)));
        return row;
    }
}
