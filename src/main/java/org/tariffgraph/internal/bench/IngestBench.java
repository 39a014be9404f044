package org.tariffgraph.internal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tariffgraph.internal.ingest.Extractor;
import org.tariffgraph.internal.ingest.Gold;
import org.tariffgraph.internal.ingest.Ingest;
import org.tariffgraph.internal.ingest.KnownGraph;
import org.tariffgraph.internal.ingest.ReportText;
import org.tariffgraph.internal.ingest.Score;
import org.tariffgraph.internal.synth.ReportGenerator;

/**
 * The ingest benchmark: on synthetic reports, how many reports a second one core reads once warm
 * (against the cost of OpenNLP's sentences, tokens and tags alone, in the same run), how long a
 * thousand reports take in one run (read, extract, draft against the curated graph and validate) and
 * the peak heap; and, when the seed texts are at hand, the extractor's score against the curated facts.
 */
public final class IngestBench {

    /** The figures of one run. */
    public record Figures(int reports, double reportsPerSecond, double nlpOnlyReportsPerSecond, double extractionShareOfNlp,
            double thousandInOneRunSeconds, long peakHeapMb, List<String> seedScore) {}

    private static final int WARMUP = 200;

    private final Path work;
    private final Path imports;
    private final Consumer<String> note;

    public IngestBench(Path work, Path imports, Consumer<String> note) {
        this.work = work;
        this.imports = imports;
        this.note = note;
    }

    public Figures run(int count, Path seeds) throws Exception {
        var known = KnownGraph.fromFolder(imports);
        var texts = ReportGenerator.reports(count, 42);
        var reports = new ArrayList<ReportText>();
        for (int i = 0; i < texts.size(); i++) {
            reports.add(ReportText.of(String.format("r%05d.txt", i), texts.get(i), null, Year.of(2025)));
        }
        var extractor = new Extractor(known);
        note.accept("ingest: warming up on " + WARMUP + " reports");
        reports.stream().limit(WARMUP).forEach(extractor::extract);
        double nlp = perSecond(reports, extractor::sentencesOnly);
        double full = perSecond(reports, extractor::extract);
        note.accept("ingest: " + count + " reports in one run");
        try (var heap = new Bench.HeapSampler()) {
            Path dir = Files.createDirectories(work.resolve("reports"));
            for (int i = 0; i < texts.size(); i++) {
                Files.writeString(dir.resolve(String.format("r%05d.txt", i)), texts.get(i));
            }
            long started = System.nanoTime();
            var read = Ingest.read(Ingest.files(List.of(dir)), null, Year.of(2025));
            var result = Ingest.run(known, read, done -> { });
            Ingest.write(result.draft(), work.resolve("draft"));
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Figures(count, round(full), round(nlp), round(full / nlp), round(seconds), heap.peakMb(), seedScore(known, seeds));
        }
    }

    private static double perSecond(List<ReportText> reports, Consumer<ReportText> work) {
        long started = System.nanoTime();
        reports.forEach(work);
        return reports.size() / ((System.nanoTime() - started) / 1e9);
    }

    private List<String> seedScore(KnownGraph known, Path seeds) throws Exception {
        if (seeds == null || !Files.isDirectory(seeds)) {
            return List.of("seed texts not at hand (set TARIFFGRAPH_DOCUMENTS): no score");
        }
        var gold = new Gold(known);
        var extractor = new Extractor(known);
        var score = new Score();
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                gold.score(extractor, f, score);
            }
        }
        return score.lines();
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
